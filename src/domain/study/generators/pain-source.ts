/**
 * "Pain is felt at the marked spot: tap a source": the spot is a key sensory point (a place every
 * student can name); the sources are the muscles whose trigger-point zones the differential lists
 * there. A tap on any trigger point of any of them counts; the choices name one of them and three
 * muscles whose zones do not reach the spot.
 */
import { differentialAt } from '../../differential';
import { pickSome, shuffled } from '../pick';
import { pointSampleIndex } from '../skin';
import { referenceText } from '../text';
import type { PointOnSide, Question, QuestionGenerator } from '../types';
import { WRONG_CHOICES } from './region-choices';

export const painSource: QuestionGenerator = {
  kind: 'source',
  generate(ctx) {
    const out: Question[] = [];
    const { points } = ctx.content.content;
    const tpInstances = ctx.instances.filter((i) => i.zone.kind === 'trigger-point');
    const musclesWithPoints = new Set(
      points.filter((p) => p.kind === 'trigger-point' && p.source).map((p) => p.source!.id),
    );
    for (const spot of points) {
      if (spot.kind !== 'key-sensory-point') continue;
      const at = pointSampleIndex(ctx.skin, spot, 'left');
      if (at === null) continue;
      const rows = differentialAt(tpInstances, ctx.skin.frames, ctx.skin.samples[at]!);
      const sources = rows.filter((r) => musclesWithPoints.has(r.instance.zone.source.id));
      const top = sources[0];
      if (!top) continue;
      const targets: PointOnSide[] = sources.flatMap((r) =>
        points
          .filter((p) => p.kind === 'trigger-point' && p.source?.id === r.instance.zone.source.id)
          .map((p) => ({ pointId: p.id, side: r.instance.side })),
      );
      const listed = new Set(rows.map((r) => r.instance.zone.source.id));
      const id = `source:${spot.id}.left`;
      const wrong = pickSome([...musclesWithPoints], WRONG_CHOICES, id, (m) => !listed.has(m));
      if (wrong.length < WRONG_CHOICES) continue;
      const name = (m: string) => ctx.content.muscles.get(m)?.name ?? m;
      const correct = top.instance.zone.source.id;
      const names = sources.map((r) => name(r.instance.zone.source.id));
      out.push({
        id,
        kind: 'source',
        deck: 'referral-zones',
        prompt: `Pain is felt at the marked spot. Tap a trigger point that can refer pain there.`,
        tap: { kind: 'any-point', points: targets },
        choices: shuffled([correct, ...wrong], `${id}/order`).map((m) => ({
          id: m,
          label: name(m),
        })),
        answer: correct,
        explanation: `Trigger points in ${[...new Set(names)].slice(0, 4).join(', ')} refer pain to this spot; any of them counts.`,
        reference: referenceText(ctx.content, top.instance.zone.citations),
        showZones: [...new Set(sources.map((r) => r.instance.key))].slice(0, 4),
        showPoint: null,
        mark: { pointId: spot.id, side: 'left' },
        about: [spot.id, ...new Set(sources.map((r) => r.instance.zone.id))],
      });
    }
    return out;
  },
};
