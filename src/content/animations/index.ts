/**
 * One animation script per technique variant, keyed by variant id. Scripts are authored for the
 * LEFT side picked (`same` = left; see src/content/animation-schema.ts) and resolved by the
 * timeline engine (src/domain/timeline.ts). Validate with `animationScriptSchema`.
 */
import type { AnimationScriptInput } from '../animation-schema';
import { ankleArticulatory, hipArticulatory, ribRaising, spencerShoulder } from './articulatory';
import {
  iliopsoasCounterstrain,
  lumbarCounterstrain,
  piriformisCounterstrain,
  scaleneCounterstrain,
} from './counterstrain';
import { cervicalHvla, lumbarRollHvla, supineThoracicHvla } from './hvla';
import {
  ankleBlt,
  cervicalFpr,
  cv4,
  kneeBlt,
  lumbarFunctional,
  sacralBalancedLigamentous,
} from './indirect';
import {
  cervicalMuscleEnergy,
  hamstringMuscleEnergy,
  innominateMuscleEnergy,
  tmjMuscleEnergy,
} from './muscle-energy';
import {
  diaphragmRelease,
  plantarFasciaMyofascialRelease,
  thoracicInletMyofascialRelease,
  thoracolumbarMyofascialRelease,
} from './myofascial-release';
import {
  cervicalSoftTissue,
  glutealSoftTissue,
  paraspinalSoftTissue,
  suboccipitalRelease,
} from './soft-tissue';
import {
  colonVisceral,
  liverVisceral,
  mesentericRelease,
  neuromuscularMuscleTesting,
  pedalLymphaticPump,
  thoracicLymphaticPump,
} from './visceral-lymphatic';

export const animations: Record<string, AnimationScriptInput> = {
  // soft tissue
  'paraspinal-soft-tissue': paraspinalSoftTissue,
  'suboccipital-release': suboccipitalRelease,
  'gluteal-soft-tissue': glutealSoftTissue,
  'cervical-soft-tissue': cervicalSoftTissue,
  // HVLA
  'lumbar-roll-hvla': lumbarRollHvla,
  'supine-thoracic-hvla': supineThoracicHvla,
  'cervical-hvla': cervicalHvla,
  // muscle energy
  'innominate-muscle-energy': innominateMuscleEnergy,
  'cervical-muscle-energy': cervicalMuscleEnergy,
  'tmj-muscle-energy': tmjMuscleEnergy,
  'hamstring-muscle-energy': hamstringMuscleEnergy,
  // counterstrain
  'lumbar-counterstrain': lumbarCounterstrain,
  'piriformis-counterstrain': piriformisCounterstrain,
  'scalene-counterstrain': scaleneCounterstrain,
  'iliopsoas-counterstrain': iliopsoasCounterstrain,
  // myofascial release
  'thoracolumbar-myofascial-release': thoracolumbarMyofascialRelease,
  'plantar-fascia-myofascial-release': plantarFasciaMyofascialRelease,
  'thoracic-inlet-myofascial-release': thoracicInletMyofascialRelease,
  'diaphragm-release': diaphragmRelease,
  // functional
  'lumbar-functional': lumbarFunctional,
  // articulatory
  'spencer-shoulder': spencerShoulder,
  'ankle-articulatory': ankleArticulatory,
  'hip-articulatory': hipArticulatory,
  'rib-raising': ribRaising,
  // facilitated positional release
  'cervical-fpr': cervicalFpr,
  // balanced ligamentous tension
  'ankle-blt': ankleBlt,
  'knee-blt': kneeBlt,
  'sacral-balanced-ligamentous': sacralBalancedLigamentous,
  // cranial
  cv4,
  // visceral
  'liver-visceral': liverVisceral,
  'colon-visceral': colonVisceral,
  'mesenteric-release': mesentericRelease,
  // lymphatic
  'thoracic-lymphatic-pump': thoracicLymphaticPump,
  'pedal-lymphatic-pump': pedalLymphaticPump,
  // neuromuscular testing
  'neuromuscular-muscle-testing': neuromuscularMuscleTesting,
};
