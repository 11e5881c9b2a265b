import type { LayerId } from '../domain/url';
import type { AppState } from './store';

export const selectPage = (s: AppState) => s.page;
export const selectSelectedRegion = (s: AppState) =>
  s.page.kind === 'region' ? s.page.region : null;
export const selectLayers = (s: AppState) => s.layers;
export const selectVisibleLayers = (s: AppState): LayerId[] =>
  (Object.keys(s.layers) as LayerId[]).filter((l) => s.layers[l]);
export const selectXray = (s: AppState) => s.xray;
export const selectNotices = (s: AppState) => s.notices;
export const selectModelStatus = (s: AppState) => s.modelStatus;
export const selectGraphics = (s: AppState) => s.graphics;
