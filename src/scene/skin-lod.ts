import type { BufferAttribute, Mesh } from 'three';
import { Uint32BufferAttribute } from 'three';

/**
 * A lighter skin for playback on machines that cannot skin 56 000 triangles per frame fast enough
 * (software rendering is bound by vertex work there). The reduced index list points into the same
 * vertex buffer, so skin weights, region colours and normals stay as they are; swapping index
 * lists is all it takes. Built once, on first need, with meshoptimizer's simplifier (loaded then,
 * not with the app).
 */
const SHARE = 0.3;
let prepared: { mesh: Mesh; full: BufferAttribute; reduced: BufferAttribute } | null = null;
let pending: Promise<void> | null = null;

export function prepareSkinLod(mesh: Mesh): Promise<void> {
  if (prepared?.mesh === mesh) return Promise.resolve();
  pending ??= (async () => {
    const full = mesh.geometry.getIndex();
    const position = mesh.geometry.getAttribute('position');
    if (!full || !position) return;
    const { MeshoptSimplifier } = await import('meshoptimizer/simplifier');
    await MeshoptSimplifier.ready;
    const positions = new Float32Array(position.count * 3);
    for (let i = 0; i < position.count; i++) {
      positions[i * 3] = position.getX(i);
      positions[i * 3 + 1] = position.getY(i);
      positions[i * 3 + 2] = position.getZ(i);
    }
    const indices = Uint32Array.from(full.array as ArrayLike<number>);
    const target = Math.floor((indices.length * SHARE) / 3) * 3;
    const [reduced] = MeshoptSimplifier.simplify(indices, positions, 3, target, 0.02);
    prepared = { mesh, full, reduced: new Uint32BufferAttribute(reduced, 1) };
  })().finally(() => {
    pending = null;
  });
  return pending;
}

/** Draws the reduced or the full skin; true when the reduced one is in use. */
export function setSkinLod(mesh: Mesh, reduced: boolean): boolean {
  if (prepared?.mesh !== mesh) return false;
  const index = reduced ? prepared.reduced : prepared.full;
  if (mesh.geometry.getIndex() !== index) mesh.geometry.setIndex(index);
  return reduced;
}
