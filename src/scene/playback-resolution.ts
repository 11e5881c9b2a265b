/**
 * Quality scaling while a technique plays, for machines that cannot draw the moving patient fast
 * enough (software rendering, a weak laptop GPU driving a 4K projector). Smooth motion teaches the
 * timing of a technique better than sharp but juddering frames; full quality comes back as soon as
 * playback pauses. On a capable GPU frames stay under the target and nothing changes.
 *
 * First step: a lighter skin (skin-lod.ts; vertex work dominates in software rendering). Then, if
 * frames are still slow, fewer pixels.
 */

/** A frame slower than this (20 frames per second) asks for fewer pixels. */
export const TARGET_FRAME_MS = 50;
/** Never below half the resolution in each direction (a quarter of the pixels). */
export const MIN_SCALE = 0.5;
/** Frames averaged before deciding; changing the canvas size has a cost of its own. */
export const SAMPLE_FRAMES = 6;

/**
 * The next resolution scale (1 = full) from the mean frame time at the current one. The cost of
 * a frame grows with the pixel count, the square of the scale; the margins keep it from
 * oscillating, and steps of 0.05 avoid resizing the canvas for nothing.
 */
export function nextScale(scale: number, meanFrameMs: number): number {
  const slow = meanFrameMs > TARGET_FRAME_MS * 1.15;
  const fast = meanFrameMs < TARGET_FRAME_MS * 0.6;
  if (!slow && !fast) return scale;
  if (fast && scale >= 1) return 1;
  const wanted = scale * Math.sqrt(TARGET_FRAME_MS / Math.max(1, meanFrameMs));
  const stepped = Math.round(wanted * 20) / 20;
  return Math.min(1, Math.max(MIN_SCALE, stepped));
}

export interface PlaybackQuality {
  /** The reduced skin is drawn. */
  lod: boolean;
  /** Canvas resolution scale, 1 = full. */
  scale: number;
}

export const FULL_QUALITY: PlaybackQuality = { lod: false, scale: 1 };

/**
 * The next quality from the mean frame time at the current one: slow frames first switch to the
 * lighter skin, then lower the resolution; fast frames win resolution back. The lighter skin stays
 * until playback stops (switching it off would only make the next frames slow again).
 */
export function nextQuality(quality: PlaybackQuality, meanFrameMs: number): PlaybackQuality {
  if (!quality.lod && meanFrameMs > TARGET_FRAME_MS * 1.15) return { ...quality, lod: true };
  const scale = nextScale(quality.scale, meanFrameMs);
  return scale === quality.scale ? quality : { ...quality, scale };
}
