/**
 * Technique facts: direct or indirect, active or passive, whether a contraindication is absolute
 * or relative, and the order of the general steps. One question per fact the content states.
 */
import type { Technique } from '../../../content/schema';
import { pickSome, shuffled } from '../pick';
import { firstSentences, lowerFirst, referenceText, slug } from '../text';
import type { Choice, Question, QuestionGenerator } from '../types';
import { WRONG_CHOICES } from './region-choices';

const APPROACH: Choice[] = [
  { id: 'direct', label: 'Direct (into the barrier)' },
  { id: 'indirect', label: 'Indirect (away from the barrier, towards ease)' },
  { id: 'direct-or-indirect', label: 'Either, depending on the variant' },
];
const ACTIVITY: Choice[] = [
  { id: 'active', label: 'Active (the patient works)' },
  { id: 'passive', label: 'Passive (the operator does the work)' },
  { id: 'active-or-passive', label: 'Either' },
];
const CONTRA: Choice[] = [
  { id: 'absolute', label: 'Absolute: do not use the technique' },
  { id: 'relative', label: 'Relative: use with care or modify it' },
];

function base(t: Technique, ctx: Parameters<QuestionGenerator['generate']>[0]) {
  return {
    deck: 'techniques' as const,
    tap: null,
    reference: referenceText(ctx.content, t.citations),
    showZones: [],
    showPoint: null,
    mark: null,
    about: [t.id, ...t.variants.map((v) => v.id)],
  };
}

export const techniqueFacts: QuestionGenerator = {
  kind: 'technique',
  generate(ctx) {
    const out: Question[] = [];
    for (const t of ctx.content.content.techniques) {
      out.push({
        ...base(t, ctx),
        id: `approach:${t.id}`,
        kind: 'approach',
        prompt: `Is ${t.name} a direct or an indirect technique?`,
        choices: APPROACH,
        answer: t.approach,
        explanation: firstSentences(t.principle),
      });
      out.push({
        ...base(t, ctx),
        id: `activity:${t.id}`,
        kind: 'activity',
        prompt: `Is ${t.name} active or passive for the patient?`,
        choices: ACTIVITY,
        answer: t.activity,
        explanation: firstSentences(t.principle),
      });
      const { absolute, relative } = t.contraindications;
      for (const [grade, list] of [
        ['absolute', absolute],
        ['relative', relative],
      ] as const)
        for (const item of list) {
          // A contraindication listed under both grades has no single answer: not asked.
          if (absolute.includes(item) && relative.includes(item)) continue;
          out.push({
            ...base(t, ctx),
            id: `contra:${t.id}:${slug(item)}`,
            kind: 'contraindication',
            prompt: `${t.name}: is "${lowerFirst(item)}" an absolute or a relative contraindication?`,
            choices: CONTRA,
            answer: grade,
            explanation: `${t.name} lists "${lowerFirst(item)}" as ${grade === 'absolute' ? 'an absolute' : 'a relative'} contraindication.`,
          });
        }
      t.generalSteps.forEach((step, i) => {
        const next = t.generalSteps[i + 1];
        if (!next) return;
        const id = `step:${t.id}:${i + 1}`;
        const others = t.generalSteps.filter((s, j) => j !== i && j !== i + 1 && s !== next);
        const wrong = pickSome(others, WRONG_CHOICES, id, () => true);
        const choices = shuffled([next, ...wrong], `${id}/order`).map((s) => ({
          id: slug(s) || s,
          label: firstSentences(s, 1),
        }));
        if (new Set(choices.map((c) => c.id)).size !== choices.length) return;
        out.push({
          ...base(t, ctx),
          id,
          kind: 'step-order',
          prompt: `${t.name}, step ${i + 1}: "${firstSentences(step, 1)}" Which step comes next?`,
          choices,
          answer: slug(next) || next,
          explanation: `Step ${i + 2} of ${t.name}: ${firstSentences(next, 1)}`,
        });
      });
    }
    return out;
  },
};
