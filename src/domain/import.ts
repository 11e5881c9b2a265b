/**
 * Importing a content file (a lecturer's own chains, techniques, conditions or a whole exported
 * set). The importer is the boundary with untrusted input, so it never throws: every problem
 * comes back as `{ path, message }` a lecturer can act on ("chains[3].links[0].evidence: expected
 * one of ..."). Cheap guards (size, nesting depth, format marker) run before zod so that huge or
 * hostile files are refused before any expensive work. Text stays text: nothing here (or in the
 * app) interprets markup inside content strings.
 */
import type { z } from 'zod';
import {
  chainSchema,
  COLLECTION_LIMITS,
  conditionSchema,
  contentSetSchema,
  MAX_LIST_ITEMS,
  muscleSchema,
  referenceSchema,
  regionSchema,
  surfacePointSchema,
  techniqueSchema,
  zoneSchema,
  type ContentSet,
} from '../content/schema';
import { checkIntegrity, stableStringify, type ContentIssue } from './integrity';
import { describeValue, issueMessage } from './schema-messages';

export type { ContentIssue } from './integrity';

export const CONTENT_FORMAT = 'omt-atlas-content';
export const CONTENT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_DEPTH = 64;
/** Caps the work spent walking a non-text input (a graph of shared objects could be huge). */
const MAX_NODES = 2_000_000;
/** Beyond this many problems, more detail does not help the author; the rest are counted. */
export const MAX_REPORTED_ERRORS = 100;
const ROOT_PATH = '(file)';

export type ImportResult =
  { ok: true; content: ContentSet } | { ok: false; errors: ContentIssue[] };

export interface ImportOptions {
  /**
   * The bundled content. With it, the file is a lecturer's addition: it may leave out any
   * collection, may refer to bundled ids, may not redefine them, and the result is the merged set.
   */
  base?: ContentSet;
}

type Step<T> = { ok: true; value: T } | { ok: false; errors: ContentIssue[] };

const fail = (path: string, message: string): { ok: false; errors: ContentIssue[] } => ({
  ok: false,
  errors: [{ path, message }],
});

// ---------------------------------------------------------------------------------------------
// Paths

/** `['chains', 3, 'links', 0, 'evidence']` → `chains[3].links[0].evidence`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || ROOT_PATH;
}

/** One line per problem, for a notice or a console. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

const COLLECTION_KEYS = Object.keys(COLLECTION_LIMITS) as (keyof typeof COLLECTION_LIMITS)[];

function capErrors(errors: ContentIssue[]): ContentIssue[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: ROOT_PATH, message: `${rest} more problem${rest === 1 ? '' : 's'} not shown` },
  ];
}

// ---------------------------------------------------------------------------------------------
// Guards before parsing

function byteLength(text: string): number {
  // UTF-8 never needs fewer bytes than UTF-16 code units, so long text is refused without encoding.
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Deepest nesting of `[` / `{` in JSON text, ignoring brackets inside strings. Stops counting as
 * soon as the limit is passed, so a 10 000-deep file costs one linear scan and no recursion.
 */
export function jsonTextDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) depth--;
  }
  return deepest;
}

/**
 * Entries in the longest list (or object) of JSON text, counted by commas outside strings, in one
 * scan that stops past `limit`: a file of a million empty entries is refused before parsing it.
 */
export function jsonTextLongestList(text: string, limit = MAX_LIST_ITEMS): number {
  const commas: number[] = [];
  let longest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 /* [ */ || ch === 123 /* { */) commas.push(0);
    else if (ch === 93 /* ] */ || ch === 125 /* } */) commas.pop();
    else if (ch === 44 /* , */ && commas.length) {
      const entries = ++commas[commas.length - 1]! + 1;
      if (entries > longest) longest = entries;
      if (longest > limit) return longest;
    }
  }
  return longest;
}

/** Nesting depth of an in-memory value, walked with an explicit stack (no recursion). */
export function valueDepth(value: unknown, limit = MAX_DEPTH): number {
  const stack: [unknown, number][] = [[value, 0]];
  let deepest = 0;
  let visited = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    // A cycle keeps adding levels, so it ends here too.
    if (deepest > limit || ++visited > MAX_NODES) return Math.max(deepest, limit + 1);
    for (const child of Object.values(node)) stack.push([child, level]);
  }
  return deepest;
}

/**
 * The first list (or object) anywhere in the value with more entries than any list in the schema
 * may hold, as a problem; null when there is none. One cheap pass, so that a file of a million
 * empty entries is refused before validation would report on each of them.
 */
export function oversizedList(value: unknown): ContentIssue | null {
  const stack: [unknown, PropertyKey[]][] = [[value, []]];
  let visited = 0;
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (++visited > MAX_NODES) return { path: ROOT_PATH, message: 'content is too large' };
    // The size is read before any copy of the entries is made.
    const size = Array.isArray(node) ? node.length : Object.keys(node).length;
    if (size > MAX_LIST_ITEMS)
      return {
        path: formatPath(path),
        message: `${Array.isArray(node) ? 'a list' : 'an object'} with ${size} entries; at most ${MAX_LIST_ITEMS} are allowed`,
      };
    const entries: Iterable<[PropertyKey, unknown]> = Array.isArray(node)
      ? node.entries()
      : Object.entries(node);
    for (const [key, child] of entries)
      if (child !== null && typeof child === 'object') stack.push([child, [...path, key]]);
  }
  return null;
}

function parseText(text: string): Step<unknown> {
  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES)
    return fail(ROOT_PATH, `file is too large (${megabytes(bytes)} MB; the limit is 5 MB)`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors may add a BOM
  if (!body.trim()) return fail(ROOT_PATH, 'file is empty');
  if (jsonTextDepth(body) > MAX_DEPTH)
    return fail(ROOT_PATH, `file is nested deeper than ${MAX_DEPTH} levels`);
  if (jsonTextLongestList(body) > MAX_LIST_ITEMS)
    return fail(
      ROOT_PATH,
      `file has a list with more than ${MAX_LIST_ITEMS} entries; no list may hold more`,
    );
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(ROOT_PATH, `not valid JSON: ${withLineAndColumn(reason, body)}`);
  }
}

/** Engines differ: some say only "at position 45"; an editor user needs the line and column. */
function withLineAndColumn(reason: string, text: string): string {
  const position = /position (\d+)/.exec(reason)?.[1];
  if (position === undefined || /line \d+/.test(reason)) return reason;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${reason} (line ${line}, column ${column})`;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The envelope is checked by hand first: "this is not our kind of file" beats 6 schema errors. */
function checkEnvelope(value: unknown): Step<Record<string, unknown>> {
  if (!isPlainObject(value))
    return fail(ROOT_PATH, `expected an object with "format": "${CONTENT_FORMAT}"`);
  if (value.format !== CONTENT_FORMAT)
    return fail(
      'format',
      `not an OMT Atlas content file: "format" must be "${CONTENT_FORMAT}", got ${describeValue(value.format)}`,
    );
  if (value.version !== CONTENT_VERSION)
    return fail(
      'version',
      `unsupported version ${describeValue(value.version)}; this app reads version ${CONTENT_VERSION}`,
    );
  return { ok: true, value };
}

/** Additions may leave out collections they do not add to. */
function withEmptyCollections(value: Record<string, unknown>): Record<string, unknown> {
  const filled = { ...value };
  for (const key of ['regions', 'muscles', 'chains', 'techniques', 'conditions', 'references'])
    if (filled[key] === undefined) filled[key] = [];
  return filled;
}

// ---------------------------------------------------------------------------------------------
// Schema errors in plain words

function schemaErrors(
  error: z.ZodError,
  root: unknown,
  prefix: readonly PropertyKey[],
): ContentIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issueMessage(issue, root),
  }));
}

/** The schema of one item of each collection. */
const ITEM_SCHEMAS = {
  regions: regionSchema,
  muscles: muscleSchema,
  chains: chainSchema,
  techniques: techniqueSchema,
  conditions: conditionSchema,
  references: referenceSchema,
  zones: zoneSchema,
  points: surfacePointSchema,
} as const satisfies Record<(typeof COLLECTION_KEYS)[number], z.ZodType>;

/**
 * The schema, one collection item at a time, stopping once more problems than can be shown are
 * found: a file of thousands of broken entries costs as much as the first hundred of them.
 */
function parseContentSet(candidate: Record<string, unknown>): Step<ContentSet> {
  const errors: ContentIssue[] = [];
  const full = () => errors.length > MAX_REPORTED_ERRORS;
  for (const key of COLLECTION_KEYS) {
    const list = candidate[key];
    const listSchema = contentSetSchema.shape[key];
    if (!Array.isArray(list)) {
      const r = listSchema.safeParse(list);
      if (!r.success) errors.push(...schemaErrors(r.error, list, [key]));
      continue;
    }
    if (list.length > COLLECTION_LIMITS[key]) {
      errors.push({ path: key, message: `needs at most ${COLLECTION_LIMITS[key]} items` });
      continue;
    }
    for (let i = 0; i < list.length && !full(); i++) {
      const r = ITEM_SCHEMAS[key].safeParse(list[i]);
      if (!r.success) errors.push(...schemaErrors(r.error, list[i], [key, i]));
    }
    if (full()) break;
  }
  if (full())
    return {
      ok: false,
      errors: [
        ...errors.slice(0, MAX_REPORTED_ERRORS),
        { path: ROOT_PATH, message: 'more problems not shown; checking stopped here' },
      ],
    };
  if (errors.length) return { ok: false, errors };
  // Every item passed, so the whole set does too; this fills in defaults and strips extras.
  return { ok: true, value: contentSetSchema.parse(candidate) };
}

// ---------------------------------------------------------------------------------------------
// Merge

const ADDABLE = ['chains', 'techniques', 'conditions', 'references', 'zones', 'points'] as const;
const BODY_BOUND = ['regions', 'muscles'] as const;

/**
 * Adds a lecturer's file to the bundled content. Chains, techniques, conditions and references
 * are added; an item identical to a bundled one is skipped (re-importing an export is harmless);
 * an id that the bundled content already uses for something else is an error, never an overwrite.
 * Regions and muscles come with the body model, so a file may repeat them but not add or change them.
 */
export function mergeContent(base: ContentSet, imported: ContentSet): ImportResult {
  try {
    const errors = checkIntegrity(imported, { base });
    for (const collection of BODY_BOUND) {
      const known = new Set(base[collection].map((item) => item.id));
      imported[collection].forEach((item, i) => {
        if (!known.has(item.id))
          errors.push({
            path: `${collection}[${i}].id`,
            message: `cannot add ${collection === 'regions' ? 'region' : 'muscle'} "${item.id}": regions and muscles come with the body model`,
          });
      });
    }
    if (errors.length) return { ok: false, errors: capErrors(errors) };
    const content: ContentSet = { ...base };
    for (const collection of ADDABLE) {
      const present = new Map(base[collection].map((item) => [item.id, stableStringify(item)]));
      const added = imported[collection].filter((item) => {
        const json = stableStringify(item);
        if (present.get(item.id) === json) return false;
        present.set(item.id, json);
        return true;
      });
      // Each branch keeps its own element type; the cast only joins the cases.
      (content as Record<string, unknown>)[collection] = [...base[collection], ...added];
    }
    return { ok: true, content };
  } catch (error) {
    return fail(ROOT_PATH, `could not merge the file: ${String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Import

function importUnchecked(input: unknown, options: ImportOptions): ImportResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseText(input);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  } else if (valueDepth(input) > MAX_DEPTH) {
    return fail(ROOT_PATH, `content is nested deeper than ${MAX_DEPTH} levels`);
  }
  const envelope = checkEnvelope(value);
  if (!envelope.ok) return envelope;
  const oversized = oversizedList(envelope.value);
  if (oversized) return { ok: false, errors: [oversized] };
  const candidate = options.base ? withEmptyCollections(envelope.value) : envelope.value;
  const result = parseContentSet(candidate);
  if (!result.ok) return result;
  if (options.base) return mergeContent(options.base, result.value);
  const problems = checkIntegrity(result.value);
  if (problems.length) return { ok: false, errors: capErrors(problems) };
  return { ok: true, content: result.value };
}

/**
 * Validates a content file given as JSON text or as an already-parsed value. Never throws.
 * Without `base` the file must be a complete, self-consistent content set (an export); with
 * `base` it is an addition merged into it (see `mergeContent`).
 */
export function importContent(input: unknown, options: ImportOptions = {}): ImportResult {
  try {
    return importUnchecked(input, options);
  } catch (error) {
    // Only hostile values reach here (a getter that throws, a revoked proxy): still an answer.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(ROOT_PATH, `could not read the content: ${reason}`);
  }
}
