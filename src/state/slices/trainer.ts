import type { StateCreator } from 'zustand';
import type { BodyPaint } from '../../domain/body-paint';
import type { AppState } from '../store';

/**
 * The dysfunction trainer's shared state (its case is the page's seed). The paint is computed by
 * the trainer's lazy chunk, which holds the case generator, so the first script does not carry it.
 */
export interface TrainerSlice {
  /** The motion test shown on the body; `run` counts repeats, so a second click replays it. */
  trainerTest: { seed: string; test: string; run: number } | null;
  trainerPaint: BodyPaint | null;
  runTrainerTest: (seed: string, test: string) => void;
  setTrainerPaint: (paint: BodyPaint | null) => void;
}

export const createTrainerSlice: StateCreator<AppState, [], [], TrainerSlice> = (set, get) => ({
  trainerTest: null,
  trainerPaint: null,
  runTrainerTest: (seed, test) =>
    set({ trainerTest: { seed, test, run: (get().trainerTest?.run ?? 0) + 1 } }),
  setTrainerPaint: (trainerPaint) => set({ trainerPaint }),
});
