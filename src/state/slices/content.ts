import type { StateCreator } from 'zustand';
import type { ContentSet } from '../../content/schema';
import { buildContentIndex, type ContentIndex } from '../../domain/content-index';
import type { AppState } from '../store';

/**
 * The content the app shows: nothing until the bundled set arrives (after the first frame with
 * the body, or at once for a deep link — see app/App.tsx), later plus what a lecturer imports.
 * The index is derived once per content change, never per render; the search index is built by
 * the search box on first use.
 */
export interface ContentSlice {
  content: ContentIndex;
  /** False until the bundled content has been set: the panels wait for it. */
  contentReady: boolean;
  setContent: (content: ContentSet) => void;
}

export const EMPTY_CONTENT: ContentSet = {
  format: 'omt-atlas-content',
  version: 1,
  regions: [],
  muscles: [],
  chains: [],
  techniques: [],
  zones: [],
  points: [],
  conditions: [],
  references: [],
};

export const createContentSlice =
  (initial: ContentSet | null): StateCreator<AppState, [], [], ContentSlice> =>
  (set) => ({
    content: buildContentIndex(initial ?? EMPTY_CONTENT),
    contentReady: initial !== null,
    setContent: (next) => set({ content: buildContentIndex(next), contentReady: true }),
  });
