import { BufferAttribute, Color, type Mesh } from 'three';
import type { BodyPaint, RegionRole } from '../domain/body-paint';
import type { PartLayer } from './body-parts';
import { muscleShade } from './muscle-shades';

/** Role colours, paired with labels and numbers in the overlay so colour never works alone. */
export const ROLE_COLORS: Record<RegionRole, string> = {
  selected: '#ff8c3a',
  source: '#ff7b2e',
  target: '#3fb0ff',
  relay: '#ffd04d',
  related: '#7cc7ff',
};

export const BASE_COLORS = {
  skin: new Color('#d9b191'),
  muscles: new Color('#b34a40'),
  skeleton: new Color('#e8dfc8'),
  organs: new Color('#a3585b'),
} as const;

const DIM = new Color('#6f6a66');
/** The skin over treated tissue during a technique (a warm glow, as the muscles are drawn). */
const GLOW = new Color('#ff6a3a');
const scratch = new Color();

function colorAttribute(mesh: Mesh): BufferAttribute {
  const existing = mesh.geometry.getAttribute('color');
  if (
    existing instanceof BufferAttribute &&
    existing.itemSize === 3 &&
    existing.array instanceof Float32Array
  )
    return existing;
  const attr = new BufferAttribute(
    new Float32Array(mesh.geometry.getAttribute('position').count * 3),
    3,
  );
  mesh.geometry.setAttribute('color', attr);
  return attr;
}

/**
 * Writes per-vertex colours for one layer: each part gets its base colour, tinted by its role in
 * the paint, lightened under the pointer, and faded when the paint dims everything else. `glow`
 * (per vertex, 0–1) warms the colour over treated tissue.
 */
export function paintLayer(
  layer: PartLayer,
  paint: BodyPaint,
  hovered: string | null,
  glow: Float32Array | null = null,
): void {
  const base = BASE_COLORS[layer.layer];
  // muscles: each part its own shade so neighbours read apart; other layers one colour
  const perPart: Color[] = layer.partIds.map((id) =>
    layer.layer === 'muscles' ? muscleShade(id, base) : base.clone(),
  );
  const roles = new Map(paint.regions.map((r) => [r.id, r.role]));
  const structures = new Set(paint.structures);
  layer.partIds.forEach((id, i) => {
    const c = perPart[i]!;
    const role = roles.get(id);
    if (role) c.lerp(scratch.set(ROLE_COLORS[role]), role === 'related' ? 0.55 : 0.8);
    else if (structures.has(id)) c.lerp(scratch.set('#ff5a2a'), 0.6);
    else if (paint.dimOthers) c.lerp(DIM, 0.45);
    if (id === hovered) c.lerp(scratch.set('#ffffff'), 0.35);
  });
  const attr = colorAttribute(layer.mesh);
  const arr = attr.array as Float32Array;
  for (let v = 0; v < layer.vertexPart.length; v++) {
    let c = perPart[layer.vertexPart[v]!] ?? base;
    const w = glow ? glow[v]! : 0;
    if (w > 0) c = scratch.copy(c).lerp(GLOW, 0.75 * w);
    arr[v * 3] = c.r;
    arr[v * 3 + 1] = c.g;
    arr[v * 3 + 2] = c.b;
  }
  attr.needsUpdate = true;
}
