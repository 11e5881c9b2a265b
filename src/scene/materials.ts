import { Color, DoubleSide, MeshStandardMaterial } from 'three';
import type { LayerId } from '../domain/url';
import { BASE_COLORS } from './paint-colors';

/**
 * One material per layer, shared by every mesh of the layer (few programs, few state changes).
 * Colours come from per-vertex colours (so regions can be tinted) when the layer has part ids.
 */
export function createLayerMaterials(): Record<LayerId, MeshStandardMaterial> {
  const make = (layer: LayerId, roughness: number, extra: Partial<MeshStandardMaterial> = {}) =>
    Object.assign(
      new MeshStandardMaterial({ color: new Color(BASE_COLORS[layer]), roughness, metalness: 0 }),
      extra,
    );
  return {
    skin: make('skin', 0.62),
    muscles: make('muscles', 0.5),
    skeleton: make('skeleton', 0.7),
    organs: make('organs', 0.45, { side: DoubleSide }),
  };
}

/** Switches a material to per-vertex colours (white base) once its mesh has a colour attribute. */
export function enableVertexColors(material: MeshStandardMaterial): void {
  if (material.vertexColors) return;
  material.vertexColors = true;
  material.color.set('#ffffff');
  material.needsUpdate = true;
}

/** X-ray makes the skin see-through so what lies beneath reads through it. */
export function applyXray(skin: MeshStandardMaterial, xray: number): void {
  const opacity = 1 - xray * 0.85;
  const transparent = opacity < 1;
  if (skin.transparent !== transparent) skin.needsUpdate = true;
  skin.transparent = transparent;
  skin.opacity = opacity;
  skin.depthWrite = !transparent;
}
