import type { StateCreator } from 'zustand';
import type { Page } from '../../domain/url';
import type { AppState } from '../store';

/** What the user is looking at: one page of the deep-link contract at a time. */
export interface SelectionSlice {
  page: Page;
  showPage: (page: Page) => void;
  selectRegion: (region: string) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  page: { kind: 'home' },
  showPage: (page) => set({ page }),
  selectRegion: (region) => set({ page: { kind: 'region', region } }),
  clearSelection: () => set({ page: { kind: 'home' } }),
});
