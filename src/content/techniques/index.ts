/**
 * The 13 osteopathic technique families, one technique per family, each with its region-specific
 * variants. References live in src/content/references/techniques.ts.
 */
import { articulatory } from './articulatory';
import { balancedLigamentousTension } from './balanced-ligamentous-tension';
import { counterstrain } from './counterstrain';
import { cranial } from './cranial';
import { facilitatedPositionalRelease } from './facilitated-positional-release';
import { functional } from './functional';
import { hvla } from './hvla';
import { lymphatic } from './lymphatic';
import { muscleEnergy } from './muscle-energy';
import { myofascialRelease } from './myofascial-release';
import { neuromuscularTesting } from './neuromuscular-testing';
import { softTissue } from './soft-tissue';
import type { TechniqueInput } from './types';
import { visceral } from './visceral';

export type { ReferenceInput, TechniqueInput, TechniqueVariantInput } from './types';

/** Ordered as TECHNIQUE_FAMILY_IDS in ids.ts. */
export const techniques: TechniqueInput[] = [
  softTissue,
  hvla,
  muscleEnergy,
  counterstrain,
  myofascialRelease,
  functional,
  articulatory,
  facilitatedPositionalRelease,
  balancedLigamentousTension,
  cranial,
  visceral,
  lymphatic,
  neuromuscularTesting,
];
