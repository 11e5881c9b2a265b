/**
 * The choices of a tap question, for those who answer without the canvas: body regions, exactly
 * one of which is right (the region at the heart of the zone, or the one holding the point) and
 * three the zone never reaches.
 */
import { regionLabelOf } from '../../content-index';
import type { ZoneInstance } from '../../zones';
import { pickSome, shuffled } from '../pick';
import { regionSamples, regionTouches } from '../skin';
import type { Choice, GeneratorContext } from '../types';

export const WRONG_CHOICES = 3;

export interface RegionChoices {
  choices: Choice[];
  answer: string;
}

/**
 * `correct` and three other regions; `wrong(region)` says a region is safely wrong (the default
 * for a zone: no skin of it lies in the zone). Null when too few wrong regions exist.
 */
export function regionChoices(
  ctx: GeneratorContext,
  seed: string,
  correct: string,
  wrong: (region: string) => boolean,
): RegionChoices | null {
  const regions = [...regionSamples(ctx.skin).keys()].filter(
    (r) => r !== correct && ctx.content.regions.has(r.split('.')[0]!),
  );
  const others = pickSome(regions, WRONG_CHOICES, seed, wrong);
  if (others.length < WRONG_CHOICES) return null;
  const choices = shuffled([correct, ...others], `${seed}/order`).map((r) => ({
    id: r,
    label: regionLabelOf(ctx.content, r),
  }));
  return { choices, answer: correct };
}

export const outsideZone = (ctx: GeneratorContext, instance: ZoneInstance) => (region: string) =>
  !regionTouches(ctx.skin, instance, region);
