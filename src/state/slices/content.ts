import type { StateCreator } from 'zustand';
import { contentSet } from '../../content';
import type { ContentSet } from '../../content/schema';
import { buildContentIndex, type ContentIndex } from '../../domain/content-index';
import { createContentSearch, type ContentSearch } from '../../domain/search';
import type { AppState } from '../store';

/**
 * The content the app shows: the bundled set, later plus what a lecturer imports. The index and
 * the search are derived once per content change, never per render.
 */
export interface ContentSlice {
  content: ContentIndex;
  search: ContentSearch;
  setContent: (content: ContentSet) => void;
}

export const createContentSlice: StateCreator<AppState, [], [], ContentSlice> = (set) => {
  const content = buildContentIndex(contentSet);
  return {
    content,
    search: createContentSearch(content),
    setContent: (next) => {
      const index = buildContentIndex(next);
      set({ content: index, search: createContentSearch(index) });
    },
  };
};
