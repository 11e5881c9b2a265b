/**
 * `npm run models`: generates models/body.glb (deterministic bytes) from src/body.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLayers, writeGlb } from '../src/body/build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const t0 = Date.now();
  const quiet = process.argv.includes('--quiet');
  const layers = await buildLayers({ log: quiet ? () => {} : (m) => console.log(m) });
  const glb = await writeGlb(layers);
  const out =
    process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? resolve(root, 'models/body.glb');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, glb);
  const tris = layers.map((l) => `${l.layer} ${l.indices.length / 3}`).join(', ');
  console.log(
    `wrote ${out}: ${(glb.byteLength / 1024).toFixed(0)} KiB, ${tris}; sha256 ${createHash('sha256').update(glb).digest('hex').slice(0, 16)}; ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
