/**
 * Every question the content supports, from every generator. A new kind of question is one more
 * generator in this list (a new kind of located point is one row in point-locate.ts).
 */
import type { GeneratorContext, Question, QuestionGenerator } from '../types';
import { chainMechanism } from './chain-mechanism';
import { painSource } from './pain-source';
import { pointLocate } from './point-locate';
import { techniqueFacts } from './technique-facts';
import { viscerosomaticLevel } from './viscerosomatic-level';
import { zoneReferral } from './zone-referral';

export const GENERATORS: readonly QuestionGenerator[] = [
  zoneReferral,
  painSource,
  pointLocate,
  viscerosomaticLevel,
  chainMechanism,
  techniqueFacts,
];

/** All questions, ids unique (a repeated id keeps its first question). */
export function generateQuestions(ctx: GeneratorContext): Question[] {
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const g of GENERATORS)
    for (const q of g.generate(ctx)) {
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      out.push(q);
    }
  return out;
}
