/**
 * Lessons: a lecturer's ordered list of steps, each a full app state (a `Route` of the URL codec:
 * page with chain link or technique time, camera, layers, x-ray) with a title and notes.
 *
 * Pure functions only. The lesson file is untrusted input, so validation never throws and every
 * problem comes back as `{ path, message }`. Text stays text: titles and notes are plain strings,
 * rendered by React as text nodes, never parsed as markup.
 */
import { z } from '../zod';
import { describeValue, issueMessage } from './schema-messages';
import type { ContentIndex } from './content-index';
import { pageProblem } from './lesson-steps';
import { formatPath, jsonTextDepth, valueDepth, type ContentIssue } from './import';
import {
  decodeRoute,
  encodeLessonLink,
  encodeRoute,
  LAYER_IDS,
  MAX_LESSON_LINK,
  MAX_PAINT_DABS,
  MAX_SHOWN_ZONES,
  OVERLAY_IDS,
  TRAINER_SEED,
  type OverlayId,
  type Route,
} from './url';

export const LESSON_FORMAT = 'omt-atlas-lesson';
export const LESSON_VERSION = 1;
export const MAX_LESSON_BYTES = 1024 * 1024;
export const MAX_LESSON_DEPTH = 12;
export const MAX_STEPS = 200;
const MAX_ERRORS = 50;
const ROOT = '(file)';

export type LessonIssue = ContentIssue;

// ---------------------------------------------------------------------------------------------
// Schema

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = z.string().min(1).max(80).regex(ID, 'must be lowercase words joined by "-"');
const sideSchema = z.enum(['left', 'right']);
const vec3 = z.tuple([
  z.number().min(-100).max(100),
  z.number().min(-100).max(100),
  z.number().min(-100).max(100),
]);

/** A point of skin at rest (metres; the body stands in a 2 m box). */
const restPoint = z.tuple([
  z.number().min(-3).max(3),
  z.number().min(-3).max(3),
  z.number().min(-3).max(3),
]);
/** A zone instance: the zone id, with the side of a paired source. */
const ZONE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.(?:left|right))?$/;

export const pageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('home') }),
  z.object({ kind: z.literal('region'), region: z.string().min(1).max(80) }),
  z.object({
    kind: z.literal('chain'),
    chain: idSchema,
    side: sideSchema,
    link: z.number().int().min(0).max(98),
  }),
  z.object({
    kind: z.literal('technique'),
    variant: idSchema,
    side: sideSchema,
    t: z.number().min(0).max(3600),
  }),
  z.object({ kind: z.literal('condition'), condition: idSchema }),
  z.object({ kind: z.literal('trainer'), seed: z.string().regex(TRAINER_SEED).nullable() }),
]);

export const routeSchema = z.object({
  page: pageSchema,
  view: z.object({
    camera: z.object({ position: vec3, target: vec3 }).optional(),
    layers: z.array(z.enum(LAYER_IDS as [string, ...string[]])).optional(),
    xray: z.number().min(0).max(1).optional(),
    overlays: z.array(z.enum(OVERLAY_IDS as [OverlayId, ...OverlayId[]])).optional(),
    zones: z.array(z.string().regex(ZONE_KEY)).max(MAX_SHOWN_ZONES).optional(),
    at: restPoint.optional(),
    paint: z
      .object({
        radius: z.number().min(0.005).max(0.1),
        dabs: z.array(restPoint).min(1).max(MAX_PAINT_DABS),
      })
      .optional(),
  }),
});

export const lessonStepSchema = z.object({
  id: idSchema,
  title: z.string().max(200),
  notes: z.string().max(5000),
  route: routeSchema,
});

export const lessonSchema = z.object({
  id: idSchema,
  title: z
    .string()
    .max(200)
    .refine((t) => t.trim() !== '', 'must not be empty or only spaces'),
  description: z.string().max(2000),
  version: z.literal(LESSON_VERSION),
  steps: z.array(lessonStepSchema).max(MAX_STEPS),
});

export interface LessonStep {
  id: string;
  title: string;
  notes: string;
  route: Route;
}

export interface Lesson {
  id: string;
  title: string;
  description: string;
  version: typeof LESSON_VERSION;
  steps: LessonStep[];
}

/** The file a lecturer exports and imports: the lesson plus a format marker. */
export interface LessonFile extends Lesson {
  format: typeof LESSON_FORMAT;
}

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; errors: LessonIssue[] };

// ---------------------------------------------------------------------------------------------
// Ids against the content

// Checking a step's ids lives in lesson-steps.ts (the store needs it without zod).
export { pageProblem };

// ---------------------------------------------------------------------------------------------
// Validation

const fail = (path: string, message: string): LessonResult => ({
  ok: false,
  errors: [{ path, message }],
});

/** Zod issues in plain words; a step's page that matches no kind of page says so. */
function issueText(issue: z.core.$ZodIssue, root: unknown): string {
  return issue.code === 'invalid_union' ? 'not a known kind of page' : issueMessage(issue, root);
}

function parseText(
  text: string,
): { ok: true; value: unknown } | { ok: false; result: LessonResult } {
  // UTF-8 never needs fewer bytes than UTF-16 code units, so huge text is refused before encoding.
  const bytes =
    text.length > MAX_LESSON_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_LESSON_BYTES)
    return {
      ok: false,
      result: fail(
        ROOT,
        `file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; a lesson file may be at most 1 MB)`,
      ),
    };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, result: fail(ROOT, 'file is empty') };
  if (jsonTextDepth(body, MAX_LESSON_DEPTH) > MAX_LESSON_DEPTH)
    return {
      ok: false,
      result: fail(ROOT, `file is nested deeper than ${MAX_LESSON_DEPTH} levels`),
    };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, result: fail(ROOT, `not valid JSON: ${reason.slice(0, 200)}`) };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Schema and URL-codec checks, plus (with `index`) every id against the content. */
export function checkLesson(value: unknown, index: ContentIndex | null): LessonResult {
  const parsed = lessonSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => ({
        path: formatPath(issue.path),
        message: issueText(issue, value),
      })),
    };
  const lesson = parsed.data as Lesson;
  const errors: LessonIssue[] = [];
  const stepIds = new Set<string>();
  lesson.steps.forEach((step, i) => {
    if (stepIds.has(step.id))
      errors.push({ path: `steps[${i}].id`, message: `step id "${step.id}" is used twice` });
    stepIds.add(step.id);
    // Every step must be a link the app can open: the same codec as the address bar.
    const decoded = decodeRoute(encodeRoute(step.route));
    if (!decoded.ok) errors.push({ path: `steps[${i}].route`, message: decoded.reason });
    else if (index) {
      const problem = pageProblem(index, step.route.page);
      if (problem) errors.push({ path: `steps[${i}].route.page`, message: problem });
    }
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, lesson };
}

/**
 * Validates a lesson file (JSON text or a parsed value) against the schema and, with `index`,
 * the content's ids. Never throws. Size and depth are checked before any parsing.
 */
export function validateLessonFile(input: unknown, index: ContentIndex | null): LessonResult {
  try {
    let value = input;
    if (typeof input === 'string') {
      const parsed = parseText(input);
      if (!parsed.ok) return parsed.result;
      value = parsed.value;
    } else if (valueDepth(input, MAX_LESSON_DEPTH) > MAX_LESSON_DEPTH) {
      return fail(ROOT, `file is nested deeper than ${MAX_LESSON_DEPTH} levels`);
    }
    if (!isObject(value)) return fail(ROOT, `expected an object with "format": "${LESSON_FORMAT}"`);
    if (value['format'] !== LESSON_FORMAT)
      return fail(
        'format',
        `not an OMT Atlas lesson file: "format" must be "${LESSON_FORMAT}", got ${describeValue(value['format'])}`,
      );
    const rest: Record<string, unknown> = { ...value };
    delete rest['format'];
    return checkLesson(rest, index);
  } catch (error) {
    return fail(ROOT, `could not read the lesson: ${error instanceof Error ? error.message : ''}`);
  }
}

/** The text of an exported lesson file. */
export function lessonFileText(lesson: Lesson): string {
  const file: LessonFile = { format: LESSON_FORMAT, ...lesson };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A title as the stem of a file name, safe on every OS (`lesson` when nothing is left). */
export function fileStem(title: string): string {
  const safe = title
    .replace(/[^\p{L}\p{N} _.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return safe || 'lesson';
}

/** A file name from the title: `Headache from the neck.omt-lesson.json`, safe on every OS. */
export function lessonFileName(lesson: Pick<Lesson, 'title'>): string {
  return `${fileStem(lesson.title)}.omt-lesson.json`;
}

// ---------------------------------------------------------------------------------------------
// Ids and editing helpers

export { lessonTitleProblem, makeId, moveItem, withUniqueIds } from './lesson-steps';

// ---------------------------------------------------------------------------------------------
// Share link: `#/lesson/<base64url of compact JSON>`

type CompactStep = [id: string, title: string, notes: string, route: string];
interface CompactLesson {
  f: 'omt-lesson';
  v: typeof LESSON_VERSION;
  i: string;
  t: string;
  d: string;
  s: CompactStep[];
}

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(payload: string): string {
  const b64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export type ShareResult =
  { ok: true; hash: string } | { ok: false; reason: string; length: number };

/**
 * The lesson as a link. Steps travel as the app's own view links (short), the whole as base64url
 * JSON. A lesson whose link would pass the URL limit is not shared this way: export the file.
 */
export function encodeLessonLinkHash(lesson: Lesson): ShareResult {
  const compact: CompactLesson = {
    f: 'omt-lesson',
    v: LESSON_VERSION,
    i: lesson.id,
    t: lesson.title,
    d: lesson.description,
    s: lesson.steps.map((s) => [s.id, s.title, s.notes, encodeRoute(s.route)]),
  };
  const hash = encodeLessonLink(toBase64Url(JSON.stringify(compact)));
  if (hash.length > MAX_LESSON_LINK)
    return {
      ok: false,
      length: hash.length,
      reason: `This lesson is too large to share as a link (${hash.length} characters; the limit is ${MAX_LESSON_LINK}). Export it as a file instead.`,
    };
  return { ok: true, hash };
}

/** Reads the payload of a lesson link back into a validated lesson. Never throws. */
export function decodeLessonLinkPayload(payload: string, index: ContentIndex): LessonResult {
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(payload));
  } catch {
    return fail('(link)', 'the lesson link is damaged (it could not be decoded)');
  }
  if (!isObject(value) || value['f'] !== 'omt-lesson' || !Array.isArray(value['s']))
    return fail('(link)', 'the link does not hold an OMT Atlas lesson');
  const steps: unknown[] = [];
  for (const [i, raw] of (value['s'] as unknown[]).entries()) {
    if (!Array.isArray(raw) || raw.length !== 4 || typeof raw[3] !== 'string')
      return fail(`steps[${i}]`, 'the step in the link is not valid');
    const decoded = decodeRoute(raw[3]);
    if (!decoded.ok) return fail(`steps[${i}].route`, decoded.reason);
    steps.push({ id: raw[0], title: raw[1], notes: raw[2], route: decoded.route });
  }
  return checkLesson(
    { id: value['i'], title: value['t'], description: value['d'], version: value['v'], steps },
    index,
  );
}

/** A lesson step's caption: its title, or a description of its page. */
export function stepCount(lesson: Lesson): string {
  return `${lesson.steps.length} step${lesson.steps.length === 1 ? '' : 's'}`;
}
