/**
 * The bundled content set, assembled from the data files and parsed once by the same schema a
 * lecturer's import goes through. Integrity (ids that must exist) is checked by the tests.
 */
import { animations } from './animations';
import { chains } from './chains';
import { conditions } from './conditions';
import { points, zones } from './maps';
import { muscles } from './muscles';
import { animationReferences } from './references/animations';
import { chainReferences } from './references/chains';
import { dermatomesReferences } from './references/maps-dermatomes';
import { triggerPointsHeadBackReferences } from './references/maps-trigger-points-head-back';
import { triggerPointsFrontArmReferences } from './references/maps-trigger-points-front-arm';
import { triggerPointsLowerLimbReferences } from './references/maps-trigger-points-lower-limb';
import { visceralAndJointsReferences } from './references/maps-visceral-and-joints';
import { muscleReferences } from './references/muscles';
import { techniqueReferences } from './references/techniques';
import { trainerReferences } from './references/trainer';
import { regions } from './regions';
import { contentSetSchema, type ContentSet, type ContentSetInput } from './schema';
import { techniques } from './techniques';

type ReferenceInput = ContentSetInput['references'][number];

/** Several files cite the same books; keep one entry per id (the tests check they are identical). */
function uniqueReferences(lists: ReferenceInput[][]): ReferenceInput[] {
  const seen = new Map<string, ReferenceInput>();
  for (const ref of lists.flat()) if (!seen.has(ref.id)) seen.set(ref.id, ref);
  return [...seen.values()];
}

export const referenceSources = {
  chainReferences,
  muscleReferences,
  techniqueReferences,
  animationReferences,
  dermatomesReferences,
  triggerPointsHeadBackReferences,
  triggerPointsFrontArmReferences,
  triggerPointsLowerLimbReferences,
  visceralAndJointsReferences,
  trainerReferences,
};

type TechniqueInput = ContentSetInput['techniques'][number];

/** Each variant carries its animation script (kept in `animations/`, keyed by variant id). */
function withAnimations(list: TechniqueInput[]): TechniqueInput[] {
  return list.map((t) => ({
    ...t,
    variants: t.variants.map((v) => (animations[v.id] ? { ...v, animation: animations[v.id] } : v)),
  }));
}

export const contentInput: ContentSetInput = {
  format: 'omt-atlas-content',
  version: 1,
  regions,
  muscles,
  chains,
  techniques: withAnimations(techniques),
  conditions,
  references: uniqueReferences([
    chainReferences,
    muscleReferences,
    techniqueReferences,
    animationReferences,
    dermatomesReferences,
    triggerPointsHeadBackReferences,
    triggerPointsFrontArmReferences,
    triggerPointsLowerLimbReferences,
    visceralAndJointsReferences,
    trainerReferences,
  ]),
  zones,
  points,
};

export const contentSet: ContentSet = contentSetSchema.parse(contentInput);
