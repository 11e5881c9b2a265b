/**
 * `npm run content:export`: prints the bundled content set as one JSON document on stdout, in
 * exactly the format the app imports (see docs/CONTENT.md). Redirect it to a file to start a
 * lecturer's own content: `npm run -s content:export > my-content.json`.
 */
import { contentSet } from '../src/content/index';

process.stdout.write(`${JSON.stringify(contentSet, null, 2)}\n`);
