import { decodeRoute, encodeRoute, type Page, type RestPoint, type Route } from '../url';
import { classViewSchema, type ClassView } from './protocol';

/**
 * The lecturer's screen as one serialisable value (ClassView) and back. The view part is the
 * deep link of what is shown (the same codec as links and lesson steps), so a follower applies
 * it exactly as a link is applied; the rest (technique clock, lesson caption, laser, blank)
 * rides beside it.
 */

/** What the lecturer's app holds, as plain data (the state layer gathers it). */
export interface LecturerScreen {
  route: Route;
  /** The technique's clock now (the running clock, not only the committed one). */
  time: number;
  playing: boolean;
  lesson: { title: string; step: number; steps: number; stepTitle: string } | null;
  laser: RestPoint | null;
  blanked: boolean;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export function classViewFromScreen(screen: LecturerScreen, now: number): ClassView {
  const technique =
    screen.route.page.kind === 'technique'
      ? { time: Math.min(3600, Math.max(0, round(screen.time, 3))), playing: screen.playing }
      : null;
  return {
    hash: encodeRoute(screen.route),
    technique,
    lesson: screen.lesson
      ? {
          title: screen.lesson.title.slice(0, 300),
          step: Math.min(1000, screen.lesson.step),
          steps: Math.min(1000, screen.lesson.steps),
          stepTitle: screen.lesson.stepTitle.slice(0, 300),
        }
      : null,
    laser: screen.laser ? (screen.laser.map((n) => round(n, 4)) as RestPoint) : null,
    blanked: screen.blanked,
    sentAt: now,
  };
}

/**
 * Whether two views show the same thing (the send time aside): the lecturer sends nothing new
 * when only the clock ticked. A running technique's time is left out too: followers run their
 * own clock, and only a play / pause / seek is news.
 */
export function sameClassView(a: ClassView | null, b: ClassView | null): boolean {
  if (a === null || b === null) return a === b;
  const key = (v: ClassView) =>
    JSON.stringify({
      ...v,
      sentAt: 0,
      technique: v.technique?.playing ? { playing: true, time: 0 } : v.technique,
    });
  return key(a) === key(b);
}

/** What a follower applies: the route (from the hash) and the rest, or why it cannot. */
export type ViewToApply =
  { ok: true; view: ClassView; route: Route } | { ok: false; reason: string };

/**
 * Reads a view from the room document (written by the server, but another app version may be
 * on the other end): anything that does not match the schema or whose hash is not a valid link
 * is refused as a whole, never applied half-filled.
 */
export function readClassView(data: unknown): ViewToApply {
  const parsed = classViewSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'the lecturer’s view could not be read' };
  const decoded = decodeRoute(parsed.data.hash);
  if (!decoded.ok)
    return { ok: false, reason: `the lecturer’s view is not valid (${decoded.reason})` };
  return { ok: true, view: parsed.data, route: decoded.route };
}

/** Followers run their own technique clock; they seek only when it has drifted this far. */
export const SEEK_TOLERANCE_S = 0.3;

/**
 * How a follower's technique clock catches up with the lecturer's: where to seek (or null) and
 * whether to play. A running lecturer clock has moved on since it was sent, by `elapsedMs`.
 */
export function techniqueCatchUp(
  local: { time: number; playing: boolean },
  remote: { time: number; playing: boolean },
  elapsedMs: number,
): { seek: number | null; playing: boolean } {
  const target = remote.playing
    ? remote.time + Math.max(0, Math.min(elapsedMs, 5000)) / 1000
    : remote.time;
  const seek = Math.abs(local.time - target) > SEEK_TOLERANCE_S ? round(target, 2) : null;
  return { seek, playing: remote.playing };
}

/** The page a view shows, compared without a technique's moment (that is the clock's job). */
export function samePageIgnoringTime(a: Page, b: Page): boolean {
  if (a.kind === 'technique' && b.kind === 'technique')
    return a.variant === b.variant && a.side === b.side;
  return JSON.stringify(a) === JSON.stringify(b);
}
