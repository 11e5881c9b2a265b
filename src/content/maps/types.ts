import type { ContentSetInput } from '../schema';

export type ZoneInput = NonNullable<ContentSetInput['zones']>[number];
export type PointInput = NonNullable<ContentSetInput['points']>[number];

/** One map file: its zones and the points that belong to them. */
export interface MapInput {
  zones: ZoneInput[];
  points: PointInput[];
}
