/**
 * The skin's surface coordinates in the app (docs/SURFACE.md): segment frames from the model's
 * extras, and per vertex its rest position (from the part index), rest normal and segment. Built
 * once, after the part index; the differential and the zone shader read it.
 */
import { BufferAttribute, Triangle, Vector3, type Intersection, type Object3D } from 'three';
import type { SegmentFrame, SurfaceSample, Vec3 } from '../../domain/surface';
import type { RestPoint } from '../../domain/url';
import type { PartLayer } from '../body-parts';

export interface SkinSurface {
  layer: PartLayer;
  frames: SegmentFrame[];
  rest: Float32Array;
  normals: Float32Array;
  segments: Uint8Array;
  sample: (vertex: number) => SurfaceSample;
}

function isFrames(value: unknown): value is SegmentFrame[] {
  return (
    Array.isArray(value) &&
    value.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as SegmentFrame).base === 'string' &&
        Array.isArray((f as SegmentFrame).axis),
    )
  );
}

/** Null when the model carries no surface coordinates (an older model file). */
export function readSkinSurface(layer: PartLayer): SkinSurface | null {
  const surface = layer.mesh.userData['surface'] as { segments?: unknown } | undefined;
  const segAttr = layer.mesh.geometry.getAttribute('_segment') as BufferAttribute | undefined;
  const nrm = layer.mesh.geometry.getAttribute('normal') as BufferAttribute | undefined;
  if (!surface || !isFrames(surface.segments) || !segAttr || !nrm) return null;
  const count = segAttr.count;
  const segments = new Uint8Array(count);
  const normals = new Float32Array(count * 3);
  const n = new Vector3();
  for (let i = 0; i < count; i++) {
    segments[i] = Math.round(segAttr.getX(i));
    n.fromBufferAttribute(nrm, i)
      .normalize()
      .toArray(normals, i * 3);
  }
  const rest = layer.rest;
  return {
    layer,
    frames: surface.segments,
    rest,
    normals,
    segments,
    sample: (v) => ({
      segment: segments[v]!,
      p: [rest[v * 3]!, rest[v * 3 + 1]!, rest[v * 3 + 2]!],
      n: [normals[v * 3]!, normals[v * 3 + 1]!, normals[v * 3 + 2]!],
    }),
  };
}

const tri = new Triangle();
const bary = new Vector3();
const a = new Vector3();
const b = new Vector3();
const c = new Vector3();

/**
 * The point of skin a ray hit, as it lies at rest: the hit's barycentric place in the posed
 * triangle carried over to the rest triangle, with the normal and segment of the nearest corner.
 */
export function restHit(
  skin: SkinSurface,
  hit: Pick<Intersection<Object3D>, 'face' | 'point' | 'object'>,
): { at: RestPoint; sample: SurfaceSample; vertex: number } | null {
  const face = hit.face;
  const pos = (
    hit.object as { geometry?: { getAttribute(n: string): unknown } }
  ).geometry?.getAttribute('position') as BufferAttribute | undefined;
  if (!face || !pos) return null;
  a.fromBufferAttribute(pos, face.a);
  b.fromBufferAttribute(pos, face.b);
  c.fromBufferAttribute(pos, face.c);
  tri.set(a, b, c).getBarycoord(hit.point, bary);
  const ids = [face.a, face.b, face.c];
  const w = [bary.x, bary.y, bary.z];
  const mix = (arr: Float32Array): Vec3 => {
    const out = [0, 0, 0];
    for (let k = 0; k < 3; k++)
      for (let j = 0; j < 3; j++) out[j]! += arr[ids[k]! * 3 + j]! * w[k]!;
    return out as unknown as Vec3;
  };
  const p = mix(skin.rest);
  const nm = mix(skin.normals);
  const len = Math.hypot(...nm) || 1;
  const nearest = w[0]! >= w[1]! && w[0]! >= w[2]! ? 0 : w[1]! >= w[2]! ? 1 : 2;
  const vertex = ids[nearest]!;
  const at = p.map((v) => Math.round(v * 1000) / 1000) as RestPoint;
  return {
    at,
    vertex,
    sample: { segment: skin.segments[vertex]!, p, n: [nm[0] / len, nm[1] / len, nm[2] / len] },
  };
}

/** The skin vertex nearest to a rest point (a link's touched point, a brush dab). */
export function nearestVertex(skin: SkinSurface, at: RestPoint): number {
  let best = 0;
  let bestD = Infinity;
  const r = skin.rest;
  for (let i = 0; i < r.length / 3; i++) {
    const d =
      (r[i * 3]! - at[0]) ** 2 + (r[i * 3 + 1]! - at[1]) ** 2 + (r[i * 3 + 2]! - at[2]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** At most `max` samples, evenly picked: an area's differential needs its shape, not every vertex. */
function thin(vertices: number[], max: number): number[] {
  if (vertices.length <= max) return vertices;
  const step = vertices.length / max;
  return Array.from({ length: max }, (_, i) => vertices[Math.floor(i * step)]!);
}

/** Samples of the skin a painting covers: within a dab's radius, facing the dab's way. */
export function paintedSamples(
  skin: SkinSurface,
  paint: { radius: number; dabs: readonly RestPoint[] },
  max = 1200,
): SurfaceSample[] {
  const dabNormals = paint.dabs.map((d) => {
    const v = nearestVertex(skin, d);
    return [skin.normals[v * 3]!, skin.normals[v * 3 + 1]!, skin.normals[v * 3 + 2]!];
  });
  const r2 = paint.radius ** 2;
  const hit: number[] = [];
  const rest = skin.rest;
  for (let i = 0; i < rest.length / 3; i++) {
    const x = rest[i * 3]!,
      y = rest[i * 3 + 1]!,
      z = rest[i * 3 + 2]!;
    for (let k = 0; k < paint.dabs.length; k++) {
      const d = paint.dabs[k]!;
      if ((x - d[0]) ** 2 + (y - d[1]) ** 2 + (z - d[2]) ** 2 > r2) continue;
      const dn = dabNormals[k]!;
      // A brush on the front of the thigh does not paint the back of the hand beside it.
      const facing =
        skin.normals[i * 3]! * dn[0]! +
        skin.normals[i * 3 + 1]! * dn[1]! +
        skin.normals[i * 3 + 2]! * dn[2]!;
      if (facing > 0.2) {
        hit.push(i);
        break;
      }
    }
  }
  return thin(hit, max).map(skin.sample);
}

/** Samples of a whole skin region (its union differential). */
export function regionSamples(skin: SkinSurface, region: string, max = 1200): SurfaceSample[] {
  const index = skin.layer.partIds.indexOf(region);
  if (index < 0) return [];
  const vertices: number[] = [];
  skin.layer.vertexPart.forEach((p, i) => {
    if (p === index) vertices.push(i);
  });
  return thin(vertices, max).map(skin.sample);
}
