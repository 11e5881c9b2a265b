import { partIndices, type BodyParts, type PartLayer } from './body-parts';
import { skinGlowWeights } from './skin-glow';

let cached: { key: string; weights: Float32Array } | null = null;

/** Rest positions of the vertices of the named parts of one layer. */
function partVertices(layer: PartLayer, ids: ReadonlySet<string>): number[] {
  const wanted = partIndices(layer, ids);
  const out: number[] = [];
  if (!wanted.size) return out;
  for (let v = 0; v < layer.vertexPart.length; v++)
    if (wanted.has(layer.vertexPart[v]!))
      out.push(layer.rest[v * 3]!, layer.rest[v * 3 + 1]!, layer.rest[v * 3 + 2]!);
  return out;
}

/**
 * Per skin vertex, how strongly the skin glows over the given muscles / organs (see skin-glow.ts).
 * Computed at rest, so it holds in every pose; the last answer is kept because hovering repaints
 * the body often while the treated structures stay the same.
 */
export function treatedGlow(parts: BodyParts, structures: readonly string[]): Float32Array | null {
  const skin = parts.skin;
  if (!skin || !structures.length) return null;
  const key = structures.join(',');
  if (cached?.key === key) return cached.weights;
  const ids = new Set(structures);
  const points = [
    ...(parts.muscles ? partVertices(parts.muscles, ids) : []),
    ...(parts.organs ? partVertices(parts.organs, ids) : []),
  ];
  const weights = skinGlowWeights(skin.rest, new Float32Array(points));
  cached = { key, weights };
  return weights;
}
