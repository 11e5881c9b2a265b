/**
 * Reads a student's written diagnosis in the notations students use:
 *   `L3 F RS_R`, `L3 FRSr`, `L3 FRS right`, `L3 F SR RR`, `L3 flexed rotated right sidebent right`,
 *   `T3-T7 N SL RR`, `T3–7 NSLRR`, `T3 to T7 N RR SL`,
 *   `L on L`, `left on left forward torsion`, `R/L`, `RoL backward`.
 * The result keeps what the student wrote (even if it breaks a rule of Fryette), so the scorer can
 * say what is wrong; only text that names no dysfunction is refused, with the reason.
 */
import { isSegment, segmentRange, type Segment, type Side, type SpinalPosition } from './diagnosis';

export interface SpinalAnswer {
  kind: 'spinal';
  top: Segment;
  bottom: Segment;
  position: SpinalPosition;
  rotation: Side;
  sideBending: Side;
}

export interface SacralAnswer {
  kind: 'sacral';
  rotation: Side;
  axis: Side;
  /** "forward" / "backward" when the student wrote it. */
  claimed?: 'forward' | 'backward';
}

export type Answer = SpinalAnswer | SacralAnswer;
export type ParseResult = { ok: true; answer: Answer } | { ok: false; error: string };

const MAX_LENGTH = 80;

const SIDE_WORDS: Record<string, 'L' | 'R'> = { LEFT: 'L', RIGHT: 'R', LT: 'L', RT: 'R' };
const MOTION_WORDS: Record<string, string> = {
  FLEXED: 'F',
  FLEXION: 'F',
  EXTENDED: 'E',
  EXTENSION: 'E',
  NEUTRAL: 'N',
  ROTATED: 'R',
  ROTATION: 'R',
  SIDEBENT: 'S',
  SIDEBENDING: 'S',
  SIDEBEND: 'S',
  SB: 'S',
};
const side = (c: string): Side => (c === 'L' ? 'left' : 'right');

/** `T3`, `T3-T7`, `T3-7`, `T3 to T7` at the start of the text. */
const SEGMENTS = /^([CTL])(\d{1,2})(?:\s*(?:-|TO)\s*([CTL])?(\d{1,2}))?(?![0-9])/;

function parseSegments(
  text: string,
): { top: Segment; bottom: Segment; rest: string } | { error: string } {
  const m = SEGMENTS.exec(text);
  if (!m) return { error: 'Start with the segment, e.g. "L3", or the group, e.g. "T3–T7".' };
  const top = `${m[1]}${Number(m[2])}`;
  const bottom = m[4] === undefined ? top : `${m[3] ?? m[1]}${Number(m[4])}`;
  for (const s of [top, bottom])
    if (!isSegment(s)) return { error: `${s} is not a segment the trainer tests (T1 to L5).` };
  const t = top as Segment;
  const b = bottom as Segment;
  if (!segmentRange(t, b).length)
    return { error: `Name a group from top to bottom, e.g. "${bottom}–${top}".` };
  return { top: t, bottom: b, rest: text.slice(m[0].length) };
}

/** The letters after the segment: one position (F, E, N) and the rotation and side-bending sides. */
function parseMotion(rest: string): Omit<SpinalAnswer, 'kind' | 'top' | 'bottom'> | string {
  const words = rest
    .replace(/[_,.;:()/]/g, ' ')
    .replace(/-/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => SIDE_WORDS[w] ?? MOTION_WORDS[w] ?? w);
  const compact = words.join('').replace(/SB/g, 'S');
  if (!/^[FENRSL]+$/.test(compact))
    return 'Use F, E or N for the position and R / S with L or R for the sides, e.g. "F RS_R".';
  const positions = compact.replace(/[RSL]/g, '');
  if (positions.length !== 1) return 'Give one position: F (flexed), E (extended) or N (neutral).';
  const position = positions as SpinalPosition;
  const sides = compact.replace(/[FEN]/g, '');
  const both = /^(?:RS|SR)([LR])$/.exec(sides);
  if (both) return { position, rotation: side(both[1]!), sideBending: side(both[1]!) };
  const apart = /^([RS])([LR])([RS])([LR])$/.exec(sides);
  if (apart && apart[1] !== apart[3]) {
    const rot = apart[1] === 'R' ? apart[2]! : apart[4]!;
    const sb = apart[1] === 'S' ? apart[2]! : apart[4]!;
    return { position, rotation: side(rot), sideBending: side(sb) };
  }
  return 'Name the rotation and the side-bending with their sides, e.g. "RS_R" or "SL RR".';
}

const TORSION = /^(LEFT|RIGHT|L|R)\s*(?:ON|O|\/)\s*(LEFT|RIGHT|L|R)$/;

function parseSacral(text: string): ParseResult | null {
  // Set from inside the replacers below, so it is typed without narrowing.
  let claimed = undefined as SacralAnswer['claimed'];
  const core = text
    .replace(/\b(FORWARD|ANTERIOR)\b/g, () => ((claimed ??= 'forward'), ' '))
    .replace(/\b(BACKWARD|POSTERIOR)\b/g, () => ((claimed ??= 'backward'), ' '))
    .replace(/\b(SACRAL|SACRUM|TORSION)\b/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = TORSION.exec(core);
  if (!m) return null;
  const answer: SacralAnswer = {
    kind: 'sacral',
    rotation: side(m[1]![0]!),
    axis: side(m[2]![0]!),
  };
  return { ok: true, answer: claimed ? { ...answer, claimed } : answer };
}

export function parseAnswer(raw: string): ParseResult {
  if (raw.length > MAX_LENGTH) return { ok: false, error: 'That answer is too long.' };
  const text = raw.toUpperCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, error: 'Write a diagnosis, e.g. "L3 F RS_R".' };
  const sacral = parseSacral(text);
  if (sacral) return sacral;
  const segments = parseSegments(text);
  if ('error' in segments) return { ok: false, error: segments.error };
  const motion = parseMotion(segments.rest);
  if (typeof motion === 'string') return { ok: false, error: motion };
  return {
    ok: true,
    answer: { kind: 'spinal', top: segments.top, bottom: segments.bottom, ...motion },
  };
}
