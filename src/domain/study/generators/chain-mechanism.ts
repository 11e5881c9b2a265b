/**
 * "How does pain pass along this link?": one question per link of every chain; the choices are
 * mechanisms (the link's, and three others).
 */
import { MECHANISM_TYPES, type MechanismType } from '../../../content/ids';
import { pickSome, shuffled } from '../pick';
import { firstSentences, referenceText } from '../text';
import type { Question, QuestionGenerator } from '../types';
import { WRONG_CHOICES } from './region-choices';

export const MECHANISM_NAMES: Record<MechanismType, string> = {
  'myofascial-trigger-point': 'Myofascial trigger point',
  viscerosomatic: 'Viscerosomatic referral',
  radicular: 'Radicular (nerve root)',
  'peripheral-nerve-entrapment': 'Peripheral nerve entrapment',
  'kinetic-chain': 'Kinetic chain (regional interdependence)',
  'myofascial-continuity': 'Myofascial continuity',
  'somatic-dysfunction': 'Somatic dysfunction',
  somatovisceral: 'Somatovisceral relation',
  'convergence-referral': 'Convergence referral',
  'somatic-referral': 'Somatic referral (shared innervation)',
  'parietal-irritation': 'Parietal irritation (organ against the body wall)',
};

export const chainMechanism: QuestionGenerator = {
  kind: 'mechanism',
  generate(ctx) {
    const out: Question[] = [];
    const regionName = (id: string) => ctx.content.regions.get(id)?.name.toLowerCase() ?? id;
    for (const chain of ctx.content.content.chains) {
      const seen = new Set<string>();
      for (const link of chain.links) {
        const id = `mechanism:${chain.id}:${link.from.region}>${link.to.region}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const wrong = pickSome(MECHANISM_TYPES, WRONG_CHOICES, id, (m) => m !== link.mechanism);
        out.push({
          id,
          kind: 'mechanism',
          deck: 'chains',
          prompt: `${chain.title}: by which mechanism does pain pass from the ${regionName(link.from.region)} to the ${regionName(link.to.region)}?`,
          tap: null,
          choices: shuffled([link.mechanism, ...wrong], `${id}/order`).map((m) => ({
            id: m,
            label: MECHANISM_NAMES[m],
          })),
          answer: link.mechanism,
          explanation: firstSentences(link.explanation),
          reference: referenceText(ctx.content, link.citations),
          showZones: [],
          showPoint: null,
          mark: null,
          about: [chain.id, link.from.region, link.to.region],
        });
      }
    }
    return out;
  },
};
