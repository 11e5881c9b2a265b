import type { StateCreator } from 'zustand';
import type { Lesson, LessonStep } from '../../domain/lesson';
import {
  lessonTitleProblem,
  makeId,
  makeNewLessonId,
  moveItem,
  pageProblem,
  withUniqueIds,
} from '../../domain/lesson-steps';
import type { Route } from '../../domain/url';
import { routeFromState } from '../url-sync';
import { selectVisibleLayers } from '../selectors';
import { DEFAULT_LAYERS } from './view';
import type { AppState } from '../store';

/**
 * Lessons and presenting. A lesson is played by applying each step's route to the store exactly
 * as the URL sync applies a link (page, layers, x-ray, camera request), so a step, a link and a
 * lesson are one mechanism. Example lessons are read-only; a lesson opened from a link is held
 * apart (`sharedLesson`) until the user saves it.
 */
export interface LessonSlice {
  lessons: Lesson[];
  /** The bundled example lessons: they arrive with the content, after the first frame. */
  examples: readonly Lesson[];
  /** A lesson opened from a share link; not saved unless the user asks. */
  sharedLesson: Lesson | null;
  activeLessonId: string | null;
  stepIndex: number;
  presenting: boolean;
  blanked: boolean;
  laser: boolean;
  /** When presenting started (ms since epoch), for the console clock. */
  presentStartedAt: number | null;
  setExamples: (examples: readonly Lesson[]) => void;
  replaceLessons: (lessons: Lesson[]) => void;
  createLesson: (title: string) => string;
  duplicateLesson: (id: string) => string | null;
  updateLesson: (id: string, patch: Partial<Pick<Lesson, 'title' | 'description'>>) => void;
  deleteLesson: (id: string) => void;
  /** Adds the current app state as a step at the end of the lesson; returns the step id. */
  addCurrentViewAsStep: (lessonId: string, title: string) => string | null;
  updateStep: (
    lessonId: string,
    stepId: string,
    patch: Partial<Pick<LessonStep, 'title' | 'notes'>>,
  ) => void;
  moveStep: (lessonId: string, from: number, to: number) => void;
  deleteStep: (lessonId: string, stepId: string) => void;
  /** Adds an imported lesson; a clashing id gets a new one (nothing is overwritten). */
  importLesson: (lesson: Lesson) => { id: string; renamed: boolean };
  openSharedLesson: (lesson: Lesson) => void;
  saveSharedLesson: () => string | null;
  /** Makes a lesson active and shows its first step. */
  openLesson: (id: string, options?: { present?: boolean }) => void;
  closeLesson: () => void;
  goToStep: (index: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  startPresenting: () => void;
  stopPresenting: () => void;
  setBlanked: (blanked: boolean) => void;
  setLaser: (laser: boolean) => void;
}

const defaultLayerList = selectVisibleLayers({ layers: DEFAULT_LAYERS } as AppState);

/** Every lesson the user can open: the examples, the shared one, then their own. */
export function findLesson(s: AppState, id: string | null): Lesson | null {
  if (id === null) return null;
  if (s.sharedLesson?.id === id) return s.sharedLesson;
  return s.lessons.find((l) => l.id === id) ?? s.examples.find((l) => l.id === id) ?? null;
}

export const selectActiveLesson = (s: AppState): Lesson | null => findLesson(s, s.activeLessonId);

function takenIds(s: AppState): Set<string> {
  return new Set([...s.lessons, ...s.examples].map((l) => l.id));
}

export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = (set, get) => {
  const editLesson = (id: string, edit: (lesson: Lesson) => Lesson) =>
    set((s) => ({ lessons: s.lessons.map((l) => (l.id === id ? edit(l) : l)) }));

  const applyRoute = (route: Route): boolean => {
    const s = get();
    const problem = pageProblem(s.content, route.page);
    if (problem) {
      s.notify('warning', `This step cannot be shown: ${problem}.`);
      return false;
    }
    s.showPage(route.page);
    s.setLayers(route.view.layers ?? defaultLayerList);
    s.setXray(route.view.xray ?? 0);
    s.setMapsView(route.view);
    s.requestCamera(route.view.camera ?? null, { fromLink: true });
    return true;
  };

  return {
    lessons: [],
    examples: [],
    sharedLesson: null,
    activeLessonId: null,
    stepIndex: 0,
    presenting: false,
    blanked: false,
    laser: false,
    presentStartedAt: null,
    // Ids stay unique, so deleting or editing one lesson never touches another.
    setExamples: (examples) => set({ examples }),
    replaceLessons: (lessons) => set({ lessons: withUniqueIds(lessons) }),
    createLesson: (asked) => {
      const title = lessonTitleProblem(asked) ? 'Untitled lesson' : asked;
      const id = makeNewLessonId(title, takenIds(get()));
      const lesson: Lesson = { id, title, description: '', version: 1, steps: [] };
      set((s) => ({ lessons: [...s.lessons, lesson] }));
      return id;
    },
    duplicateLesson: (id) => {
      const source = findLesson(get(), id);
      if (!source) return null;
      const title = `${source.title} (copy)`;
      const copy: Lesson = {
        ...structuredClone(source),
        id: makeNewLessonId(title, takenIds(get())),
        title,
      };
      set((s) => ({ lessons: [...s.lessons, copy] }));
      return copy.id;
    },
    // A blank title is refused here too, whatever the form does: the schema would reject it on load.
    updateLesson: (id, patch) =>
      patch.title !== undefined && lessonTitleProblem(patch.title)
        ? undefined
        : editLesson(id, (l) => ({ ...l, ...patch })),
    deleteLesson: (id) =>
      set((s) => ({
        lessons: s.lessons.filter((l) => l.id !== id),
        ...(s.activeLessonId === id ? { activeLessonId: null, stepIndex: 0 } : {}),
      })),
    addCurrentViewAsStep: (lessonId, title) => {
      const s = get();
      const lesson = s.lessons.find((l) => l.id === lessonId);
      if (!lesson) return null;
      const route = routeFromState(s);
      // The committed playback time is the technique's moment, when a player keeps it there.
      if (route.page.kind === 'technique' && s.time > 0 && route.page.t === 0)
        route.page = { ...route.page, t: Math.min(3600, Math.round(s.time * 1000) / 1000) };
      const stepId = makeId(
        `step-${lesson.steps.length + 1}`,
        new Set(lesson.steps.map((st) => st.id)),
      );
      const step: LessonStep = { id: stepId, title, notes: '', route: structuredClone(route) };
      editLesson(lessonId, (l) => ({ ...l, steps: [...l.steps, step] }));
      return stepId;
    },
    updateStep: (lessonId, stepId, patch) =>
      editLesson(lessonId, (l) => ({
        ...l,
        steps: l.steps.map((st) => (st.id === stepId ? { ...st, ...patch } : st)),
      })),
    moveStep: (lessonId, from, to) =>
      editLesson(lessonId, (l) => ({ ...l, steps: moveItem(l.steps, from, to) })),
    deleteStep: (lessonId, stepId) =>
      editLesson(lessonId, (l) => ({ ...l, steps: l.steps.filter((st) => st.id !== stepId) })),
    importLesson: (lesson) => {
      const taken = takenIds(get());
      const renamed = taken.has(lesson.id);
      const id = renamed ? makeId(lesson.id, taken) : lesson.id;
      set((s) => ({ lessons: [...s.lessons, { ...lesson, id }] }));
      return { id, renamed };
    },
    openSharedLesson: (lesson) =>
      set({ sharedLesson: lesson, activeLessonId: lesson.id, stepIndex: 0, presenting: false }),
    saveSharedLesson: () => {
      const shared = get().sharedLesson;
      if (!shared) return null;
      const { id } = get().importLesson(shared);
      set((s) => ({
        sharedLesson: null,
        activeLessonId: s.activeLessonId === shared.id ? id : s.activeLessonId,
      }));
      return id;
    },
    openLesson: (id, options = {}) => {
      const lesson = findLesson(get(), id);
      if (!lesson) return;
      set({ activeLessonId: id, stepIndex: 0 });
      if (lesson.steps[0]) applyRoute(lesson.steps[0].route);
      if (options.present) get().startPresenting();
    },
    closeLesson: () => set({ activeLessonId: null, stepIndex: 0 }),
    goToStep: (index) => {
      const lesson = selectActiveLesson(get());
      const step = lesson?.steps[index];
      if (!step) return;
      set({ stepIndex: index });
      applyRoute(step.route);
    },
    nextStep: () => get().goToStep(get().stepIndex + 1),
    previousStep: () => get().goToStep(get().stepIndex - 1),
    startPresenting: () =>
      set((s) => ({
        presenting: true,
        blanked: false,
        laser: false,
        presentStartedAt: s.presenting ? s.presentStartedAt : Date.now(),
      })),
    stopPresenting: () =>
      set({ presenting: false, blanked: false, laser: false, presentStartedAt: null }),
    setBlanked: (blanked) => set({ blanked }),
    setLaser: (laser) => {
      if (get().laser !== laser) set({ laser });
    },
  };
};
