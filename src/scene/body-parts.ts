import {
  BufferAttribute,
  BufferGeometry,
  Mesh,
  MeshBasicMaterial,
  SkinnedMesh,
  Vector3,
  type Object3D,
} from 'three';
import type * as BvhModule from 'three-mesh-bvh';
import { LAYER_IDS, type LayerId } from '../domain/url';

/**
 * Per-layer lookup built once after the body loads: which part (region, muscle, bone, organ) each
 * vertex belongs to, and for each part its centre, mean outward normal and an "anchor" — a
 * surface point on the side the part faces, where chains and labels attach.
 */
export interface PartInfo {
  id: string;
  index: number;
  centroid: Vector3;
  normal: Vector3;
  anchor: Vector3;
  /** Radius of the part around its centroid (for framing). */
  radius: number;
}

export interface PartLayer {
  layer: LayerId;
  mesh: Mesh;
  partIds: string[];
  /** Part index of each vertex. */
  vertexPart: Uint16Array;
  parts: Map<string, PartInfo>;
  /** World-space vertex positions at rest (standing, anatomical position), xyz per vertex. */
  rest: Float32Array;
  /**
   * An invisible copy of the layer in world space with a bounding-volume hierarchy: pointer
   * picking and visibility checks ray-cast against it, so hovering a 50k-triangle skinned mesh
   * stays well under a millisecond. It follows the body's pose lazily (see `followPose`).
   */
  proxy: Mesh;
}

export type BodyParts = Partial<Record<LayerId, PartLayer>>;

/**
 * three-mesh-bvh, handed in by the caller: it is imported after the first frame with the body
 * (picking is not needed to see the body), so it stays out of the first script.
 */
export type Bvh = Pick<typeof BvhModule, 'MeshBVH' | 'acceleratedRaycast'>;

const FRONT = new Vector3(0, 0, 1);

function isLayer(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}

function indexLayer(layer: LayerId, mesh: Mesh, bvh: Bvh): PartLayer | null {
  const partIds = mesh.userData['partIds'];
  const attr = mesh.geometry.getAttribute('_part') as BufferAttribute | undefined;
  if (!Array.isArray(partIds) || !attr) return null;
  const count = attr.count;
  const vertexPart = new Uint16Array(count);
  const n = partIds.length;
  const sum = Array.from({ length: n }, () => new Vector3());
  const nsum = Array.from({ length: n }, () => new Vector3());
  const counts = new Uint32Array(n);
  const world = new Float32Array(count * 3);
  const p = new Vector3();
  const nrm = new Vector3();
  const normals = mesh.geometry.getAttribute('normal') as BufferAttribute | undefined;
  writeWorldPositions(mesh, world);
  for (let i = 0; i < count; i++) {
    const part = Math.round(attr.getX(i));
    vertexPart[i] = part;
    p.fromArray(world, i * 3);
    sum[part]?.add(p);
    if (normals) nsum[part]?.add(nrm.fromBufferAttribute(normals, i));
    counts[part] = (counts[part] ?? 0) + 1;
  }
  const parts = new Map<string, PartInfo>();
  partIds.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || !counts[index]) return;
    const centroid = sum[index]!.divideScalar(counts[index]!);
    const mean = nsum[index]!.divideScalar(counts[index]!);
    // A ring-shaped part (knee, wrist) has no dominant normal: attach it on the front.
    const dir = mean.length() > 0.35 ? mean.clone().normalize() : FRONT.clone();
    parts.set(id, { id, index, centroid, normal: dir, anchor: centroid.clone(), radius: 0 });
  });
  // Second pass: anchor = the part's vertex furthest out along its direction, near its axis.
  const best = new Float64Array(n).fill(-Infinity);
  const d = new Vector3();
  for (let i = 0; i < count; i++) {
    const info = parts.get(partIds[vertexPart[i]!] as string);
    if (!info) continue;
    p.fromArray(world, i * 3);
    d.subVectors(p, info.centroid);
    info.radius = Math.max(info.radius, d.length());
    const along = d.dot(info.normal);
    const perp = Math.sqrt(Math.max(0, d.lengthSq() - along * along));
    const score = along - 0.6 * perp;
    if (score > best[info.index]!) {
      best[info.index] = score;
      info.anchor.copy(p);
    }
  }
  return {
    layer,
    mesh,
    partIds: partIds as string[],
    vertexPart,
    parts,
    // the proxy re-skins `world` in place when the body is posed: keep the rest pose apart
    rest: world.slice(),
    proxy: pickProxy(layer, mesh, world, bvh),
  };
}

const scratch = new Vector3();

/** World-space vertex positions of a (skinned) mesh in its current pose. */
function writeWorldPositions(mesh: Mesh, out: Float32Array) {
  const position = mesh.geometry.getAttribute('position') as BufferAttribute;
  const skinned = mesh instanceof SkinnedMesh;
  for (let i = 0; i < position.count; i++) {
    if (skinned) mesh.getVertexPosition(i, scratch);
    else scratch.fromBufferAttribute(position, i);
    mesh.localToWorld(scratch);
    scratch.toArray(out, i * 3);
  }
}

/**
 * A number that changes whenever the mesh's pose changes: its own world matrix and every bone's.
 * Cheap (a hundred bones) next to re-skinning tens of thousands of vertices.
 */
export function poseSignature(mesh: Mesh): number {
  let sig = 0;
  const add = (e: ArrayLike<number>, k: number) => {
    for (let j = 0; j < 16; j++) sig += e[j]! * (((k * 16 + j) % 97) + 1);
  };
  add(mesh.matrixWorld.elements, 0);
  if (mesh instanceof SkinnedMesh)
    mesh.skeleton.bones.forEach((b, k) => add(b.matrixWorld.elements, k + 1));
  return sig;
}

const PROXY_MATERIAL = new MeshBasicMaterial({ visible: false });

/**
 * The proxy re-skins itself before a ray test when the body's pose has changed since the last one
 * (a technique poses the patient on the table), then refits its bounding-volume tree: picking
 * follows the pose without re-skinning on frames where nobody points at the body.
 */
function pickProxy(layer: LayerId, source: Mesh, world: Float32Array, bvh: Bvh): Mesh {
  const geometry = new BufferGeometry();
  const positions = new BufferAttribute(world, 3);
  geometry.setAttribute('position', positions);
  const index = source.geometry.getIndex();
  if (index) geometry.setIndex(index);
  const tree = new bvh.MeshBVH(geometry);
  geometry.boundsTree = tree;
  const proxy = new Mesh(geometry, PROXY_MATERIAL);
  let pose = poseSignature(source);
  proxy.raycast = function raycast(raycaster, intersects) {
    const now = poseSignature(source);
    if (now !== pose) {
      pose = now;
      writeWorldPositions(source, world);
      positions.needsUpdate = true;
      tree.refit();
      geometry.computeBoundingSphere();
      geometry.computeBoundingBox();
    }
    bvh.acceleratedRaycast.call(this, raycaster, intersects);
  };
  proxy.userData = { layer, pickProxy: true };
  proxy.name = `${layer}-pick`;
  return proxy;
}

export function indexBodyParts(root: Object3D, bvh: Bvh): BodyParts {
  // Bones must hold their world matrices before skinned vertex positions are read: the body has
  // not been rendered yet when it is indexed.
  root.updateMatrixWorld(true);
  const result: BodyParts = {};
  root.traverse((o) => {
    const layer = o.userData['layer'];
    if (!(o instanceof Mesh) || !isLayer(layer) || result[layer]) return;
    const indexed = indexLayer(layer, o, bvh);
    if (indexed) result[layer] = indexed;
  });
  return result;
}

/** Indices (as in `vertexPart`) of the layer's parts named in `ids`. */
export function partIndices(layer: PartLayer, ids: ReadonlySet<string>): Set<number> {
  return new Set(layer.partIds.flatMap((id, i) => (ids.has(id) ? [i] : [])));
}

/** The part info for an id in whichever layer has it (regions on the skin, organs, muscles). */
export function findPart(parts: BodyParts, id: string): PartInfo | undefined {
  for (const layer of LAYER_IDS) {
    const info = parts[layer]?.parts.get(id);
    if (info) return info;
  }
  return undefined;
}
