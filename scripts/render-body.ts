/**
 * Renders models/body.glb (each layer from front, back, side, three-quarter, plus posed views) to
 * docs/images/body/*.png with the system Chromium (SwiftShader WebGL) through playwright-core.
 * Usage: npx tsx scripts/render-body.ts [--only=name-substring]
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { applyClinicalPose, spreadOverSegments, type ClinicalPose } from '../src/body/pose';
import { RIG } from '../src/body/rig';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs/images/body');
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.glb': 'model/gltf-binary',
  '.png': 'image/png',
};

interface Shot {
  name: string;
  layer: 'skin' | 'muscles' | 'skeleton' | 'organs' | 'all';
  view: string;
  pose?: ClinicalPose;
  regions?: boolean;
  height?: number;
  target?: [number, number, number];
}

const TRUNK = [
  'L5',
  'L4',
  'L3',
  'L2',
  'L1',
  'T12',
  'T11',
  'T10',
  'T9',
  'T8',
  'T7',
  'T6',
  'T5',
  'T4',
  'T3',
  'T2',
  'T1',
];
const shots: Shot[] = [];
for (const layer of ['skin', 'muscles', 'skeleton', 'organs'] as const)
  for (const view of ['front', 'back', 'side', 'three-quarter'])
    shots.push({
      name: `${layer}-${view}`,
      layer,
      view,
      ...(layer === 'organs'
        ? { height: 0.9, target: [0, 1.2, 0] as [number, number, number] }
        : {}),
    });
shots.push({ name: 'xray-front', layer: 'all', view: 'front' });
shots.push({ name: 'regions-front', layer: 'skin', view: 'front', regions: true });
shots.push({ name: 'regions-back', layer: 'skin', view: 'back', regions: true });
shots.push({
  name: 'pose-knee-flexion-90',
  layer: 'skin',
  view: 'side',
  pose: { 'knee.left': { flexion: 90 } },
});
shots.push({
  name: 'pose-hip-flexion-90',
  layer: 'skin',
  view: 'side',
  pose: { 'hip.left': { flexion: 90 } },
});
shots.push({
  name: 'pose-trunk-rotation-30',
  layer: 'skin',
  view: 'front',
  pose: spreadOverSegments(TRUNK, 'rotation', 30),
});
shots.push({
  name: 'pose-arm-abduction-90',
  layer: 'skin',
  view: 'front',
  pose: { 'shoulder.left': { abduction: 90 }, 'elbow.right': { flexion: 90 } },
});
shots.push({
  name: 'pose-muscles-hip-knee',
  layer: 'muscles',
  view: 'side',
  pose: { 'hip.left': { flexion: 90 }, 'knee.left': { flexion: 90 } },
});
shots.push({
  name: 'face-front',
  layer: 'skin',
  view: 'front',
  height: 0.32,
  target: [0, 1.62, 0],
});
shots.push({
  name: 'face-three-quarter',
  layer: 'skin',
  view: 'three-quarter',
  height: 0.32,
  target: [0, 1.62, 0],
});
shots.push({
  name: 'torso-three-quarter',
  layer: 'skin',
  view: 'three-quarter',
  height: 0.8,
  target: [0, 1.2, 0],
});
shots.push({ name: 'torso-back', layer: 'skin', view: 'back', height: 0.8, target: [0, 1.2, 0] });
shots.push({
  name: 'muscles-torso-front',
  layer: 'muscles',
  view: 'front',
  height: 0.8,
  target: [0, 1.2, 0],
});
shots.push({
  name: 'muscles-torso-back',
  layer: 'muscles',
  view: 'back',
  height: 0.8,
  target: [0, 1.2, 0],
});
shots.push({
  name: 'muscles-leg-side',
  layer: 'muscles',
  view: 'side',
  height: 0.9,
  target: [0, 0.45, 0],
});
shots.push({
  name: 'muscles-arm-front',
  layer: 'muscles',
  view: 'front',
  height: 0.8,
  target: [0.2, 1.05, 0],
});
shots.push({
  name: 'feet-three-quarter',
  layer: 'skin',
  view: 'three-quarter',
  height: 0.4,
  target: [0, 0.12, 0],
});
shots.push({
  name: 'skeleton-pelvis-front',
  layer: 'skeleton',
  view: 'front',
  height: 0.5,
  target: [0, 0.97, 0],
});
shots.push({
  name: 'arm-three-quarter',
  layer: 'skin',
  view: 'three-quarter',
  height: 0.8,
  target: [0.2, 1.05, 0],
});
shots.push({
  name: 'hand-front',
  layer: 'skin',
  view: 'front',
  height: 0.3,
  target: [0.23, 0.8, 0],
});
shots.push({
  name: 'spine-side',
  layer: 'skeleton',
  view: 'side',
  height: 0.8,
  target: [0, 1.25, 0],
});

async function main() {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  mkdirSync(outDir, { recursive: true });
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = url === '/' ? join(root, 'scripts/body-viewer/index.html') : join(root, url);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 800 } });
    page.on('pageerror', (e) => console.error('page error', e));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(
      () => (window as unknown as { ready?: boolean }).ready === true,
      null,
      { timeout: 120000 },
    );
    for (const shot of shots) {
      if (only && !only.split(',').some((o) => shot.name.includes(o))) continue;
      const pose = shot.pose ? applyClinicalPose(RIG, shot.pose) : {};
      await page.evaluate(
        (s) => (window as unknown as { setup: (a: unknown) => boolean }).setup(s),
        { ...shot, pose },
      );
      await page.locator('canvas').screenshot({ path: join(outDir, `${shot.name}.png`) });
      console.log('rendered', shot.name);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
