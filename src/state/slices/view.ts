import type { StateCreator } from 'zustand';
import { HOME_CAMERA, moveCamera, type CameraMove } from '../../domain/camera-moves';
import type { CameraParam, LayerId } from '../../domain/url';
import type { AppState } from '../store';

export type ModelStatus = 'loading' | 'ready' | 'missing' | 'failed';
export type GraphicsStatus = 'ok' | 'unavailable' | 'context-lost';

/** A button on a notice: it runs, then the notice goes. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** A notice that offers something stays until the user acts on it or dismisses it. */
  actions?: NoticeAction[];
}

export interface ViewSlice {
  layers: Record<LayerId, boolean>;
  xray: number;
  /** Last settled camera (written when a camera move ends, never per frame). */
  camera: CameraParam | null;
  /** Bumped when the camera must move to `camera` (deep link, back/forward, framing a chain). */
  cameraRequest: number;
  /** Whether the requested move glides (framing) or jumps (links, reduced motion). */
  cameraGlide: boolean;
  /** Set when a link brought its own camera: automatic framing leaves it alone once. */
  cameraFromLink: boolean;
  modelStatus: ModelStatus;
  graphics: GraphicsStatus;
  /** The guide: greeting a first visit ('welcome', never during a lecture) or asked for ('help'). */
  guide: 'welcome' | 'help' | null;
  notices: Notice[];
  setLayer: (layer: LayerId, visible: boolean) => void;
  setLayers: (layers: readonly LayerId[]) => void;
  setXray: (xray: number) => void;
  settleCamera: (camera: CameraParam) => void;
  requestCamera: (
    camera: CameraParam | null,
    options?: { glide?: boolean; fromLink?: boolean },
  ) => void;
  consumeCameraFromLink: () => boolean;
  /** A keyboard or view-button move from the last settled camera (named views glide). */
  moveCamera: (move: CameraMove) => void;
  setModelStatus: (status: ModelStatus) => void;
  openGuide: (why: 'welcome' | 'help') => void;
  closeGuide: () => void;
  setGraphics: (status: GraphicsStatus) => void;
  notify: (tone: Notice['tone'], text: string, actions?: NoticeAction[]) => void;
  dismissNotice: (id: number) => void;
}

export const DEFAULT_LAYERS: Record<LayerId, boolean> = {
  skin: true,
  muscles: false,
  skeleton: false,
  organs: false,
};

let nextNoticeId = 1;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  layers: { ...DEFAULT_LAYERS },
  xray: 0,
  camera: null,
  cameraRequest: 0,
  cameraGlide: false,
  cameraFromLink: false,
  modelStatus: 'loading',
  graphics: 'ok',
  guide: null,
  notices: [],
  setLayer: (layer, visible) => set((s) => ({ layers: { ...s.layers, [layer]: visible } })),
  setLayers: (layers) =>
    set((s) => {
      const next = {
        skin: layers.includes('skin'),
        muscles: layers.includes('muscles'),
        skeleton: layers.includes('skeleton'),
        organs: layers.includes('organs'),
      };
      // The same layers keep the same object: restoring a link that changes nothing draws nothing.
      const same = (Object.keys(next) as LayerId[]).every((l) => next[l] === s.layers[l]);
      return same ? {} : { layers: next };
    }),
  setXray: (xray) => set({ xray: Math.min(1, Math.max(0, xray)) }),
  settleCamera: (camera) => set({ camera, cameraFromLink: false }),
  requestCamera: (camera, options = {}) =>
    set((s) => ({
      camera,
      cameraRequest: s.cameraRequest + 1,
      cameraGlide: !!options.glide,
      cameraFromLink: !!options.fromLink && camera !== null,
    })),
  consumeCameraFromLink: () => {
    const locked = get().cameraFromLink;
    if (locked) set({ cameraFromLink: false });
    return locked;
  },
  moveCamera: (move) => {
    const next = moveCamera(get().camera ?? HOME_CAMERA, move);
    get().requestCamera(next, { glide: move.kind === 'view' || move.kind === 'reset' });
  },
  setModelStatus: (modelStatus) => set({ modelStatus }),
  openGuide: (guide) => set({ guide }),
  closeGuide: () => set({ guide: null }),
  setGraphics: (graphics) => set({ graphics }),
  notify: (tone, text, actions) =>
    set((s) => ({
      notices: [
        ...s.notices.slice(-3),
        { id: nextNoticeId++, tone, text, ...(actions?.length ? { actions } : {}) },
      ],
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
