import { MeshBasicMaterial, SkinnedMesh, type Object3D } from 'three';

/**
 * A see-through skin drawn naively shows its own far side: the other arm, the back of the legs,
 * the table side of a patient lying down — a ghostly double body. A depth-only copy of the skin,
 * drawn just before it, keeps only the nearest skin surface, which then blends over the muscles,
 * bones and organs already drawn beneath. The copy is shrunk inwards by `INSET` so that what lies
 * just under the skin and is drawn later (chain flow tubes, glowing treated tissue) still shows.
 */
const INSET = 0.008;
const DEPTH_ONLY = new MeshBasicMaterial({ colorWrite: false, transparent: true });
DEPTH_ONLY.onBeforeCompile = (shader) => {
  // With skinning, three's basic vertex shader has the skinned object-space normal here.
  shader.vertexShader = shader.vertexShader.replace(
    '#include <skinning_vertex>',
    `#include <skinning_vertex>\n  transformed -= normalize(objectNormal) * ${INSET.toFixed(3)};`,
  );
};
DEPTH_ONLY.customProgramCacheKey = () => 'skin-depth-inset';

/** Adds the depth-only twin of the skin mesh under `root`; returns it (null without a skin). */
export function addSkinDepthPrepass(root: Object3D): SkinnedMesh | null {
  let skin: SkinnedMesh | null = null;
  root.traverse((o) => {
    if (!skin && o instanceof SkinnedMesh && o.userData['layer'] === 'skin') skin = o;
  });
  const source = skin as SkinnedMesh | null;
  if (!source?.parent) return null;
  const twin = new SkinnedMesh(source.geometry, DEPTH_ONLY);
  twin.name = 'skin-depth-prepass';
  twin.position.copy(source.position);
  twin.quaternion.copy(source.quaternion);
  twin.scale.copy(source.scale);
  twin.bind(source.skeleton, source.bindMatrix);
  twin.frustumCulled = source.frustumCulled;
  // Transparent objects draw after opaque ones, in renderOrder: the twin first, then the skin.
  twin.renderOrder = 1;
  source.renderOrder = 2;
  twin.visible = false;
  source.parent.add(twin);
  return twin;
}
