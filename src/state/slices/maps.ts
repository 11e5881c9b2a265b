import type { StateCreator } from 'zustand';
import {
  MAX_PAINT_DABS,
  MAX_SHOWN_ZONES,
  OVERLAY_IDS,
  type OverlayId,
  type PaintParam,
  type RestPoint,
  type ViewParams,
} from '../../domain/url';
import type { AppState } from '../store';

/** The default brush: about two finger-widths. */
export const BRUSH_RADIUS = 0.03;

/**
 * The pain maps in the view: overlays, zones shown on their own, the point of skin touched and
 * an area painted with the brush. All of it is in the link (and so in lesson steps) except the
 * brush mode and the zone previewed while the pointer rests on a row of the differential.
 */
export interface MapsSlice {
  overlays: OverlayId[];
  shownZones: string[];
  touched: RestPoint | null;
  paint: PaintParam | null;
  brush: boolean;
  previewZone: string | null;
  setOverlay: (id: OverlayId, on: boolean) => void;
  toggleZone: (key: string) => void;
  setPreviewZone: (key: string | null) => void;
  /** The skin was touched at `at` (rest position) on `region`: its differential is listed. */
  touchSkin: (region: string, at: RestPoint) => void;
  setBrush: (on: boolean) => void;
  /** Adds a brush dab; one too close to the last adds nothing (a stroke stays a short list). */
  addDab: (at: RestPoint) => void;
  clearPaint: () => void;
  /** The maps part of a link or lesson step. */
  setMapsView: (view: ViewParams) => void;
}

const dist = (a: RestPoint, b: RestPoint) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

export const createMapsSlice: StateCreator<AppState, [], [], MapsSlice> = (set, get) => ({
  overlays: [],
  shownZones: [],
  touched: null,
  paint: null,
  brush: false,
  previewZone: null,
  setOverlay: (id, on) =>
    set((s) => ({
      overlays: OVERLAY_IDS.filter((o) => (o === id ? on : s.overlays.includes(o))),
    })),
  toggleZone: (key) =>
    set((s) => ({
      shownZones: s.shownZones.includes(key)
        ? s.shownZones.filter((k) => k !== key)
        : [...s.shownZones, key].slice(-MAX_SHOWN_ZONES),
    })),
  setPreviewZone: (previewZone) => {
    if (get().previewZone !== previewZone) set({ previewZone });
  },
  touchSkin: (region, at) => set({ page: { kind: 'region', region }, touched: at }),
  setBrush: (brush) => set({ brush }),
  addDab: (at) =>
    set((s) => {
      const paint = s.paint ?? { radius: BRUSH_RADIUS, dabs: [] };
      if (paint.dabs.some((d) => dist(d, at) < paint.radius / 2)) return {};
      if (paint.dabs.length >= MAX_PAINT_DABS) return {};
      return { paint: { ...paint, dabs: [...paint.dabs, at] } };
    }),
  clearPaint: () => set({ paint: null }),
  setMapsView: (view) =>
    set({
      overlays: view.overlays ?? [],
      shownZones: view.zones ?? [],
      touched: view.at ?? null,
      paint: view.paint ?? null,
    }),
});
