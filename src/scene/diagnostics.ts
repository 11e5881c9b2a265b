import type { WebGLRenderer } from 'three';
import type { BodyPaint } from '../domain/body-paint';
import { selectBodyPaint } from '../state/body-paint';
import { useAppStore } from '../state/store';

/**
 * Read-only numbers for the benchmark and the e2e tests (frames drawn, draw calls, triangles).
 * Exposed on `window.__omtAtlas`; it holds no app state and changes nothing.
 */
export interface Diagnostics {
  frames: number;
  firstFrameAt: number | null;
  /** When the first frame with the body in it finished drawing (ms since navigation start). */
  bodyFrameAt: number | null;
  lastFrameMs: number;
  /** Resolution scale while a technique plays (1 = full; lower on machines too slow for it). */
  resolutionScale: number;
  /** True while technique playback draws the lighter skin (slow machines only). */
  reducedSkin: boolean;
  renderer: WebGLRenderer | null;
  /** Asks for one frame (the benchmark uses it to measure the cost of drawing the scene). */
  invalidate: () => void;
  /** Frames asked for and not yet drawn (render on demand: 0 when the view is still). */
  pendingFrames: () => number;
  /**
   * A canvas pixel (CSS px) where a named content point is visible (`key-point-s1.left`,
   * `landmark-acromion.right`; a midline source's point has no side), or null. Set once the pain
   * maps have loaded.
   */
  surfacePoint: (name: string) => { x: number; y: number } | null;
  /** A canvas pixel (CSS px) where a skin region is visible, for clicking it like a user. */
  regionPoint: (id: string) => { x: number; y: number } | null;
  /** What the body shows now (regions tinted and their roles, links, structures). */
  paint: () => BodyPaint;
  /** The current camera position and target. */
  camera: () => { position: number[]; target: number[] } | null;
  info: () => { calls: number; triangles: number; geometries: number; textures: number };
  /** The live poll's heat map as drawn on the projector: answers counted, discs drawn. */
  heatMap: () => { answers: number; bins: number };
}

export const diagnostics: Diagnostics = {
  frames: 0,
  firstFrameAt: null,
  bodyFrameAt: null,
  lastFrameMs: 0,
  resolutionScale: 1,
  reducedSkin: false,
  renderer: null,
  invalidate: () => undefined,
  pendingFrames: () => 0,
  surfacePoint: () => null,
  regionPoint: () => null,
  paint: () => selectBodyPaint(useAppStore.getState()),
  camera: () => null,
  heatMap: () => ({ answers: 0, bins: 0 }),
  info() {
    const r = this.renderer?.info;
    return {
      calls: r?.render.calls ?? 0,
      triangles: r?.render.triangles ?? 0,
      geometries: r?.memory.geometries ?? 0,
      textures: r?.memory.textures ?? 0,
    };
  },
};

declare global {
  interface Window {
    __omtAtlas?: Diagnostics;
  }
}
if (typeof window !== 'undefined') window.__omtAtlas = diagnostics;
