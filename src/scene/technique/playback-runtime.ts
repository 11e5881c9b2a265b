import type { Side } from '../../content/ids';
import { JOINTS } from '../../body/rig';
import { techniquePlayback, type TechniquePlayback } from '../../domain/technique-playback';
import { createFrame, evaluateInto, type TimelineFrame } from '../../domain/timeline';
import type { ContentIndex } from '../../domain/content-index';

/** The rig the timelines are compiled for: the same joint data the body generator used. */
export const RIG = { joints: JOINTS };

type Listener = (frame: TimelineFrame) => void;

/**
 * Per-frame playback state, outside React: the frame loop advances `time`, evaluates the timeline
 * into one reused frame object and tells listeners (the player's slider and caption) without any
 * React state update per frame.
 */
export const playbackRuntime = {
  current: null as TechniquePlayback | null,
  frame: null as TimelineFrame | null,
  time: 0,
  /** An array, not a Set: iterating it in the frame loop creates no iterator object. */
  listeners: [] as Listener[],
  /** Whether the camera frames each phase (the player's "Frame each step" switch). */
  followCamera: true,
  /** The player panel, so the scene knows how much of the canvas it covers. */
  playerElement: null as HTMLElement | null,
};

export function addPlaybackListener(l: Listener): () => void {
  playbackRuntime.listeners.push(l);
  return () => {
    const i = playbackRuntime.listeners.indexOf(l);
    if (i >= 0) playbackRuntime.listeners.splice(i, 1);
  };
}

export function loadPlayback(
  content: ContentIndex,
  variantId: string,
  side: Side,
): TechniquePlayback | null {
  const p = playbackRuntime.current;
  if (p && p.variantId === variantId && p.timeline.side === (p.timeline.script.fixedSide ?? side))
    return p;
  const next = techniquePlayback(content, variantId, side, RIG);
  playbackRuntime.current = next;
  playbackRuntime.frame = next ? createFrame(next.timeline) : null;
  return next;
}

export function evaluateAt(time: number): TimelineFrame | null {
  const { current, frame } = playbackRuntime;
  if (!current || !frame) return null;
  playbackRuntime.time = Math.max(0, Math.min(time, current.timeline.duration));
  evaluateInto(frame, current.timeline, playbackRuntime.time);
  const ls = playbackRuntime.listeners;
  for (let i = 0; i < ls.length; i++) ls[i]!(frame);
  return frame;
}

/** The player's top edge in canvas pixels (the part of the canvas it covers is below it). */
export function playerTop(height: number): number {
  const el = playbackRuntime.playerElement;
  return el && el.offsetHeight > 0 ? el.offsetTop : height;
}
