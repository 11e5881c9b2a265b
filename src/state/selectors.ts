import type { LayerId } from '../domain/url';
import type { AppState } from './store';

export const selectPage = (s: AppState) => s.page;
export const selectSelectedRegion = (s: AppState) =>
  s.page.kind === 'region' ? s.page.region : null;
export const selectLayers = (s: AppState) => s.layers;
const TRAINER_LAYERS = { skin: false, muscles: false, skeleton: true, organs: false } as const;
/** The layers drawn: the trainer shows the bones alone, whatever the layer switches say. */
export const selectShownLayers = (s: AppState) =>
  s.page.kind === 'trainer' ? TRAINER_LAYERS : s.layers;
export const selectVisibleLayers = (s: AppState): LayerId[] =>
  (Object.keys(s.layers) as LayerId[]).filter((l) => s.layers[l]);
export const selectXray = (s: AppState) => s.xray;
export const selectNotices = (s: AppState) => s.notices;
export const selectModelStatus = (s: AppState) => s.modelStatus;
export const selectGraphics = (s: AppState) => s.graphics;
