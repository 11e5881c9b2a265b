/**
 * "Locate the point": one question per located point of a kind listed here, on the figure's left.
 * A new kind of point (tender points, Chapman points) becomes practice by adding a row to
 * `LOCATABLE`: the deck it belongs to and how the prompt names it.
 */
import type { PointKind } from '../../../content/ids';
import { distance, POINT_TOLERANCE, pointSampleIndex } from '../skin';
import { referenceText } from '../text';
import type { DeckId, Question, QuestionGenerator } from '../types';
import { regionChoices } from './region-choices';

const LOCATABLE: Partial<Record<PointKind, { deck: DeckId; what: string }>> = {
  'key-sensory-point': { deck: 'key-points', what: 'ISNCSCI key sensory point' },
};

export const pointLocate: QuestionGenerator = {
  kind: 'locate',
  generate(ctx) {
    const out: Question[] = [];
    for (const point of ctx.content.content.points) {
      const row = LOCATABLE[point.kind];
      if (!row) continue;
      const side = point.source ? ('left' as const) : null;
      const at = pointSampleIndex(ctx.skin, point, side);
      if (at === null) continue;
      const region = ctx.skin.regions[at]!;
      const here = ctx.skin.samples[at]!.p;
      const id = `locate:${point.id}${side ? `.${side}` : ''}`;
      // A wrong region holds no skin within twice the tolerance of the point.
      const far = (r: string) =>
        ctx.skin.samples.every(
          (s, i) => ctx.skin.regions[i] !== r || distance(s.p, here) > 2 * POINT_TOLERANCE,
        );
      const choices = regionChoices(ctx, id, region, far);
      if (!choices) continue;
      const name = point.source ? `${point.source.id} ${row.what}` : point.name;
      out.push({
        id,
        kind: 'locate',
        deck: row.deck,
        prompt: `Tap the ${side ? `${side} ` : ''}${name}.`,
        tap: { kind: 'point', point: { pointId: point.id, side } },
        ...choices,
        explanation: `The ${point.name} is marked; a tap within ${POINT_TOLERANCE * 100} cm of it counts.`,
        reference: referenceText(ctx.content, point.citations),
        showZones: [],
        showPoint: { pointId: point.id, side },
        mark: null,
        about: [point.id, ...(point.source ? [point.source.id] : [])],
      });
    }
    return out;
  },
};
