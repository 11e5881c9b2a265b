import { WebGLRenderer } from 'three';

/** The context could not be created: the viewport shows its "3D view unavailable" message. */
export class NoWebGL2Error extends Error {
  constructor() {
    super('This browser could not create a WebGL 2 context.');
  }
}

/** A cheap first check: browsers without WebGL 2 lack the interface altogether. */
export const mayHaveWebGL2 = (): boolean => typeof WebGL2RenderingContext !== 'undefined';

/**
 * The renderer for the viewport's canvas. The WebGL 2 context is created once, on that canvas:
 * probing support on a spare canvas first cost a whole second context (up to a second with
 * software rendering) before the first frame.
 */
export function createViewportRenderer(defaults: { canvas: unknown }): WebGLRenderer {
  // R3F types its canvas with its own OffscreenCanvas declaration; ours is always an element.
  const canvas = defaults.canvas as HTMLCanvasElement;
  const attributes = {
    alpha: true,
    antialias: true,
    depth: true,
    stencil: false,
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
    powerPreference: 'high-performance',
    failIfMajorPerformanceCaveat: false,
  } as const;
  let context: WebGL2RenderingContext | null;
  try {
    context = canvas.getContext('webgl2', attributes) as WebGL2RenderingContext | null;
  } catch {
    context = null;
  }
  if (!context) throw new NoWebGL2Error();
  return new WebGLRenderer({ ...attributes, canvas, context });
}
