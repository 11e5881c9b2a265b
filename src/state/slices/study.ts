import type { StateCreator } from 'zustand';
import type { PaintParam, RestPoint } from '../../domain/url';
import type { AppState } from '../store';

/** A tap on the skin while a study question waits for one. */
export interface StudyTap {
  region: string;
  at: RestPoint;
  /** Counts taps, so the same place tapped twice is still a new answer. */
  n: number;
}

/**
 * What the rest of the app must know of the study mode (its own state lives in its lazy chunk,
 * state/study/): whether it is open, whether a tap on the body answers a question instead of
 * listing the differential, the tap itself, and a deck link waiting for the study mode to load.
 */
export interface StudySlice {
  studyOpen: boolean;
  studyTapArmed: boolean;
  studyTap: StudyTap | null;
  /** A `#/study/deck/...` hash opened before the study mode was loaded. */
  pendingDeckLink: string | null;
  setStudyOpen: (open: boolean) => void;
  armStudyTap: (armed: boolean) => void;
  tapStudy: (region: string, at: RestPoint) => void;
  setPendingDeckLink: (hash: string | null) => void;
  /** Draws study feedback with the maps' own means: zones shown, a touched ring, a marked area. */
  drawStudy: (d: { zones: string[]; touched: RestPoint | null; paint: PaintParam | null }) => void;
}

export const createStudySlice: StateCreator<AppState, [], [], StudySlice> = (set) => ({
  studyOpen: false,
  studyTapArmed: false,
  studyTap: null,
  pendingDeckLink: null,
  setStudyOpen: (studyOpen) =>
    set(studyOpen ? { studyOpen } : { studyOpen, studyTapArmed: false, studyTap: null }),
  armStudyTap: (studyTapArmed) => set({ studyTapArmed, studyTap: null }),
  tapStudy: (region, at) => set((s) => ({ studyTap: { region, at, n: (s.studyTap?.n ?? 0) + 1 } })),
  setPendingDeckLink: (pendingDeckLink) =>
    set(pendingDeckLink ? { pendingDeckLink, studyOpen: true } : { pendingDeckLink }),
  drawStudy: ({ zones, touched, paint }) =>
    set({ shownZones: zones, touched, paint, previewZone: null }),
});
