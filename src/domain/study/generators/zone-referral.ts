/**
 * "Tap where X refers pain": one question per zone of a root (dermatome), a muscle (trigger-point
 * referral), an organ (visceral referral) or a joint, asked on the figure's left side (the right
 * is its mirror image). Scored by the zone: essential full credit, spillover partial.
 */
import type { ZoneKind } from '../../../content/ids';
import { instanceKey } from '../../zones';
import { firstSentences, referenceText } from '../text';
import type { DeckId, GeneratorContext, Question, QuestionGenerator } from '../types';
import { zoneHeartRegion } from '../skin';
import { outsideZone, regionChoices } from './region-choices';

const DECK_OF: Partial<Record<ZoneKind, DeckId>> = {
  dermatome: 'dermatomes',
  'trigger-point': 'referral-zones',
  visceral: 'referral-zones',
  'joint-referral': 'referral-zones',
};

function sourceWords(ctx: GeneratorContext, kind: string, id: string, side: string | null) {
  const on = side ? `${side} ` : '';
  switch (kind) {
    case 'root':
      return `the ${on}${id} nerve root`;
    case 'muscle':
      return `trigger points in the ${on}${ctx.content.muscles.get(id)?.name ?? id}`;
    case 'organ':
      return `the ${ctx.content.regions.get(id)?.name.toLowerCase() ?? id}`;
    default:
      return `the ${on}${id.replace(/-/g, ' ')}`;
  }
}

export const zoneReferral: QuestionGenerator = {
  kind: 'refer',
  generate(ctx) {
    const out: Question[] = [];
    for (const instance of ctx.instances) {
      const zone = instance.zone;
      const deck = DECK_OF[zone.kind];
      if (!deck || instance.side === 'right') continue;
      const id = `refer:${instance.key}`;
      const heart = zoneHeartRegion(ctx.skin, instance, zone);
      if (!heart) continue;
      const choices = regionChoices(ctx, id, heart, outsideZone(ctx, instance));
      if (!choices) continue;
      const what = sourceWords(ctx, zone.source.kind, zone.source.id, instance.side);
      const verb = zone.kind === 'dermatome' ? 'supplies the skin' : 'refers pain';
      out.push({
        id,
        kind: 'refer',
        deck,
        prompt: `Tap where ${what} ${verb}.`,
        tap: { kind: 'zone', zoneKey: instanceKey(zone.id, instance.side) },
        ...choices,
        explanation: zone.note
          ? firstSentences(zone.note)
          : `The ${zone.name.toLowerCase()} is drawn: solid where it is usually felt, hatched where it sometimes spreads.`,
        reference: referenceText(ctx.content, zone.citations),
        showZones: [instance.key],
        showPoint: null,
        mark: null,
        about: [zone.id, zone.source.id],
      });
    }
    return out;
  },
};
