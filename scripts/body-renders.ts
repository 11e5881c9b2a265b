/**
 * The body renders shared by `scripts/render-body.ts` (by hand, `--only=`) and the e2e suite
 * (`tests/e2e/body-renders.spec.ts`): each layer from front, back, side and three-quarter, close-ups,
 * and posed views, drawn by a bare three.js viewer (scripts/body-viewer) straight from
 * models/body.glb, so the pictures show the generated model itself and nothing the app adds.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { applyClinicalPose, spreadOverSegments, type ClinicalPose } from '../src/body/pose';
import { RIG } from '../src/body/rig';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BODY_RENDER_DIR = join(ROOT, 'docs/images/body');
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.glb': 'model/gltf-binary',
  '.png': 'image/png',
};

export interface Shot {
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
export const SHOTS: Shot[] = [];
for (const layer of ['skin', 'muscles', 'skeleton', 'organs'] as const)
  for (const view of ['front', 'back', 'side', 'three-quarter'])
    SHOTS.push({
      name: `${layer}-${view}`,
      layer,
      view,
      ...(layer === 'organs'
        ? { height: 0.9, target: [0, 1.2, 0] as [number, number, number] }
        : {}),
    });
SHOTS.push({ name: 'xray-front', layer: 'all', view: 'front' });
SHOTS.push({ name: 'regions-front', layer: 'skin', view: 'front', regions: true });
SHOTS.push({ name: 'regions-back', layer: 'skin', view: 'back', regions: true });
SHOTS.push({
  name: 'pose-knee-flexion-90',
  layer: 'skin',
  view: 'side',
  pose: { 'knee.left': { flexion: 90 } },
});
SHOTS.push({
  name: 'pose-hip-flexion-90',
  layer: 'skin',
  view: 'side',
  pose: { 'hip.left': { flexion: 90 } },
});
SHOTS.push({
  name: 'pose-trunk-rotation-30',
  layer: 'skin',
  view: 'front',
  pose: spreadOverSegments(TRUNK, 'rotation', 30),
});
SHOTS.push({
  name: 'pose-arm-abduction-90',
  layer: 'skin',
  view: 'front',
  pose: { 'shoulder.left': { abduction: 90 }, 'elbow.right': { flexion: 90 } },
});
SHOTS.push({
  name: 'pose-muscles-hip-knee',
  layer: 'muscles',
  view: 'side',
  pose: { 'hip.left': { flexion: 90 }, 'knee.left': { flexion: 90 } },
});
SHOTS.push({
  name: 'face-front',
  layer: 'skin',
  view: 'front',
  height: 0.32,
  target: [0, 1.62, 0],
});
SHOTS.push({
  name: 'face-three-quarter',
  layer: 'skin',
  view: 'three-quarter',
  height: 0.32,
  target: [0, 1.62, 0],
});
SHOTS.push({
  name: 'face-side',
  layer: 'skin',
  view: 'side',
  height: 0.32,
  target: [0, 1.62, 0],
});
// the muscle-layer head: facial muscles over an empty skull (no helmet)
SHOTS.push({
  name: 'muscles-face-front',
  layer: 'muscles',
  view: 'front',
  height: 0.32,
  target: [0, 1.62, 0],
});
SHOTS.push({
  name: 'muscles-face-three-quarter',
  layer: 'muscles',
  view: 'three-quarter',
  height: 0.32,
  target: [0, 1.62, 0],
});
// Achilles tendon down to the calcaneal tuberosity, plantar fascia from under it
SHOTS.push({
  name: 'muscles-heels-back',
  layer: 'muscles',
  view: 'back',
  height: 0.4,
  target: [0, 0.15, 0],
});
// distal humerus (epicondyles, trochlea, capitulum, olecranon fossa) and the carpus
SHOTS.push({
  name: 'skeleton-arm-front',
  layer: 'skeleton',
  view: 'front',
  height: 0.5,
  target: [0.2, 0.95, 0],
});
SHOTS.push({
  name: 'skeleton-arm-back',
  layer: 'skeleton',
  view: 'back',
  height: 0.5,
  target: [0.2, 0.95, 0],
});
SHOTS.push({
  name: 'torso-three-quarter',
  layer: 'skin',
  view: 'three-quarter',
  height: 0.8,
  target: [0, 1.2, 0],
});
SHOTS.push({ name: 'torso-back', layer: 'skin', view: 'back', height: 0.8, target: [0, 1.2, 0] });
SHOTS.push({
  name: 'muscles-torso-front',
  layer: 'muscles',
  view: 'front',
  height: 0.8,
  target: [0, 1.2, 0],
});
SHOTS.push({
  name: 'muscles-torso-back',
  layer: 'muscles',
  view: 'back',
  height: 0.8,
  target: [0, 1.2, 0],
});
SHOTS.push({
  name: 'muscles-leg-side',
  layer: 'muscles',
  view: 'side',
  height: 0.9,
  target: [0, 0.45, 0],
});
SHOTS.push({
  name: 'muscles-arm-front',
  layer: 'muscles',
  view: 'front',
  height: 0.8,
  target: [0.2, 1.05, 0],
});
// forearm and hand of the muscle layer (left arm): bellies above, tendons below, the hand
for (const view of ['front', 'back'] as const)
  SHOTS.push({
    name: `muscles-forearm-${view}`,
    layer: 'muscles',
    view,
    height: 0.34,
    target: [0.215, 0.975, 0],
  });
// the cubital fossa: biceps tendon and brachialis between brachioradialis and pronator teres
SHOTS.push({
  name: 'muscles-elbow-front',
  layer: 'muscles',
  view: 'front',
  height: 0.2,
  target: [0.21, 1.06, 0],
});
for (const view of ['front', 'back'] as const)
  SHOTS.push({
    name: `muscles-hand-${view}`,
    layer: 'muscles',
    view,
    height: 0.22,
    target: [0.235, 0.79, 0.01],
  });
SHOTS.push({
  name: 'pose-muscles-elbow-wrist',
  layer: 'muscles',
  view: 'side',
  height: 0.6,
  target: [0.21, 1.0, 0.1],
  pose: {
    'elbow.left': { flexion: 90 },
    'wrist.left': { flexion: 30 },
    'finger-2.left': { flexion: 45 },
    'finger-3.left': { flexion: 45 },
  },
});
SHOTS.push({
  name: 'feet-three-quarter',
  layer: 'skin',
  view: 'three-quarter',
  height: 0.4,
  target: [0, 0.12, 0],
});
SHOTS.push({
  name: 'feet-front',
  layer: 'skin',
  view: 'front',
  height: 0.3,
  target: [0, 0.08, 0],
});
SHOTS.push({
  name: 'skeleton-pelvis-front',
  layer: 'skeleton',
  view: 'front',
  height: 0.5,
  target: [0, 0.97, 0],
});
SHOTS.push({
  name: 'arm-three-quarter',
  layer: 'skin',
  view: 'three-quarter',
  height: 0.8,
  target: [0.2, 1.05, 0],
});
SHOTS.push({
  name: 'hand-front',
  layer: 'skin',
  view: 'front',
  height: 0.3,
  target: [0.23, 0.8, 0],
});
// close-ups of the left upper limb: elbow joint, carpus and fingers, the skin hand from both sides
for (const [name, layer, view, height, target] of [
  ['skeleton-elbow-front', 'skeleton', 'front', 0.08, [0.2, 1.1, -0.02]],
  ['skeleton-elbow-back', 'skeleton', 'back', 0.08, [0.2, 1.1, -0.02]],
  ['skeleton-hand-front', 'skeleton', 'front', 0.12, [0.24, 0.775, 0]],
  ['skeleton-hand-side', 'skeleton', 'side', 0.12, [0.24, 0.775, 0]],
  ['skin-hand-back', 'skin', 'back', 0.1, [0.235, 0.765, 0]],
  ['skin-hand-side', 'skin', 'side', 0.1, [0.235, 0.765, 0]],
  ['skin-elbow-back', 'skin', 'back', 0.12, [0.2, 1.1, -0.02]],
] as const)
  SHOTS.push({ name, layer, view, height, target: [...target] });
// the posterior shoulder: rotator cuff, teres major, posterior deltoid round the scapula
SHOTS.push({
  name: 'muscles-shoulder-back',
  layer: 'muscles',
  view: 'back',
  height: 0.42,
  target: [0.11, 1.34, -0.05],
});
SHOTS.push({
  name: 'muscles-shoulder-side',
  layer: 'muscles',
  view: 'side',
  height: 0.42,
  target: [0.17, 1.34, -0.03],
});
SHOTS.push({
  name: 'pose-muscles-arm-abduction-90',
  layer: 'muscles',
  view: 'back',
  height: 0.8,
  target: [0.2, 1.3, -0.05],
  pose: { 'shoulder.left': { abduction: 90 } },
});
SHOTS.push({
  name: 'spine-side',
  layer: 'skeleton',
  view: 'side',
  height: 0.8,
  target: [0, 1.25, 0],
});

// the feet close up: toes, arch and malleoli in the skin; tendons and intrinsic muscles of the foot;
// tarsals, metatarsals and phalanges with the arch (three-quarter-right shows the left foot's
// medial side)
const FOOT: [number, number, number] = [0.1, 0.06, 0.055];
SHOTS.push({ name: 'feet-back', layer: 'skin', view: 'back', height: 0.3, target: [0, 0.08, 0] });
for (const layer of ['skin', 'muscles', 'skeleton'] as const)
  for (const view of ['side', 'three-quarter-right', 'three-quarter'])
    SHOTS.push({
      name: `${layer === 'skin' ? 'foot' : `${layer}-foot`}-${view === 'three-quarter-right' ? 'medial' : view}`,
      layer,
      view,
      height: 0.34,
      target: FOOT,
    });

/** Serves the viewer page, three from node_modules and models/ on a free local port. */
export async function serveViewer(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = url === '/' ? join(ROOT, 'scripts/body-viewer/index.html') : join(ROOT, url);
    if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Opens the viewer in `page` and waits until the model is loaded. */
export async function openViewer(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { ready?: boolean }).ready === true,
    null,
    {
      timeout: 120_000,
    },
  );
}

/** Draws one shot and saves the canvas as `<dir>/<name>.png`; returns the PNG bytes. */
export async function renderShot(page: Page, shot: Shot, dir = BODY_RENDER_DIR): Promise<Buffer> {
  const pose = shot.pose ? applyClinicalPose(RIG, shot.pose) : {};
  await page.evaluate((s) => (window as unknown as { setup: (a: unknown) => boolean }).setup(s), {
    ...shot,
    pose,
  });
  return page.locator('canvas').screenshot({ path: join(dir, `${shot.name}.png`) });
}
