/**
 * The timeline of the technique on screen, compiled once per (variant, side) from its script and
 * the body's rig. Pure: the scene evaluates it per frame, the player UI reads phase marks from it.
 */
import type { Side } from '../content/ids';
import type { ContentIndex } from './content-index';
import type { KinematicRig } from './kinematics';
import { compileTimeline, expandPhases, type PhaseInstance, type Timeline } from './timeline';

export interface TechniquePlayback {
  variantId: string;
  timeline: Timeline;
  phases: readonly PhaseInstance[];
}

export function techniquePlayback(
  content: ContentIndex,
  variantId: string,
  side: Side,
  rig: KinematicRig,
): TechniquePlayback | null {
  const script = content.variants.get(variantId)?.variant.animation;
  if (!script) return null;
  return { variantId, timeline: compileTimeline(script, side, rig), phases: expandPhases(script) };
}

/** "0:45" — real-time clocks for compressed holds. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
