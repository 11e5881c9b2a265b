/**
 * Draws zones on the skin per pixel (docs/SURFACE.md): the outlines go to the GPU in a float
 * texture, and the skin's fragment shader tests each pixel's rest position and normal against
 * them with the same rules as `domain/surface.ts`, so edges are crisp at any zoom. Essential zones
 * are solid, spillover hatched, every outline drawn as a line; painted pain is a stippled wash and
 * the touched point a ring.
 */
import {
  Color,
  DataTexture,
  FloatType,
  NearestFilter,
  RGBAFormat,
  Vector3,
  Vector4,
  type MeshStandardMaterial,
  type WebGLProgramParametersWithUniforms,
} from 'three';
import { SURFACE_SEGMENTS, SURFACE_VIEWS } from '../../content/ids';
import { aroundFrame, type PreparedShape, type SegmentFrame } from '../../domain/surface';
import type { Grade } from '../../domain/zones';
import { MAX_PAINT_DABS, type PaintParam, type RestPoint } from '../../domain/url';

export interface ZoneDraw {
  shape: PreparedShape;
  sign: 1 | -1;
  grade: Grade;
  /** Colour slot (index into the palette). */
  slot: number;
}

const WIDTH = 256;
const LIMB_INDEX = { axial: 0, arm: 1, leg: 2 } as const;
export const PALETTE_SIZE = 16;

/** Packs the draws into texels: a header, the box, the slot, then the outline two points a texel. */
const ARM_BASES = new Set(['upper-arm', 'forearm', 'hand']);

/**
 * Packs the draws into texels: a header, the box, the slot, then the outline two points a texel.
 * Shapes on the arm come first and the rest after, so a pixel only walks the shapes that can
 * reach its part of the body (`ranges`: [first texel, count] for the body, then for the arm).
 */
export function packZoneDraws(draws: readonly ZoneDraw[]): {
  data: Float32Array;
  rows: number;
  ranges: [[number, number], [number, number]];
} {
  const arm = draws.filter((d) => ARM_BASES.has(d.shape.segment));
  const body = draws.filter((d) => !ARM_BASES.has(d.shape.segment));
  const texels: number[] = [];
  const armStart = 0;
  pack(arm, texels);
  const bodyStart = texels.length / 4;
  pack(body, texels);
  const rows = Math.max(1, Math.ceil(texels.length / 4 / WIDTH));
  const data = new Float32Array(WIDTH * rows * 4);
  data.set(texels);
  return {
    data,
    rows,
    ranges: [
      [bodyStart, body.length],
      [armStart, arm.length],
    ],
  };
}

function pack(draws: readonly ZoneDraw[], texels: number[]): void {
  for (const d of draws) {
    const s = d.shape;
    const base = SURFACE_SEGMENTS.indexOf(s.segment);
    const view = SURFACE_VIEWS.indexOf(s.view);
    texels.push(base, view, d.sign, s.metric.length);
    texels.push(s.box[0] * s.scale, s.box[1], s.box[2] * s.scale, s.box[3]);
    texels.push(d.slot, d.grade === 'essential' ? 0 : 1, s.scale, s.centre);
    for (let i = 0; i < s.metric.length; i += 2) {
      const a = s.metric[i]!;
      const b = s.metric[i + 1] ?? a;
      texels.push(a[0], a[1], b[0], b[1]);
    }
  }
}

export interface ZoneUniforms {
  uZones: { value: DataTexture };
  uZoneCount: { value: number };
  /** [first texel, count] of the shapes for the body, then for the arm. */
  uZoneRanges: { value: Vector4 };
  uSegInfo: { value: Vector4[] };
  uAxisA: { value: Vector3[] };
  uAxisF: { value: Vector3[] };
  uAxisL: { value: Vector3[] };
  uZonePalette: { value: Vector3[] };
  uDabs: { value: Vector4[] };
  uDabCount: { value: number };
  uTouch: { value: Vector4 };
}

export function createZoneUniforms(frames: readonly SegmentFrame[]): ZoneUniforms {
  const segInfo = Array.from({ length: 16 }, (_, i) => {
    const f = frames[i];
    if (!f) return new Vector4(-1, 0, 0, 0);
    const limb =
      f.base === 'upper-arm' || f.base === 'forearm' || f.base === 'hand'
        ? 'arm'
        : f.base === 'thigh' || f.base === 'leg' || f.base === 'foot'
          ? 'leg'
          : 'axial';
    return new Vector4(
      LIMB_INDEX[limb],
      f.side === 'left' ? 1 : f.side === 'right' ? -1 : 0,
      limb === 'arm' ? 1 : 0,
      SURFACE_SEGMENTS.indexOf(f.base),
    );
  });
  const axes = SURFACE_SEGMENTS.map((base) => {
    const f = frames.find((x) => x.base === base && x.side !== 'right');
    return f ? aroundFrame(f.axis) : null;
  });
  const v = (k: 'a' | 'f' | 'l') => axes.map((ax) => (ax ? new Vector3(...ax[k]) : new Vector3()));
  return {
    uZones: { value: zoneTexture(new Float32Array(WIDTH * 4), 1) },
    uZoneCount: { value: 0 },
    uZoneRanges: { value: new Vector4() },
    uSegInfo: { value: segInfo },
    uAxisA: { value: v('a') },
    uAxisF: { value: v('f') },
    uAxisL: { value: v('l') },
    uZonePalette: { value: Array.from({ length: PALETTE_SIZE }, () => new Vector3(1, 0, 0)) },
    uDabs: { value: Array.from({ length: MAX_PAINT_DABS }, () => new Vector4()) },
    uDabCount: { value: 0 },
    uTouch: { value: new Vector4() },
  };
}

export function zoneTexture(data: Float32Array, rows: number): DataTexture {
  const tex = new DataTexture(data, WIDTH, rows, RGBAFormat, FloatType);
  tex.magFilter = NearestFilter;
  tex.minFilter = NearestFilter;
  tex.needsUpdate = true;
  return tex;
}

const colour = new Color();

/** Puts a draw plan, the painted area and the touched point into the uniforms. */
export function updateZoneUniforms(
  uniforms: ZoneUniforms,
  plan: { draws: readonly ZoneDraw[]; palette: readonly string[] } | null,
  paint: PaintParam | null,
  touched: RestPoint | null,
): void {
  const { data, rows, ranges } = packZoneDraws(plan?.draws ?? []);
  uniforms.uZones.value.dispose();
  uniforms.uZones.value = zoneTexture(data, rows);
  uniforms.uZoneCount.value = plan?.draws.length ?? 0;
  uniforms.uZoneRanges.value.set(ranges[0][0], ranges[0][1], ranges[1][0], ranges[1][1]);
  plan?.palette.forEach((hex, i) => {
    colour.set(hex).convertSRGBToLinear();
    uniforms.uZonePalette.value[i]!.set(colour.r, colour.g, colour.b);
  });
  const dabs = paint?.dabs ?? [];
  dabs.forEach((d, i) => uniforms.uDabs.value[i]!.set(d[0], d[1], d[2], paint!.radius));
  uniforms.uDabCount.value = dabs.length;
  if (touched) uniforms.uTouch.value.set(touched[0], touched[1], touched[2], 1);
  else uniforms.uTouch.value.set(0, 0, 0, 0);
}

const VERTEX_HEAD = /* glsl */ `
attribute vec3 restPosition;
attribute float _segment;
varying vec3 vRest;
varying vec3 vRestNormal;
flat varying float vSeg;
`;

const VERTEX_BODY = /* glsl */ `
vRest = restPosition;
vRestNormal = normal;
vSeg = _segment;
`;

const FRAGMENT_HEAD = /* glsl */ `
uniform highp sampler2D uZones;
uniform int uZoneCount;
uniform vec4 uZoneRanges;
uniform vec4 uSegInfo[16];
uniform vec3 uAxisA[8];
uniform vec3 uAxisF[8];
uniform vec3 uAxisL[8];
uniform vec3 uZonePalette[${PALETTE_SIZE}];
uniform vec4 uDabs[${MAX_PAINT_DABS}];
uniform int uDabCount;
uniform vec4 uTouch;
varying vec3 vRest;
varying vec3 vRestNormal;
flat varying float vSeg;

vec4 zoneTexel(int i) {
  return texelFetch(uZones, ivec2(i % ${WIDTH}, i / ${WIDTH}), 0);
}

vec2 zonePoint(int first, int i) {
  vec4 t = zoneTexel(first + i / 2);
  return (i % 2 == 0) ? t.xy : t.zw;
}

// Signed distance to the outline stored from texel \`first\` (negative inside). Each texel holds
// two points and each point is read once: the previous point is carried to the next edge.
float zoneDistance(int first, int n, vec2 p) {
  vec2 vj = zonePoint(first, n - 1);
  float d = 1e20;
  float s = 1.0;
  vec4 t = vec4(0.0);
  for (int i = 0; i < n; i++) {
    if (i % 2 == 0) t = zoneTexel(first + i / 2);
    vec2 vi = (i % 2 == 0) ? t.xy : t.zw;
    vec2 e = vj - vi;
    vec2 w = p - vi;
    vec2 b = w - e * clamp(dot(w, e) / max(dot(e, e), 1e-12), 0.0, 1.0);
    d = min(d, dot(b, b));
    bvec3 c = bvec3(p.y >= vi.y, p.y < vj.y, e.x * w.y > e.y * w.x);
    if (all(c) || all(not(c))) s = -s;
    vj = vi;
  }
  return s * sqrt(d);
}
`;

/** Replaces the diffuse colour where zones, paint or the touched point lie. */
const FRAGMENT_BODY = /* glsl */ `
{
  float px = max(length(fwidth(vRest)), 1e-5);
  vec4 si = uSegInfo[int(vSeg + 0.5)];
  vec3 nn0 = normalize(vRestNormal);
  vec3 zoneCol = vec3(0.0);
  int zoneGrade = 2;
  vec3 lineCol = vec3(0.0);
  float line = 0.0;
  // Only the shapes that can reach this part of the body: the arm's, or the rest.
  bool onArm = si.z > 0.5;
  int off = int(onArm ? uZoneRanges.z : uZoneRanges.x);
  int count = int(onArm ? uZoneRanges.w : uZoneRanges.y);
  for (int s = 0; s < count; s++) {
    // The header alone rejects most shapes (side, limb, facing); the rest is read only after.
    vec4 h = zoneTexel(off);
    int n = int(h.w);
    int first = off + 3;
    int headerAt = off;
    off = first + (n + 1) / 2;
    int base = int(h.x);
    int view = int(h.y);
    float sgn = h.z;
    if (si.y != 0.0 && si.y != sgn) continue;
    int limb = base < 2 ? 0 : (base < 5 ? 1 : 2);
    if (view == 4 || view == 5) { if (base != int(si.w + 0.5)) continue; }
    else if (view == 6) { if (limb != int(si.x)) continue; }
    vec3 nn = vec3(nn0.x * sgn, nn0.y, nn0.z);
    if ((view == 0 && nn.z <= 0.0) || (view == 1 && nn.z > 0.0)) continue;
    if ((view == 2 && nn.x <= 0.0) || (view == 3 && nn.x > 0.0)) continue;
    if ((view == 4 && nn.y <= 0.0) || (view == 5 && nn.y > 0.0)) continue;
    vec4 bb = zoneTexel(headerAt + 1);
    vec4 m = zoneTexel(headerAt + 2);
    vec3 p = vec3(vRest.x * sgn, vRest.y, vRest.z);
    vec2 c;
    if (view <= 1) c = p.xy;
    else if (view <= 3) c = p.zy;
    else if (view <= 5) c = p.xz;
    else {
      vec3 q = p - uAxisA[base];
      float th = degrees(atan(dot(q, uAxisL[base]), dot(q, uAxisF[base])));
      if (th < m.w - 180.0) th += 360.0;
      else if (th > m.w + 180.0) th -= 360.0;
      c = vec2(th * m.z, p.y);
    }
    float margin = 2.0 * px;
    if (c.x < bb.x - margin || c.y < bb.y - margin || c.x > bb.z + margin || c.y > bb.w + margin)
      continue;
    float d = zoneDistance(first, n, c);
    int grade = int(m.y + 0.5);
    vec3 col = uZonePalette[int(m.x + 0.5)];
    if (abs(d) < 1.1 * px && (line == 0.0 || grade == 0)) { line = 1.0; lineCol = col; }
    if (d < 0.0 && grade < zoneGrade) { zoneGrade = grade; zoneCol = col; }
  }
  if (zoneGrade == 0) diffuseColor.rgb = mix(diffuseColor.rgb, zoneCol, 0.62);
  else if (zoneGrade == 1) {
    float hatch = step(mod(gl_FragCoord.x + gl_FragCoord.y, 9.0), 3.5);
    diffuseColor.rgb = mix(diffuseColor.rgb, zoneCol, 0.1 + 0.55 * hatch);
  }
  if (line > 0.0) diffuseColor.rgb = mix(diffuseColor.rgb, lineCol * 0.45, 0.9);
  // Painted pain: a violet wash with stipple, its edge a line.
  float paintD = 1e9;
  for (int i = 0; i < uDabCount; i++) paintD = min(paintD, distance(vRest, uDabs[i].xyz) - uDabs[i].w);
  if (paintD < 0.0) {
    vec2 cell = mod(gl_FragCoord.xy, 6.0);
    float dot6 = step(length(cell - 3.0), 1.3);
    diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.55, 0.2, 0.75), 0.35 + 0.4 * dot6);
  }
  if (abs(paintD) < 1.2 * px) diffuseColor.rgb = vec3(0.35, 0.08, 0.5);
  // The touched point: a dark ring with a light rim, readable on any zone colour.
  if (uTouch.w > 0.0) {
    float r = distance(vRest, uTouch.xyz);
    if (r > 0.008 && r < 0.011) diffuseColor.rgb = vec3(0.05);
    else if (r >= 0.011 && r < 0.0125) diffuseColor.rgb = vec3(1.0);
    else if (r < 0.0025) diffuseColor.rgb = vec3(0.05);
  }
}
`;

/**
 * Adds the zone drawing to the skin material (its program gets one more cache key); the mesh's
 * geometry must carry `restPosition` and `_segment`.
 */
export function installZoneShader(material: MeshStandardMaterial, uniforms: ZoneUniforms): void {
  const previous = material.onBeforeCompile;
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms, renderer) => {
    previous.call(material, shader, renderer);
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${VERTEX_HEAD}`)
      .replace('#include <begin_vertex>', `#include <begin_vertex>\n${VERTEX_BODY}`);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${FRAGMENT_HEAD}`)
      .replace('#include <color_fragment>', `#include <color_fragment>\n${FRAGMENT_BODY}`);
  };
  const key = material.customProgramCacheKey.bind(material);
  material.customProgramCacheKey = () => `${key()}|zones`;
  material.needsUpdate = true;
}
