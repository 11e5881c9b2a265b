/**
 * A student's progress: one card per question reviewed, the settings, and the decks lecturers
 * assigned. Versioned and checked with zod wherever it comes in (storage, another tab, a file).
 */
import { z } from '../../zod';
import type { StoredCard } from './schedule';

export const PROGRESS_FORMAT = 'omt-atlas-study';
export const PROGRESS_VERSION = 1;
export const DEFAULT_NEW_PER_DAY = 10;
export const MAX_NEW_PER_DAY = 200;

const time = z.number().int().nonnegative();

export const storedCardSchema = z.object({
  due: time,
  stability: z.number().finite().nonnegative(),
  difficulty: z.number().finite(),
  scheduledDays: z.number().finite().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: time,
  firstReview: time,
}) satisfies z.ZodType<StoredCard>;

const questionId = z.string().min(1).max(200);

export const assignedDeckSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(200),
  questions: z.array(questionId).max(2000),
  addedAt: time,
});
export type AssignedDeck = z.infer<typeof assignedDeckSchema>;

export const progressSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  settings: z.object({
    newPerDay: z.number().int().min(0).max(MAX_NEW_PER_DAY),
    updatedAt: time,
  }),
  cards: z.record(questionId, storedCardSchema),
  assigned: z.array(assignedDeckSchema).max(100),
});
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({
  format: PROGRESS_FORMAT,
  version: PROGRESS_VERSION,
  settings: { newPerDay: DEFAULT_NEW_PER_DAY, updatedAt: 0 },
  cards: {},
  assigned: [],
});

/**
 * Two copies of the progress made one (two tabs, or an imported file): per card the later review
 * wins, the later settings win, and assigned decks are kept from both.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const cards: Record<string, StoredCard> = { ...a.cards };
  for (const [id, card] of Object.entries(b.cards)) {
    const mine = cards[id];
    if (!mine || card.lastReview > mine.lastReview) cards[id] = card;
  }
  const assigned = [...a.assigned];
  for (const deck of b.assigned) if (!assigned.some((d) => d.id === deck.id)) assigned.push(deck);
  return {
    ...a,
    settings: b.settings.updatedAt > a.settings.updatedAt ? b.settings : a.settings,
    cards,
    assigned,
  };
}

export type ProgressRead =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'newer' };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads progress text (stored or from a file). Never throws. */
export function readProgress(raw: string): ProgressRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'the data is damaged (not JSON)' };
  }
  if (!isObject(parsed) || parsed['format'] !== PROGRESS_FORMAT)
    return { kind: 'unreadable', reason: 'it is not OMT Atlas study progress' };
  const version = parsed['version'];
  if (typeof version === 'number' && version > PROGRESS_VERSION) return { kind: 'newer' };
  const checked = progressSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { kind: 'unreadable', reason: `${where}${issue?.message ?? 'unknown problem'}` };
  }
  return { kind: 'progress', progress: checked.data };
}

export const progressText = (p: Progress) => `${JSON.stringify(p, null, 1)}\n`;
