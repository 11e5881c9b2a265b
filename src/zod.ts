/**
 * The app's one door to zod: every schema is built from this `z`, so zod's compiled fast path is
 * off before the first schema exists. That path builds parsers with `new Function`, which the
 * Content-Security-Policy forbids (no 'unsafe-eval'), and even zod's probe for it is reported as a
 * violation. Importing zod through here (not from main.tsx) keeps zod out of the first script.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
