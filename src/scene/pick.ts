import type { Intersection, Object3D } from 'three';
import { parseConcreteId } from '../domain/sides';
import type { ContentIndex } from '../domain/content-index';
import type { LayerId } from '../domain/url';
import type { BodyParts } from './body-parts';

/** The part id (region, muscle, bone, organ) under a ray hit, or null. */
export function partAt(
  parts: BodyParts,
  hit: Pick<Intersection<Object3D>, 'object' | 'face'>,
): string | null {
  const layer = parts[hit.object.userData['layer'] as LayerId];
  const face = hit.face;
  if (!layer || !face || (layer.proxy !== hit.object && layer.mesh !== hit.object)) return null;
  return layer.partIds[layer.vertexPart[face.a] ?? -1] ?? null;
}

/**
 * The selectable region a part stands for: skin and organ parts are regions themselves; a muscle
 * stands for the first region it lies in, on its side; bones stand for nothing.
 */
export function regionOfPart(content: ContentIndex, layer: LayerId, partId: string): string | null {
  if (layer === 'skin' || layer === 'organs') return partId;
  if (layer !== 'muscles') return null;
  const parsed = parseConcreteId(partId);
  const region = parsed ? content.muscles.get(parsed.base)?.regions[0] : undefined;
  if (!parsed || !region) return null;
  const paired = content.regions.get(region)?.paired;
  return paired ? `${region}.${parsed.side ?? 'left'}` : region;
}
