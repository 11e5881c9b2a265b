/**
 * Reads the skin's surface coordinates from models/body.glb in node (tests, the map preview):
 * segment frames from the skin extras, and per vertex its rest position, normal and segment.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import type { SegmentFrame, SurfaceSample, Vec3 } from '../../src/domain/surface';

export const BODY_GLB = resolve(dirname(fileURLToPath(import.meta.url)), '../../models/body.glb');

export interface SkinSurface {
  frames: SegmentFrame[];
  samples: SurfaceSample[];
  /** Region id of each vertex (the skin's `_PART`). */
  regions: string[];
  indices: Uint32Array;
}

let cache: Promise<SkinSurface> | null = null;

function mul(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const o = new Array<number>(16).fill(0);
  for (let c = 0; c < 4; c++)
    for (let r = 0; r < 4; r++) {
      let s = 0;
      for (let k = 0; k < 4; k++) s += a[k * 4 + r]! * b[c * 4 + k]!;
      o[c * 4 + r] = s;
    }
  return o;
}

export function readSkinSurface(path = BODY_GLB): Promise<SkinSurface> {
  if (path === BODY_GLB && cache) return cache;
  const job = (async () => {
    await MeshoptDecoder.ready;
    const io = new NodeIO()
      .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const doc = await io.readBinary(new Uint8Array(readFileSync(path)));
    const node = doc
      .getRoot()
      .listNodes()
      .find((n) => (n.getExtras() as { layer?: string }).layer === 'skin');
    if (!node) throw new Error(`${path} has no skin node`);
    const extras = node.getExtras() as {
      partIds: string[];
      surface?: { segments: SegmentFrame[] };
    };
    if (!extras.surface) throw new Error(`${path} has no surface coordinates: run npm run models`);
    const prim = node.getMesh()!.listPrimitives()[0]!;
    // Bind pose: joint world matrix · inverse bind matrix (the same for every joint; it carries
    // the quantisation offset and scale).
    const skin = node.getSkin()!;
    const m = mul(
      skin.listJoints()[0]!.getWorldMatrix(),
      skin.getInverseBindMatrices()!.getElement(0, []),
    );
    const pos = prim.getAttribute('POSITION')!;
    const nrm = prim.getAttribute('NORMAL')!;
    const seg = prim.getAttribute('_SEGMENT')!;
    const part = prim.getAttribute('_PART')!;
    const samples: SurfaceSample[] = [];
    const regions: string[] = [];
    const e: number[] = [];
    for (let i = 0; i < pos.getCount(); i++) {
      pos.getElement(i, e);
      const [x, y, z] = e as [number, number, number];
      const p: Vec3 = [
        m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
        m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
        m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
      ];
      nrm.getElement(i, e);
      const l = Math.hypot(e[0]!, e[1]!, e[2]!) || 1;
      const n: Vec3 = [e[0]! / l, e[1]! / l, e[2]! / l];
      seg.getElement(i, e);
      const segment = e[0]!;
      part.getElement(i, e);
      regions.push(extras.partIds[e[0]!]!);
      samples.push({ segment, p, n });
    }
    return {
      frames: extras.surface.segments,
      samples,
      regions,
      indices: new Uint32Array(prim.getIndices()!.getArray() as ArrayLike<number>),
    };
  })();
  if (path === BODY_GLB) cache = job;
  return job;
}
