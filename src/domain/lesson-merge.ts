/**
 * Two tabs, one set of saved lessons: when another tab saves, its list is merged with this tab's
 * instead of either overwriting the other. A three-way merge against `base` (the list as this tab
 * last read or wrote it): a lesson changed on one side only takes that change, a lesson deleted on
 * one side and untouched on the other stays deleted, and a lesson changed on both sides is kept
 * twice (theirs, and ours as a copy) so no one's work is lost.
 */
import { stableStringify } from './integrity';
import { makeId, type Lesson } from './lesson';

export interface MergeResult {
  lessons: Lesson[];
  /** Titles of lessons changed in both tabs, kept twice. */
  conflicts: string[];
}

const same = (a: Lesson | undefined, b: Lesson | undefined): boolean =>
  a === undefined || b === undefined ? a === b : stableStringify(a) === stableStringify(b);

const byId = (lessons: readonly Lesson[]) => new Map(lessons.map((l) => [l.id, l]));

export function mergeLessons(
  base: readonly Lesson[],
  mine: readonly Lesson[],
  theirs: readonly Lesson[],
): MergeResult {
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const merged: Lesson[] = [];
  const copies: Lesson[] = [];
  const conflicts: string[] = [];
  // Their order first: it is what was saved last.
  for (const t of theirs) {
    const b = baseById.get(t.id);
    const m = mineById.get(t.id);
    if (!m) {
      // Deleted here and untouched there: stays deleted. New there, or changed there: kept.
      if (!(b && same(b, t))) merged.push(t);
    } else if (same(m, t) || same(m, b)) merged.push(t);
    else if (same(t, b)) merged.push(m);
    else {
      merged.push(t);
      copies.push(m);
      conflicts.push(m.title);
    }
  }
  for (const m of mine) {
    if (theirsById.has(m.id)) continue;
    const b = baseById.get(m.id);
    // Deleted there and untouched here: stays deleted. New here, or changed here: kept.
    if (!(b && same(b, m))) merged.push(m);
  }
  const taken = new Set(merged.map((l) => l.id));
  for (const copy of copies) {
    const title = `${copy.title} (other copy)`;
    const id = makeId(title, taken);
    taken.add(id);
    merged.push({ ...copy, id, title: title.slice(0, 200) });
  }
  return { lessons: merged, conflicts };
}
