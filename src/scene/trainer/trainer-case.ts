import { generateCase, type TrainerCase } from '../../domain/trainer/generate';
import type { SpinalTest } from '../../domain/trainer/findings';
import { SPINAL_TESTS } from '../../domain/trainer/findings';
import type { AppState } from '../../state/store';

let last: TrainerCase | null = null;

/** The case the trainer page names (one generated case kept, so every reader shares it). */
export function caseForPage(page: AppState['page']): TrainerCase | null {
  if (page.kind !== 'trainer' || page.seed === null) return null;
  if (last?.seed !== page.seed) last = generateCase(page.seed);
  return last;
}

/** The spinal test the store says is shown on this case, or null. */
export function shownTest(s: AppState, c: TrainerCase | null): SpinalTest | null {
  const t = s.trainerTest;
  if (!c || !t || t.seed !== c.seed) return null;
  return (SPINAL_TESTS as readonly string[]).includes(t.test) ? (t.test as SpinalTest) : null;
}
