/**
 * Lecturer decks: a topic filter or a list of question ids with a title, shared as a short link
 * (`#/study/deck/<base64url>`) or a file. A deck made from a lesson lists the questions about what
 * the lesson's steps show (their regions, chains, techniques and zones).
 */
import { z } from '../../zod';
import { fromBase64Url, toBase64Url, type Lesson } from '../lesson';
import { hashText } from './pick';
import { DECK_IDS, type DeckId, type Question } from './types';

export const DECK_LINK_PREFIX = '#/study/deck/';
export const DECK_FILE_FORMAT = 'omt-atlas-study-deck';
/** Links longer than this are offered as a file instead. */
export const MAX_DECK_LINK = 2000;

export const lecturerDeckSchema = z
  .object({
    /** Title. */
    t: z.string().trim().min(1).max(120),
    /** Topic filter: these decks. */
    d: z
      .array(z.enum(DECK_IDS as [DeckId, ...DeckId[]]))
      .max(DECK_IDS.length)
      .optional(),
    /** Or these questions. */
    q: z.array(z.string().min(1).max(200)).max(500).optional(),
  })
  .refine((d) => !!d.d?.length || !!d.q?.length, 'a deck needs topics or questions');
export type LecturerDeck = z.infer<typeof lecturerDeckSchema>;

export type DeckRead = { ok: true; deck: LecturerDeck } | { ok: false; reason: string };

export function encodeDeckLink(deck: LecturerDeck): string {
  return `${DECK_LINK_PREFIX}${toBase64Url(JSON.stringify(deck))}`;
}

function check(value: unknown): DeckRead {
  const r = lecturerDeckSchema.safeParse(value);
  if (r.success) return { ok: true, deck: r.data };
  const issue = r.error.issues[0];
  return {
    ok: false,
    reason: `${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'not a deck'}`,
  };
}

/** The deck in a `#/study/deck/...` hash, checked. */
export function decodeDeckLink(hash: string): DeckRead {
  const payload = hash.slice(DECK_LINK_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || hash.length > MAX_DECK_LINK * 2)
    return { ok: false, reason: 'the link is damaged' };
  try {
    return check(JSON.parse(fromBase64Url(payload)));
  } catch {
    return { ok: false, reason: 'the link is damaged' };
  }
}

export const deckFileText = (deck: LecturerDeck) =>
  `${JSON.stringify({ format: DECK_FILE_FORMAT, ...deck }, null, 1)}\n`;

/** A deck file's text, checked. */
export function readDeckFile(text: string): DeckRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('format' in parsed))
    return { ok: false, reason: 'it is not an OMT Atlas study deck' };
  const { format, ...rest } = parsed as Record<string, unknown>;
  if (format !== DECK_FILE_FORMAT)
    return { ok: false, reason: 'it is not an OMT Atlas study deck' };
  return check(rest);
}

/** A stable id for an assigned deck (the same link twice is one deck). */
export const deckId = (deck: LecturerDeck) => `deck-${hashText(JSON.stringify(deck)).toString(36)}`;

/** The question ids a deck gives, among the questions the content has now. */
export function deckQuestionIds(deck: LecturerDeck, questions: readonly Question[]): string[] {
  const topics = new Set(deck.d ?? []);
  const listed = new Set(deck.q ?? []);
  return questions.filter((q) => topics.has(q.deck) || listed.has(q.id)).map((q) => q.id);
}

/** Content ids a lesson's steps show: regions (base ids), chains, techniques, zones. */
export function lessonContentIds(lesson: Lesson, variantTechnique: (v: string) => string | null) {
  const ids = new Set<string>();
  for (const { route } of lesson.steps) {
    const page = route.page;
    if (page.kind === 'region') ids.add(page.region.split('.')[0]!);
    if (page.kind === 'chain') ids.add(page.chain);
    if (page.kind === 'technique') {
      ids.add(page.variant);
      const t = variantTechnique(page.variant);
      if (t) ids.add(t);
    }
    for (const key of route.view.zones ?? []) ids.add(key.split('.')[0]!);
  }
  return ids;
}

/** A deck of the questions about what a lesson shows. */
export function deckFromLesson(
  lesson: Lesson,
  questions: readonly Question[],
  variantTechnique: (v: string) => string | null,
): LecturerDeck | null {
  const ids = lessonContentIds(lesson, variantTechnique);
  const q = questions.filter((x) => x.about.some((a) => ids.has(a))).map((x) => x.id);
  return q.length ? { t: lesson.title.slice(0, 120), q } : null;
}
