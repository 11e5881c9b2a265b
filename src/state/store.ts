import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { ContentSet } from '../content/schema';
import { createClassroomSlice, type ClassroomSlice } from './slices/classroom';
import { createContentSlice, type ContentSlice } from './slices/content';
import { createLessonSlice, type LessonSlice } from './slices/lesson';
import { createMapsSlice, type MapsSlice } from './slices/maps';
import { createPlaybackSlice, type PlaybackSlice } from './slices/playback';
import { createSelectionSlice, type SelectionSlice } from './slices/selection';
import { createTrainerSlice, type TrainerSlice } from './slices/trainer';
import { createStudySlice, type StudySlice } from './slices/study';
import { createViewSlice, type ViewSlice } from './slices/view';

export type AppState = ContentSlice &
  SelectionSlice &
  ViewSlice &
  PlaybackSlice &
  LessonSlice &
  MapsSlice &
  TrainerSlice &
  StudySlice &
  ClassroomSlice;

/**
 * Slices composed once; middleware applied once, here (zustand slices pattern). The app's store
 * starts without content (it is loaded after the first frame); tests pass the set they use.
 */
export const createAppStore = (content: ContentSet | null = null) =>
  create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createContentSlice(content)(...a),
      ...createSelectionSlice(...a),
      ...createViewSlice(...a),
      ...createPlaybackSlice(...a),
      ...createLessonSlice(...a),
      ...createMapsSlice(...a),
      ...createTrainerSlice(...a),
      ...createStudySlice(...a),
      ...createClassroomSlice(...a),
    })),
  );

export const useAppStore = createAppStore();
export type AppStore = typeof useAppStore;
