/**
 * `npm run classroom`: the app and the live-class server on one port, for a lecture hall.
 * Settings come from the environment: PORT (8080), HOST (0.0.0.0), REDIS_URL (share rooms with
 * other instances), DIST_DIR (dist), TRUST_PROXY=1 (behind a proxy that sets X-Forwarded-For).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../src/zod';
import { createClassroomServer, studentUrls } from './classroom-server';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  REDIS_URL: z.string().url().optional(),
  DIST_DIR: z.string().min(1).default('dist'),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
});

const env = envSchema.safeParse(process.env);
if (!env.success) {
  console.error(`Bad setting: ${env.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  process.exit(2);
}
const settings = env.data;

if (!existsSync(join(settings.DIST_DIR, 'index.html'))) {
  console.log(`No build in ${settings.DIST_DIR}/: building the app first (npm run build)…`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log(
    `Serving the existing build in ${settings.DIST_DIR}/ (run 'npm run build' after updating the app).`,
  );
}

const server = await createClassroomServer({
  port: settings.PORT,
  host: settings.HOST,
  distDir: settings.DIST_DIR,
  redisUrl: settings.REDIS_URL,
  trustProxy: settings.TRUST_PROXY === '1',
  // Events only: no addresses, codes or secrets.
  log: (event) => console.log(`[class] ${event}`),
});

console.log(
  `Live class server on port ${server.port}${settings.REDIS_URL ? ' (rooms shared via Redis)' : ''}.`,
);
console.log('Open one of these on the lecturer laptop, then Presenter mode → Start class:');
const open = settings.HOST === '0.0.0.0' ? studentUrls(server.port) : [server.url];
for (const url of open) console.log(`  ${url}`);

let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
