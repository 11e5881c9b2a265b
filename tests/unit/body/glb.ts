/** Loads the committed models/body.glb once and exposes bind-pose world positions per layer. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeIO, type Document, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

export const GLB_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../models/body.glb',
);

export interface LayerData {
  node: Node;
  positions: Float32Array; // world, bind pose
  indices: Uint32Array;
  joints: Uint16Array;
  weights: Float32Array;
  part: Uint16Array;
  partIds: string[];
}

export interface BodyData {
  doc: Document;
  bytes: Uint8Array;
  layers: Record<string, LayerData>;
}

let cache: Promise<BodyData> | null = null;

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

export function loadBody(): Promise<BodyData> {
  cache ??= (async () => {
    await MeshoptDecoder.ready;
    const io = new NodeIO()
      .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const bytes = new Uint8Array(readFileSync(GLB_PATH));
    const doc = await io.readBinary(bytes);
    const layers: Record<string, LayerData> = {};
    for (const node of doc.getRoot().listNodes()) {
      const mesh = node.getMesh();
      if (!mesh) continue;
      const skin = node.getSkin()!;
      const prim = mesh.listPrimitives()[0]!;
      const pos = prim.getAttribute('POSITION')!;
      // bind pose: jointWorld · IBM is the same matrix for every joint; use joint 0
      const m = mul(
        skin.listJoints()[0]!.getWorldMatrix(),
        skin.getInverseBindMatrices()!.getElement(0, []),
      );
      const n = pos.getCount();
      const positions = new Float32Array(n * 3);
      const e: number[] = [];
      for (let i = 0; i < n; i++) {
        pos.getElement(i, e);
        const [x, y, z] = e as [number, number, number];
        positions[i * 3] = m[0]! * x + m[4]! * y + m[8]! * z + m[12]!;
        positions[i * 3 + 1] = m[1]! * x + m[5]! * y + m[9]! * z + m[13]!;
        positions[i * 3 + 2] = m[2]! * x + m[6]! * y + m[10]! * z + m[14]!;
      }
      const jAcc = prim.getAttribute('JOINTS_0')!;
      const wAcc = prim.getAttribute('WEIGHTS_0')!;
      const joints = new Uint16Array(n * 4);
      const weights = new Float32Array(n * 4);
      for (let i = 0; i < n; i++) {
        jAcc.getElement(i, e);
        joints.set(e.slice(0, 4), i * 4);
        wAcc.getElement(i, e);
        weights.set(e.slice(0, 4), i * 4);
      }
      const part = new Uint16Array(prim.getAttribute('_PART')!.getArray() as ArrayLike<number>);
      const extras = node.getExtras() as { layer: string; partIds: string[] };
      layers[extras.layer] = {
        node,
        positions,
        indices: new Uint32Array(prim.getIndices()!.getArray() as ArrayLike<number>),
        joints,
        weights,
        part,
        partIds: extras.partIds,
      };
    }
    return { doc, bytes, layers };
  })();
  return cache;
}

/** World positions of the vertices of one part (by id) of a layer. */
export function partVertices(l: LayerData, ids: string | string[]): [number, number, number][] {
  const want = new Set((Array.isArray(ids) ? ids : [ids]).map((id) => l.partIds.indexOf(id)));
  const out: [number, number, number][] = [];
  for (let v = 0; v < l.part.length; v++)
    if (want.has(l.part[v]!))
      out.push([l.positions[v * 3]!, l.positions[v * 3 + 1]!, l.positions[v * 3 + 2]!]);
  return out;
}
