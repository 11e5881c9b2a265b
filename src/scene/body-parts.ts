import {
  BufferAttribute,
  BufferGeometry,
  Mesh,
  MeshBasicMaterial,
  SkinnedMesh,
  Vector3,
  type Object3D,
} from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
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
  /**
   * An invisible, static copy of the layer in the pose it was loaded in (world space), with a
   * bounding-volume hierarchy: pointer picking and visibility checks ray-cast against it, so
   * hovering a 50k-triangle skinned mesh stays well under a millisecond.
   */
  proxy: Mesh;
}

export type BodyParts = Partial<Record<LayerId, PartLayer>>;

const FRONT = new Vector3(0, 0, 1);

function isLayer(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}

function indexLayer(layer: LayerId, mesh: Mesh): PartLayer | null {
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
  const skinned = mesh instanceof SkinnedMesh;
  for (let i = 0; i < count; i++) {
    const part = Math.round(attr.getX(i));
    vertexPart[i] = part;
    if (skinned) mesh.getVertexPosition(i, p);
    else p.fromBufferAttribute(mesh.geometry.getAttribute('position') as BufferAttribute, i);
    mesh.localToWorld(p);
    p.toArray(world, i * 3);
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
    proxy: pickProxy(layer, mesh, world),
  };
}

const PROXY_MATERIAL = new MeshBasicMaterial({ visible: false });

function pickProxy(layer: LayerId, source: Mesh, world: Float32Array): Mesh {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(world, 3));
  const index = source.geometry.getIndex();
  if (index) geometry.setIndex(index);
  geometry.boundsTree = new MeshBVH(geometry);
  const proxy = new Mesh(geometry, PROXY_MATERIAL);
  proxy.raycast = acceleratedRaycast;
  proxy.userData = { layer, pickProxy: true };
  proxy.name = `${layer}-pick`;
  return proxy;
}

export function indexBodyParts(root: Object3D): BodyParts {
  // Bones must hold their world matrices before skinned vertex positions are read: the body has
  // not been rendered yet when it is indexed.
  root.updateMatrixWorld(true);
  const result: BodyParts = {};
  root.traverse((o) => {
    const layer = o.userData['layer'];
    if (!(o instanceof Mesh) || !isLayer(layer) || result[layer]) return;
    const indexed = indexLayer(layer, o);
    if (indexed) result[layer] = indexed;
  });
  return result;
}

/** The part info for an id in whichever layer has it (regions on the skin, organs, muscles). */
export function findPart(parts: BodyParts, id: string): PartInfo | undefined {
  for (const layer of LAYER_IDS) {
    const info = parts[layer]?.parts.get(id);
    if (info) return info;
  }
  return undefined;
}
