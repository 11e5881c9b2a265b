/**
 * "At which spinal levels does organ X show its viscerosomatic reflex?": one question per
 * viscerosomatic band with levels; the wrong choices are other organs' ranges that differ.
 */
import { pickSome, shuffled } from '../pick';
import { firstSentences, referenceText } from '../text';
import type { Question, QuestionGenerator } from '../types';
import { WRONG_CHOICES } from './region-choices';

const range = (l: { from: string; to: string }) => (l.from === l.to ? l.from : `${l.from}–${l.to}`);

export const viscerosomaticLevel: QuestionGenerator = {
  kind: 'levels',
  generate(ctx) {
    const bands = ctx.content.content.zones.filter((z) => z.kind === 'viscerosomatic' && z.levels);
    const ranges = [...new Set(bands.map((z) => range(z.levels!)))];
    const out: Question[] = [];
    for (const zone of bands) {
      const correct = range(zone.levels!);
      const id = `levels:${zone.id}`;
      const wrong = pickSome(ranges, WRONG_CHOICES, id, (r) => r !== correct);
      if (wrong.length < WRONG_CHOICES) continue;
      const organ = ctx.content.regions.get(zone.source.id)?.name ?? zone.source.id;
      out.push({
        id,
        kind: 'levels',
        deck: 'viscerosomatic',
        prompt: `At which spinal levels do viscerosomatic reflex changes from the ${organ.toLowerCase()} appear?`,
        tap: null,
        choices: shuffled([correct, ...wrong], `${id}/order`).map((r) => ({ id: r, label: r })),
        answer: correct,
        explanation: zone.note
          ? firstSentences(zone.note)
          : `The ${organ.toLowerCase()} shares its sympathetic supply with the segments ${correct}.`,
        reference: referenceText(ctx.content, zone.citations),
        showZones: ctx.instances.filter((i) => i.zone.id === zone.id).map((i) => i.key),
        showPoint: null,
        mark: null,
        about: [zone.id, zone.source.id],
      });
    }
    return out;
  },
};
