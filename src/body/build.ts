/**
 * Builds the body GLB: skin, skeleton, muscles and organs as four skinned meshes sharing one rig.
 * Deterministic: no randomness, stable ordering, no timestamps.
 */
import { Accessor, Document, NodeIO, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { JOINTS, JOINT_INDEX } from './rig';
import { polygonize, type RawMesh } from './polygonize';
import { badEdgeCount, compact, relax, simplify, vertexNormals } from './meshutil';
import { magnifyDetail, skinItems, type Group } from './skin';
import { skinRegion } from './regions';
import { skinSegment, surfaceExtras } from './surface';
import { rigidWeights, skinWeights } from './weights';
import { skeletonParts, type PartDef } from './skeleton';
import { muscleParts } from './muscles';
import { organParts } from './organs';
import { evalItems, cullItems, type Item } from './sdf';

export type Layer = 'skin' | 'muscles' | 'skeleton' | 'organs';

export interface LayerMesh {
  layer: Layer;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  joints: Uint16Array;
  weights: Float32Array;
  part: Uint16Array;
  partIds: string[];
  /** Skin only: the surface segment of each vertex (src/body/surface.ts). */
  segment?: Uint8Array;
}

export interface BuildOptions {
  skinH?: number;
  skinTris?: number;
  log?: (msg: string) => void;
}

/** Project vertices back onto the zero set of the field (after simplification / relaxation). */
function reproject(m: RawMesh, items: readonly Item[], iterations = 2): void {
  const e = 0.0004;
  const p = m.positions;
  for (let v = 0; v < p.length / 3; v++) {
    let x = p[v * 3]!,
      y = p[v * 3 + 1]!,
      z = p[v * 3 + 2]!;
    const its = cullItems(
      items,
      [x - 0.01, y - 0.01, z - 0.01],
      [x + 0.01, y + 0.01, z + 0.01],
      0.01,
    );
    for (let it = 0; it < iterations; it++) {
      const f = evalItems(its, x, y, z);
      const gx = (evalItems(its, x + e, y, z) - evalItems(its, x - e, y, z)) / (2 * e);
      const gy = (evalItems(its, x, y + e, z) - evalItems(its, x, y - e, z)) / (2 * e);
      const gz = (evalItems(its, x, y, z + e) - evalItems(its, x, y, z - e)) / (2 * e);
      const g2 = gx * gx + gy * gy + gz * gz;
      if (!(g2 > 1e-6) || Math.abs(f) > 0.004) break;
      x -= (f * gx) / g2;
      y -= (f * gy) / g2;
      z -= (f * gz) / g2;
    }
    p[v * 3] = x;
    p[v * 3 + 1] = y;
    p[v * 3 + 2] = z;
  }
}

async function buildParts(
  layer: Layer,
  parts: readonly PartDef[],
  weightItems: readonly Item[] | null,
  log: (m: string) => void,
): Promise<LayerMesh> {
  const pos: number[] = [];
  const idx: number[] = [];
  const partOf: number[] = [];
  const jointOf: number[] = [];
  const partIds: string[] = [];
  for (const part of parts) {
    let m = polygonize(part.items, part.h);
    if (m.indices.length === 0) throw new Error(`${layer}: part ${part.id} is empty`);
    m = await simplify(m, part.tris, 0.05);
    m = compact(m);
    const pi = partIds.length;
    partIds.push(part.id);
    const base = pos.length / 3;
    for (let i = 0; i < m.positions.length; i++) pos.push(m.positions[i]!);
    for (let i = 0; i < m.indices.length; i++) idx.push(m.indices[i]! + base);
    const ji = part.joint ? JOINT_INDEX.get(part.joint) : 0;
    if (ji === undefined) throw new Error(`${layer}: unknown joint ${part.joint}`);
    for (let v = 0; v < m.positions.length / 3; v++) {
      partOf.push(pi);
      jointOf.push(ji);
    }
  }
  const raw: RawMesh = { positions: new Float32Array(pos), indices: new Uint32Array(idx) };
  const normals = vertexNormals(raw);
  let joints: Uint16Array, weights: Float32Array;
  if (weightItems) ({ joints, weights } = skinWeights(raw.positions, weightItems, JOINT_INDEX));
  else ({ joints, weights } = rigidWeights(jointOf));
  log(
    `${layer}: ${parts.length} parts, ${raw.indices.length / 3} triangles, ${raw.positions.length / 3} vertices`,
  );
  return {
    layer,
    positions: raw.positions,
    normals,
    indices: raw.indices,
    joints,
    weights,
    part: new Uint16Array(partOf),
    partIds,
  };
}

/**
 * The simplified skin, closed. The simplifier can pinch two nearby sheets (finger webs, the chin over
 * the neck) into an edge shared by four triangles, and which spot it picks shifts with any change
 * elsewhere in the body. Rather than hand-tune weights after every change, retry with a slightly
 * smaller target (deterministic: same input, same attempts) until every edge has two triangles.
 */
async function simplifiedSkin(full: RawMesh, items: Item[], target: number): Promise<RawMesh> {
  const metric = magnifyDetail(full.positions);
  let m = full;
  for (let attempt = 0; attempt < 12; attempt++) {
    m = await simplify(full, target - attempt * 40, 0.01, metric);
    relax(m, 2, 0.35);
    reproject(m, items);
    if (badEdgeCount(m.indices) === 0) return m;
  }
  return m; // the manifold test names what is left
}

export async function buildSkin(opts: BuildOptions = {}): Promise<LayerMesh> {
  const log = opts.log ?? (() => {});
  const items = skinItems();
  let t = Date.now();
  let m = polygonize(items, opts.skinH ?? 0.0025);
  log(`skin: polygonised ${m.indices.length / 3} triangles in ${Date.now() - t} ms`);
  t = Date.now();
  m = await simplifiedSkin(m, items, opts.skinTris ?? 56000);
  log(
    `skin: simplified to ${m.indices.length / 3} triangles in ${Date.now() - t} ms; bad edges ${badEdgeCount(m.indices)}`,
  );
  t = Date.now();
  const { joints, weights, groups } = skinWeights(m.positions, items, JOINT_INDEX);
  const partIds: string[] = [];
  const partIndex = new Map<string, number>();
  const nv = m.positions.length / 3;
  const part = new Uint16Array(nv);
  const regionOf: string[] = [];
  for (let v = 0; v < nv; v++) {
    const r = skinRegion(
      m.positions[v * 3]!,
      m.positions[v * 3 + 1]!,
      m.positions[v * 3 + 2]!,
      groups[v]!,
    );
    regionOf.push(r);
  }
  for (const r of [...new Set(regionOf)].sort()) {
    partIndex.set(r, partIds.length);
    partIds.push(r);
  }
  for (let v = 0; v < nv; v++) part[v] = partIndex.get(regionOf[v]!)!;
  const segment = new Uint8Array(nv);
  for (let v = 0; v < nv; v++)
    segment[v] = skinSegment(groups[v]! as Group, m.positions[v * 3 + 1]!);
  log(`skin: weights, regions and segments in ${Date.now() - t} ms`);
  return {
    layer: 'skin',
    positions: m.positions,
    normals: vertexNormals(m),
    indices: m.indices,
    joints,
    weights,
    part,
    partIds,
    segment,
  };
}

export async function buildLayers(opts: BuildOptions = {}): Promise<LayerMesh[]> {
  const log = opts.log ?? (() => {});
  const skin = await buildSkin(opts);
  const items = skinItems();
  let t = Date.now();
  const skeleton = await buildParts('skeleton', skeletonParts(), null, log);
  log(`skeleton in ${Date.now() - t} ms`);
  t = Date.now();
  const muscles = await buildParts('muscles', muscleParts(items), items, log);
  log(`muscles in ${Date.now() - t} ms`);
  t = Date.now();
  const organs = await buildParts('organs', organParts(), null, log);
  log(`organs in ${Date.now() - t} ms`);
  return [skin, muscles, skeleton, organs];
}

const COLORS: Record<Layer, [number, number, number, number]> = {
  skin: [0.85, 0.66, 0.55, 1],
  muscles: [0.68, 0.2, 0.18, 1],
  skeleton: [0.9, 0.87, 0.78, 1],
  organs: [0.75, 0.35, 0.4, 1],
};

export async function writeGlb(layers: readonly LayerMesh[]): Promise<Uint8Array> {
  const doc = new Document();
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  const buffer = doc.createBuffer();
  const scene = doc.createScene('body');
  scene.setExtras({ id: 'body', stature: 1.75, units: 'm', up: 'Y', forward: 'Z', left: 'X' });
  const nodes = new Map<string, Node>();
  for (const j of JOINTS) {
    const node = doc.createNode(j.id).setExtras({ id: j.id, joint: true, motions: j.motions });
    const parent = j.parent ? JOINTS.find((p) => p.id === j.parent)! : null;
    const pp = parent ? parent.position : [0, 0, 0];
    node.setTranslation([j.position[0] - pp[0]!, j.position[1] - pp[1]!, j.position[2] - pp[2]!]);
    nodes.set(j.id, node);
    if (parent) nodes.get(parent.id)!.addChild(node);
    else scene.addChild(node);
  }
  const ibm = new Float32Array(JOINTS.length * 16);
  JOINTS.forEach((j, i) => {
    ibm.set(
      [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -j.position[0], -j.position[1], -j.position[2], 1],
      i * 16,
    );
  });
  const skin = doc
    .createSkin('rig')
    .setSkeleton(nodes.get('pelvis')!)
    .setInverseBindMatrices(
      doc.createAccessor('ibm').setType('MAT4').setArray(ibm).setBuffer(buffer),
    );
  for (const j of JOINTS) skin.addJoint(nodes.get(j.id)!);
  for (const l of layers) {
    const mat = doc
      .createMaterial(l.layer)
      .setBaseColorFactor(COLORS[l.layer])
      .setRoughnessFactor(0.7)
      .setMetallicFactor(0);
    const acc = (
      name: string,
      type: 'VEC3' | 'VEC4' | 'SCALAR',
      arr: Float32Array | Uint16Array | Uint32Array | Uint8Array,
    ) =>
      doc
        .createAccessor(`${l.layer}-${name}`)
        .setType(type)
        .setArray(arr as Float32Array<ArrayBuffer>)
        .setBuffer(buffer);
    const joints8 = new Uint8Array(l.joints);
    let prim = doc
      .createPrimitive()
      .setAttribute('POSITION', acc('pos', 'VEC3', l.positions))
      .setAttribute('NORMAL', acc('nrm', 'VEC3', l.normals))
      .setAttribute('JOINTS_0', acc('joints', 'VEC4', joints8))
      .setAttribute('WEIGHTS_0', acc('weights', 'VEC4', l.weights))
      .setAttribute('_PART', acc('part', 'SCALAR', l.part))
      .setIndices(acc('idx', 'SCALAR', l.indices))
      .setMaterial(mat);
    if (l.segment) prim = prim.setAttribute('_SEGMENT', acc('segment', 'SCALAR', l.segment));
    const extras = {
      id: l.layer,
      layer: l.layer,
      partIds: l.partIds,
      ...(l.segment ? { surface: surfaceExtras() } : {}),
    };
    const mesh = doc.createMesh(l.layer).addPrimitive(prim).setExtras(extras);
    const node = doc.createNode(l.layer).setMesh(mesh).setSkin(skin).setExtras(extras);
    scene.addChild(node);
  }
  await MeshoptEncoder.ready;
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({
      quantizationVolume: 'scene',
      pattern: /^(POSITION|NORMAL|WEIGHTS_0)$/,
      quantizePosition: 14,
      quantizeNormal: 8,
      quantizeWeight: 8,
      normalizeWeights: true,
    }),
  );
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  void Accessor;
  return io.writeBinary(doc);
}
