/**
 * Test helpers for the pain maps: the generated skin's surface coordinates, and questions a
 * chart answers ("does the C6 dermatome hold the thumb?") asked of the content on that skin.
 */
import { contentSet } from '../../../src/content';
import type { SurfaceSegment, SurfaceView } from '../../../src/content/ids';
import type { SurfaceSample } from '../../../src/domain/surface';
import {
  locatePoint,
  zoneHit,
  zoneInstances,
  type Grade,
  type SourceSide,
} from '../../../src/domain/zones';
import { readSkinSurface } from '../../../scripts/lib/skin-surface';

export const skin = () => readSkinSurface();

/** The skin sample at a place given in surface coordinates (as a point would be written). */
export async function sampleAt(
  segment: SurfaceSegment,
  view: SurfaceView,
  at: readonly [number, number],
  side: 'left' | 'right' = 'left',
): Promise<SurfaceSample> {
  const { frames, samples } = await skin();
  const i = locatePoint(
    {
      id: 'probe',
      name: 'probe',
      kind: 'landmark',
      segment,
      view,
      at: [at[0], at[1]],
      side,
      citations: [],
    },
    null,
    frames,
    samples,
  );
  if (i === null) throw new Error(`no skin at ${segment} ${view} ${at.join(', ')}`);
  return samples[i]!;
}

/** The skin sample where a content point lies, for a source on `side`. */
export async function pointSample(pointId: string, side: SourceSide): Promise<SurfaceSample> {
  const { frames, samples } = await skin();
  const point = contentSet.points.find((p) => p.id === pointId);
  if (!point) throw new Error(`no point ${pointId}`);
  const i = locatePoint(point, side, frames, samples);
  if (i === null) throw new Error(`point ${pointId} lies on no skin`);
  return samples[i]!;
}

/** How the zone (for a source on `side`) holds the sample: 'essential', 'spillover' or null. */
export async function gradeAt(
  zoneId: string,
  side: SourceSide,
  sample: SurfaceSample,
): Promise<Grade | null> {
  const { frames } = await skin();
  const zone = contentSet.zones.find((z) => z.id === zoneId);
  if (!zone) throw new Error(`no zone ${zoneId}`);
  const instance = zoneInstances([zone], frames).find((i) => i.side === side);
  if (!instance) throw new Error(`zone ${zoneId} has no ${String(side)} instance`);
  return zoneHit(instance, frames, sample)?.grade ?? null;
}
