/**
 * Pain maps and markers on the skin (docs/SURFACE.md): dermatomes with their key sensory points,
 * trigger-point referral zones with their trigger points, visceral zones, viscerosomatic bands and
 * joint referral maps. Each file is one map; all are content like the chains (schema-checked,
 * exported, importable).
 */
import { dermatomes } from './dermatomes';
import { landmarks } from './landmarks';
import { triggerPointsFrontArm } from './trigger-points-front-arm';
import { triggerPointsHeadBack } from './trigger-points-head-back';
import { triggerPointsLowerLimb } from './trigger-points-lower-limb';
import type { MapInput, PointInput, ZoneInput } from './types';
import { visceralAndJoints } from './visceral-and-joints';

const MAPS: MapInput[] = [
  dermatomes,
  triggerPointsHeadBack,
  triggerPointsFrontArm,
  triggerPointsLowerLimb,
  visceralAndJoints,
  landmarks,
];

export const zones: ZoneInput[] = MAPS.flatMap((m) => m.zones);
export const points: PointInput[] = MAPS.flatMap((m) => m.points);
