/**
 * `npm run maps:preview -- [zone ids | --kind=dermatome | --source=muscle:soleus] [--grid=front]
 *  [--y=0,0.6] [--out=file.png]`: draws zones on the generated skin, per pixel by the same rules
 * the app uses (src/domain/surface.ts), from the front, back, left and right, with the content's
 * points as crosses. An authoring aid: check an outline against the chart you took it from, and
 * read coordinates off the grid (`--grid=<view>` draws that view's coordinate lines: every 5 cm,
 * every 15° round a segment for `around`). Writes a PNG (default test-results/maps-preview.png).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { contentSet } from '../src/content';
import type { SurfaceView } from '../src/content/ids';
import { viewCoords, type SurfaceSample, type Vec3 } from '../src/domain/surface';
import { locatePoint, zoneHit, zoneInstances, type ZoneInstance } from '../src/domain/zones';
import { readSkinSurface } from './lib/skin-surface';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ids = args.filter((a) => !a.startsWith('--'));
const kind = opt('kind');
const source = opt('source');
const gridView = opt('grid') as SurfaceView | undefined;
const [y0, y1] = (opt('y') ?? '0,1.8').split(',').map(Number) as [number, number];
const out = resolve(opt('out') ?? 'test-results/maps-preview.png');

const PALETTE: Vec3[] = [
  [220, 60, 50],
  [40, 110, 220],
  [30, 160, 80],
  [230, 150, 20],
  [150, 60, 200],
  [20, 170, 180],
  [200, 60, 150],
  [120, 120, 30],
];

type Cam = { name: string; sx: (p: Vec3) => number; depth: (p: Vec3) => number };
const CAMS: Cam[] = [
  { name: 'front', sx: (p) => p[0], depth: (p) => p[2] },
  { name: 'back', sx: (p) => -p[0], depth: (p) => -p[2] },
  { name: 'left', sx: (p) => -p[2], depth: (p) => p[0] },
  { name: 'right', sx: (p) => p[2], depth: (p) => -p[0] },
];

async function main() {
  const skin = await readSkinSurface();
  const zones = contentSet.zones.filter(
    (z) =>
      ids.includes(z.id) ||
      (kind && z.kind === kind) ||
      (source && `${z.source.kind}:${z.source.id}` === source),
  );
  const instances = zoneInstances(zones, skin.frames);
  const colourOf = new Map<string, number>(zones.map((z, i) => [z.id, i % PALETTE.length]));
  // The points of the zones shown (or all of them when no zone was asked for).
  const pointSamples = new Set<number>();
  for (const p of contentSet.points) {
    if (zones.length && !zones.some((z) => p.source && z.source.id === p.source.id)) continue;
    for (const side of p.source && p.source.kind !== 'organ'
      ? (['left', 'right'] as const)
      : [null]) {
      const i = locatePoint(p, side, skin.frames, skin.samples);
      if (i !== null) pointSamples.add(i);
    }
  }

  const scale = 440 / (y1 - y0); // px per metre
  const panelW = Math.ceil(0.7 * scale);
  const H = Math.ceil((y1 - y0) * scale) + 20;
  const W = panelW * CAMS.length;
  const png = new PNG({ width: W, height: H });
  png.data.fill(255);
  const depth = new Float32Array(W * H).fill(-Infinity);
  const { samples, indices } = skin;

  CAMS.forEach((cam, ci) => {
    const ox = ci * panelW + panelW / 2;
    const toScreen = (p: Vec3) => [ox + cam.sx(p) * scale, 10 + (y1 - p[1]) * scale] as const;
    for (let t = 0; t < indices.length; t += 3) {
      const tri = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
      const P = tri.map((i) => samples[i]!);
      const S = P.map((s) => toScreen(s.p));
      const minX = Math.max(ci * panelW, Math.floor(Math.min(...S.map((s) => s[0]))));
      const maxX = Math.min((ci + 1) * panelW - 1, Math.ceil(Math.max(...S.map((s) => s[0]))));
      const minY = Math.max(0, Math.floor(Math.min(...S.map((s) => s[1]))));
      const maxY = Math.min(H - 1, Math.ceil(Math.max(...S.map((s) => s[1]))));
      const [a, b, c] = S as [
        readonly [number, number],
        readonly [number, number],
        readonly [number, number],
      ];
      const area = (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
      if (Math.abs(area) < 1e-9) continue;
      for (let py = minY; py <= maxY; py++)
        for (let px = minX; px <= maxX; px++) {
          const x = px + 0.5,
            y = py + 0.5;
          const w0 = ((b[0] - x) * (c[1] - y) - (c[0] - x) * (b[1] - y)) / area;
          const w1 = ((c[0] - x) * (a[1] - y) - (a[0] - x) * (c[1] - y)) / area;
          const w2 = 1 - w0 - w1;
          if (w0 < 0 || w1 < 0 || w2 < 0) continue;
          const mix = (f: (s: SurfaceSample) => Vec3): Vec3 => {
            const [u, v, w] = [f(P[0]!), f(P[1]!), f(P[2]!)];
            return [
              u[0] * w0 + v[0] * w1 + w[0] * w2,
              u[1] * w0 + v[1] * w1 + w[1] * w2,
              u[2] * w0 + v[2] * w1 + w[2] * w2,
            ];
          };
          const p = mix((s) => s.p);
          const d = cam.depth(p);
          const k = py * W + px;
          if (d <= depth[k]!) continue;
          depth[k] = d;
          const nRaw = mix((s) => s.n);
          const nl = Math.hypot(...nRaw) || 1;
          const n: Vec3 = [nRaw[0] / nl, nRaw[1] / nl, nRaw[2] / nl];
          // The segment of the nearest corner, as the shader's flat attribute takes one corner.
          const seg = P[w0 >= w1 && w0 >= w2 ? 0 : w1 >= w2 ? 1 : 2]!.segment;
          const sample: SurfaceSample = { segment: seg, p, n };
          const light = 0.55 + 0.45 * Math.max(0, cam.depth(n) * 0.8 + n[1] * 0.2);
          let rgb: Vec3 = [200 * light, 190 * light, 180 * light];
          for (const inst of instances) {
            const hit = zoneHit(inst, skin.frames, sample);
            if (!hit) continue;
            const col = PALETTE[colourOf.get(inst.zone.id)!]!;
            // Essential solid; spillover hatched (never colour alone).
            const hatch = (px + py) % 6 < 3;
            if (hit.grade === 'essential' || hatch)
              rgb = [col[0] * light, col[1] * light, col[2] * light];
            break;
          }
          if (gridView) rgb = gridded(rgb, sample, gridView);
          png.data[k * 4] = rgb[0];
          png.data[k * 4 + 1] = rgb[1];
          png.data[k * 4 + 2] = rgb[2];
        }
    }
    // Points: a black cross on the panels that see them.
    for (const i of pointSamples) {
      const s = samples[i]!;
      const [sx, sy] = toScreen(s.p);
      const k0 = Math.round(sy) * W + Math.round(sx);
      if (depth[k0] !== undefined && depth[k0]! > cam.depth(s.p) + 0.01) continue;
      for (let d = -4; d <= 4; d++)
        for (const [x, y] of [
          [sx + d, sy],
          [sx, sy + d],
        ] as const) {
          const k = Math.round(y) * W + Math.round(x);
          if (k < 0 || k >= W * H) continue;
          png.data.set([0, 0, 0], k * 4);
        }
    }
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, PNG.sync.write(png));
  const described = (inst: ZoneInstance) => `${inst.key} (colour ${colourOf.get(inst.zone.id)})`;
  console.log(`${out}: front | back | left | right, y ${y0}–${y1} m`);
  console.log(instances.map(described).join('\n'));
  if (zones.length === 0 && !gridView) console.log('no zone matched; points and skin only');
}

/** Darkens the pixel on the coordinate lines of `view`: 5 cm, or 15° round a segment. */
function gridded(rgb: Vec3, s: SurfaceSample, view: SurfaceView): Vec3 {
  const frame = skinFrames[s.segment];
  if (!frame) return rgb;
  const sign = frame.side === 'right' ? -1 : 1;
  // Coordinates are read in the left frame (a right-side point is mirrored onto it).
  const left = skinFrames.find((f) => f.base === frame.base && f.side !== 'right')!;
  const c = viewCoords(view, left.axis, s, sign);
  if (!c) return rgb;
  const stepA = view === 'around' ? 15 : 0.05;
  const near = (v: number, step: number, w: number) => {
    const r = Math.abs(v / step - Math.round(v / step));
    return r * step < w;
  };
  const major = (v: number, step: number) => Math.abs(Math.round(v / step)) % 2 === 0;
  const onA = near(c[0], stepA, view === 'around' ? 0.6 : 0.0012);
  const onB = near(c[1], 0.05, 0.0012);
  if (!onA && !onB) return rgb;
  const dark = (onA && major(c[0], stepA)) || (onB && major(c[1], 0.05)) ? 0.25 : 0.55;
  return [rgb[0] * dark, rgb[1] * dark, rgb[2] * dark];
}

let skinFrames: Awaited<ReturnType<typeof readSkinSurface>>['frames'] = [];
void readSkinSurface().then((s) => {
  skinFrames = s.frames;
  return main();
});
