import { Color, DoubleSide, MeshStandardMaterial } from 'three';
import type { LayerId } from '../domain/url';

/** One material per layer, shared by every mesh of the layer (few programs, few state changes). */
export function createLayerMaterials(): Record<LayerId, MeshStandardMaterial> {
  return {
    skin: new MeshStandardMaterial({ color: new Color('#d8b08c'), roughness: 0.62, metalness: 0 }),
    muscles: new MeshStandardMaterial({
      color: new Color('#b5483f'),
      roughness: 0.5,
      metalness: 0,
    }),
    skeleton: new MeshStandardMaterial({
      color: new Color('#e9e1cb'),
      roughness: 0.7,
      metalness: 0,
    }),
    organs: new MeshStandardMaterial({
      color: new Color('#a8575a'),
      roughness: 0.45,
      metalness: 0,
      side: DoubleSide,
    }),
  };
}

/** X-ray makes the skin see-through so what lies beneath reads through it. */
export function applyXray(skin: MeshStandardMaterial, xray: number): void {
  const opacity = 1 - xray * 0.85;
  skin.transparent = opacity < 1;
  skin.opacity = opacity;
  skin.depthWrite = opacity >= 1;
  skin.needsUpdate = true;
}
