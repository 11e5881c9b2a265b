import type { StateCreator } from 'zustand';
import type { Side } from '../../content/ids';
import type { Page } from '../../domain/url';
import type { AppState } from '../store';

/** What the user is looking at: one page of the deep-link contract at a time. */
export interface SelectionSlice {
  page: Page;
  /** The region under the pointer (hover); not part of the link. */
  hovered: string | null;
  showPage: (page: Page) => void;
  selectRegion: (region: string) => void;
  openChain: (chain: string, side: Side, link?: number) => void;
  /** Moves the active link of the open chain by `delta`, clamped to the chain. */
  stepLink: (delta: number) => void;
  setLink: (link: number) => void;
  openTechnique: (variant: string, side: Side) => void;
  openCondition: (condition: string) => void;
  setHovered: (region: string | null) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  page: { kind: 'home' },
  hovered: null,
  // A technique page carries its time (deep links `?t=`): playback starts there, paused.
  showPage: (page) =>
    set(page.kind === 'technique' ? { page, time: page.t, playing: false } : { page }),
  // Chosen as a whole (list, search): its differential is the region's, not a touched point's.
  selectRegion: (region) => set({ page: { kind: 'region', region }, touched: null }),
  openChain: (chain, side, link = 0) => set({ page: { kind: 'chain', chain, side, link } }),
  stepLink: (delta) => {
    const { page, content } = get();
    if (page.kind !== 'chain') return;
    const count = content.chains.get(page.chain)?.links.length ?? 1;
    get().setLink(Math.max(0, Math.min(count - 1, page.link + delta)));
  },
  setLink: (link) => {
    const { page } = get();
    if (page.kind === 'chain' && page.link !== link) set({ page: { ...page, link } });
  },
  openTechnique: (variant, side) =>
    set({ page: { kind: 'technique', variant, side, t: 0 }, time: 0, playing: false }),
  openCondition: (condition) => set({ page: { kind: 'condition', condition } }),
  setHovered: (hovered) => {
    if (get().hovered !== hovered) set({ hovered });
  },
  clearSelection: () => set({ page: { kind: 'home' } }),
});
