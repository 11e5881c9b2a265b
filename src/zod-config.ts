/**
 * zod without its compiled fast path: that path builds parsers with `new Function`, which the
 * app's Content-Security-Policy forbids (no `'unsafe-eval'`), and even zod's probe for it is
 * reported as a violation. zod reads this when each object schema is created, so this module is
 * imported first, before any module that defines a schema. Only zod's small core is loaded here.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
