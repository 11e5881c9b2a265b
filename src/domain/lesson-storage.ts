/**
 * Lessons in browser storage. Versioned; nothing is ever dropped silently:
 * - a damaged lesson is set aside (copied under `omt-atlas-lessons.corrupt.<time>`, offered for
 *   download or, from the previous save, for restoring) while the valid ones load;
 * - a lesson written by a newer version of the app is kept as it is and written back on every
 *   save, and a whole store in a newer format is left alone (this copy of the app is older);
 * - the previous save is kept under its own key and given up first when space runs out, so it
 *   never halves the room lessons have.
 * Pure apart from the `KeyValueStorage` passed in.
 */
import { checkLesson, LESSON_VERSION, withUniqueIds, type Lesson } from './lesson';

export const LESSONS_STORAGE_FORMAT = 'omt-atlas-lessons';
export const LESSONS_STORAGE_VERSION = 1;
export const LESSONS_STORAGE_KEY = 'omt-atlas-lessons';
/** The value `LESSONS_STORAGE_KEY` held before the latest save. */
export const LESSONS_PREVIOUS_KEY = 'omt-atlas-lessons.previous';
/** Where unreadable stored data is kept aside (with a time stamp), never dropped. */
export const LESSONS_CORRUPT_KEY_PREFIX = 'omt-atlas-lessons.corrupt.';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StoredLessons {
  format: typeof LESSONS_STORAGE_FORMAT;
  version: typeof LESSONS_STORAGE_VERSION;
  /** The lessons, then (unchanged) any written by a newer version of the app. */
  lessons: unknown[];
  savedAt: string;
}

/** A stored lesson this version could not read, taken out of the list but not thrown away. */
export interface SetAsideLesson {
  /** Its title, when that much is readable. */
  title: string | null;
  /** The stored lesson as JSON text, to download. */
  text: string;
  /** An intact copy of it (same id) from the previous save, to restore, when there is one. */
  earlier: Lesson | null;
}

/** What a stored value holds, sorted by what this version can do with each lesson. */
export type StoredRead =
  | { kind: 'lessons'; lessons: Lesson[]; newer: unknown[]; damaged: unknown[] }
  /** Not JSON, or not our format. */
  | { kind: 'unreadable'; reason: string }
  /** Written in a storage format newer than this version reads. */
  | { kind: 'newer' };

export interface LoadResult {
  lessons: Lesson[];
  /** Lessons from a newer version of the app, kept to be written back unchanged. */
  newer: unknown[];
  setAside: SetAsideLesson[];
  /** The store belongs to a newer version of the app: this one must not write over it. */
  readOnly: boolean;
  /** Set when something was wrong: what happened and where the data was kept. */
  notice: string | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A lesson that names a version above this app's: written by a newer app, not damaged. */
function isNewerLesson(item: unknown): boolean {
  return isObject(item) && typeof item['version'] === 'number' && item['version'] > LESSON_VERSION;
}

/** Sorts the text stored under the lessons key. Pure; repeated ids get new ones. */
export function readStoredLessons(raw: string): StoredRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'the data is damaged' };
  }
  if (!isObject(parsed) || parsed['format'] !== LESSONS_STORAGE_FORMAT)
    return { kind: 'unreadable', reason: 'it is not in a format OMT Atlas reads' };
  const version = parsed['version'];
  if (typeof version === 'number' && version > LESSONS_STORAGE_VERSION) return { kind: 'newer' };
  if (version !== LESSONS_STORAGE_VERSION || !Array.isArray(parsed['lessons']))
    return { kind: 'unreadable', reason: 'it is not in a format OMT Atlas reads' };
  const lessons: Lesson[] = [];
  const newer: unknown[] = [];
  const damaged: unknown[] = [];
  for (const item of parsed['lessons'] as unknown[]) {
    const checked = checkLesson(item, null);
    if (checked.ok) lessons.push(checked.lesson);
    else (isNewerLesson(item) ? newer : damaged).push(item);
  }
  return { kind: 'lessons', lessons: withUniqueIds(lessons), newer, damaged };
}

function titleOf(item: unknown): string | null {
  return isObject(item) && typeof item['title'] === 'string' && item['title'].trim()
    ? item['title'].trim().slice(0, 80)
    : null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function namesOf(items: readonly SetAsideLesson[]): string {
  const titles = items.map((i) => (i.title ? `"${i.title}"` : 'one without a readable title'));
  return titles.length > 3 ? `${titles.slice(0, 3).join(', ')} and others` : titles.join(', ');
}

/**
 * Reads the saved lessons. Unreadable data is copied aside before anything else happens, and the
 * notice says what was set aside and where; valid lessons always load.
 */
export function loadLessons(storage: KeyValueStorage, now: () => number = Date.now): LoadResult {
  const empty: LoadResult = { lessons: [], newer: [], setAside: [], readOnly: false, notice: null };
  let raw: string | null;
  let previousRaw: string | null;
  try {
    raw = storage.getItem(LESSONS_STORAGE_KEY);
    previousRaw = storage.getItem(LESSONS_PREVIOUS_KEY);
  } catch {
    return { ...empty, notice: 'Saved lessons could not be read: browser storage is blocked.' };
  }
  if (raw === null) return empty;
  const found = raw;
  const keepAside = (): string => {
    const key = `${LESSONS_CORRUPT_KEY_PREFIX}${now()}`;
    try {
      storage.setItem(key, found);
      return `A copy of the stored data is kept in browser storage under "${key}".`;
    } catch {
      return 'The stored data could not be copied aside (storage is full); it stays in place until the next save.';
    }
  };
  const read = readStoredLessons(raw);
  const previous = previousRaw === null ? null : readStoredLessons(previousRaw);
  const earlierLessons = previous?.kind === 'lessons' ? previous.lessons : [];
  if (read.kind === 'newer')
    return {
      ...empty,
      readOnly: true,
      notice:
        'Your saved lessons were written by a newer version of OMT Atlas. This copy is older, so it leaves them untouched and saves nothing: reload the page to update it.',
    };
  if (read.kind === 'unreadable') {
    const aside = keepAside();
    if (earlierLessons.length)
      return {
        ...empty,
        lessons: earlierLessons,
        notice: `Your latest saved lessons could not be read (${read.reason}); the previous saved version was restored. ${aside}`,
      };
    return { ...empty, notice: `Your saved lessons could not be read (${read.reason}). ${aside}` };
  }
  if (!read.damaged.length)
    return { ...empty, lessons: read.lessons, newer: read.newer, notice: newerNotice(read.newer) };
  const setAside = read.damaged.map((item): SetAsideLesson => {
    const id = isObject(item) ? item['id'] : undefined;
    const earlier = earlierLessons.find((l) => l.id === id) ?? null;
    return { title: titleOf(item), text: `${JSON.stringify(item, null, 2)}\n`, earlier };
  });
  const restorable = setAside.filter((s) => s.earlier).length;
  const notice = [
    `${plural(setAside.length, 'saved lesson was', 'saved lessons were')} damaged and set aside: ${namesOf(setAside)}.`,
    read.lessons.length ? `Your other lessons are fine.` : '',
    restorable
      ? `${plural(restorable, 'has an earlier copy', 'have earlier copies')} you can restore; or download the damaged data.`
      : 'You can download the damaged data.',
    keepAside(),
    newerNotice(read.newer) ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return { ...empty, lessons: read.lessons, newer: read.newer, setAside, notice };
}

function newerNotice(newer: readonly unknown[]): string | null {
  return newer.length
    ? `${plural(newer.length, 'saved lesson was', 'saved lessons were')} made with a newer version of OMT Atlas; ${newer.length === 1 ? 'it is' : 'they are'} kept unchanged, but ${newer.length === 1 ? 'opens' : 'open'} only after the page is reloaded.`
    : null;
}

/**
 * Saves the lessons (and, unchanged, those from a newer version), then keeps what was there
 * before under `LESSONS_PREVIOUS_KEY`. The previous copy is the first thing given up when the
 * browser runs out of room. Returns an error text when the browser refuses; nothing is thrown.
 */
export function saveLessons(
  storage: KeyValueStorage,
  lessons: readonly Lesson[],
  newer: readonly unknown[] = [],
  now: () => number = Date.now,
): string | null {
  const stored: StoredLessons = {
    format: LESSONS_STORAGE_FORMAT,
    version: LESSONS_STORAGE_VERSION,
    lessons: [...lessons, ...newer],
    savedAt: new Date(now()).toISOString(),
  };
  const text = JSON.stringify(stored);
  try {
    const old = storage.getItem(LESSONS_STORAGE_KEY);
    try {
      storage.setItem(LESSONS_STORAGE_KEY, text);
    } catch {
      // Out of room: the previous copy goes first, then the save is tried once more.
      storage.removeItem(LESSONS_PREVIOUS_KEY);
      storage.setItem(LESSONS_STORAGE_KEY, text);
    }
    if (old !== null) {
      try {
        storage.setItem(LESSONS_PREVIOUS_KEY, old);
      } catch {
        // No room for both: the lessons matter more than the copy of their last version.
        storage.removeItem(LESSONS_PREVIOUS_KEY);
      }
    }
    return null;
  } catch (error) {
    return `Lessons could not be saved in this browser (${error instanceof Error ? error.message : 'storage refused'}). Export them as files to keep them.`;
  }
}
