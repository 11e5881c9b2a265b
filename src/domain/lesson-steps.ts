/**
 * The parts of lesson handling the store needs at start (checking a step's ids, editing helpers),
 * apart from `lesson.ts` so the first script does not carry zod, which only lesson files and
 * links need. `lesson.ts` re-exports them.
 */
import { isConcreteRegionId, type ContentIndex } from './content-index';
import type { Lesson } from './lesson';
import type { Page } from './url';

/** Why a page cannot be shown with this content (an unknown id), or null when it can. */
export function pageProblem(index: ContentIndex, page: Page): string | null {
  switch (page.kind) {
    case 'home':
      return null;
    case 'region':
      return isConcreteRegionId(index, page.region) ? null : `there is no region "${page.region}"`;
    case 'chain': {
      const chain = index.chains.get(page.chain);
      if (!chain) return `there is no chain "${page.chain}"`;
      return page.link < chain.links.length
        ? null
        : `the chain "${chain.title}" has no step ${page.link + 1}`;
    }
    case 'technique':
      return index.variants.has(page.variant) ? null : `there is no technique "${page.variant}"`;
    case 'condition':
      return index.conditions.has(page.condition)
        ? null
        : `there is no condition "${page.condition}"`;
    case 'trainer':
      // Every seed names a case: the generator needs no content.
      return null;
  }
}

/** A lowercase id from a title, made unique against `taken`. */
export function makeId(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'lesson';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * An id for a lesson made in this tab. Another open tab may make one with the same title before
 * either hears of the other's save; a random tag keeps the two ids apart, so neither tab's editor
 * ends up pointing at the other tab's lesson after the merge.
 */
export function makeNewLessonId(
  title: string,
  taken: ReadonlySet<string>,
  tag: string = randomTag(),
): string {
  const base = makeId(title, new Set()).slice(0, 34).replace(/-+$/, '');
  return makeId(`${base}-${tag}`, taken);
}

function randomTag(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** Moves the item at `from` to `to` (clamped); returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/**
 * The lessons with every id unique: a repeated id gets a new one made from the title, so that
 * deleting or editing by id never touches two lessons. `reserved` ids are avoided too.
 */
export function withUniqueIds(
  lessons: readonly Lesson[],
  reserved: ReadonlySet<string> = new Set(),
): Lesson[] {
  const taken = new Set([...reserved, ...lessons.map((l) => l.id)]);
  const seen = new Set<string>(reserved);
  return lessons.map((lesson) => {
    if (!seen.has(lesson.id)) {
      seen.add(lesson.id);
      return lesson;
    }
    const id = makeId(lesson.title, taken);
    taken.add(id);
    seen.add(id);
    return { ...lesson, id };
  });
}

/** Why a lesson title cannot be used, or null when it can: it needs something besides spaces. */
export function lessonTitleProblem(title: string): string | null {
  if (!title.trim()) return 'A lesson needs a title: type at least one letter or digit.';
  if (title.length > 200) return 'A lesson title may be at most 200 characters long.';
  return null;
}
