// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { validatePage } from '../../../src/app/validate-page';
import { encodeLessonLinkHash } from '../../../src/domain/lesson';
import { LESSONS_STORAGE_KEY } from '../../../src/domain/lesson-storage';
import { startLessonPersistence } from '../../../src/state/lesson-persistence';
import { lessonLinkInterceptor } from '../../../src/state/lesson-link';
import { selectActiveLesson } from '../../../src/state/slices/lesson';
import { contentSet } from '../../../src/content';
import { EXAMPLE_LESSONS } from '../../../src/content/lessons';
import { createAppStore as createBareStore, useAppStore } from '../../../src/state/store';

/** A store as the app has it once the content arrived (the examples come with it). */
function createAppStore(...args: Parameters<typeof createBareStore>) {
  const store = createBareStore(...args);
  store.getState().setExamples(EXAMPLE_LESSONS);
  return store;
}
import { startUrlSync } from '../../../src/state/url-sync';

describe('lesson slice', () => {
  beforeEach(() => {
    // validatePage reads the app's store, which receives the content after the first frame.
    useAppStore.getState().setContent(contentSet);
    window.localStorage.clear();
    window.history.replaceState(null, '', '/#/');
  });

  it('records the current view as steps and plays them back like links', () => {
    const store = createAppStore(contentSet);
    const s = () => store.getState();
    const id = s().createLesson('My lesson');
    s().selectRegion('ankle.left');
    s().addCurrentViewAsStep(id, 'Ankle');
    s().openChain('ankle-instability-to-knee', 'left', 1);
    s().setLayer('muscles', true);
    s().setXray(0.4);
    s().settleCamera({ position: [1, 1, 3], target: [0, 1, 0] });
    s().addCurrentViewAsStep(id, 'Chain');
    s().clearSelection();
    s().setLayer('muscles', false);

    s().openLesson(id);
    expect(s().page).toEqual({ kind: 'region', region: 'ankle.left' });
    s().nextStep();
    expect(s().stepIndex).toBe(1);
    expect(s().page).toEqual({
      kind: 'chain',
      chain: 'ankle-instability-to-knee',
      side: 'left',
      link: 1,
    });
    expect(s().layers.muscles).toBe(true);
    expect(s().xray).toBe(0.4);
    expect(s().camera).toEqual({ position: [1, 1, 3], target: [0, 1, 0] });
    s().nextStep(); // past the end: stays
    expect(s().stepIndex).toBe(1);
    s().moveStep(id, 1, 0);
    expect(selectActiveLesson(s())!.steps.map((st) => st.title)).toEqual(['Chain', 'Ankle']);
  });

  it('keeps examples read-only, duplicates them and never overwrites on import', () => {
    const store = createAppStore(contentSet);
    const s = () => store.getState();
    const example = s().examples[0]!;
    s().deleteLesson(example.id);
    expect(s().examples).toHaveLength(2);
    const copy = s().duplicateLesson(example.id)!;
    expect(s().lessons.find((l) => l.id === copy)?.title).toBe(`${example.title} (copy)`);
    const first = s().importLesson({ ...example, id: 'mine' });
    const again = s().importLesson({ ...example, id: 'mine' });
    expect(first).toEqual({ id: 'mine', renamed: false });
    expect(again.renamed).toBe(true);
    expect(s().lessons.map((l) => l.id)).toEqual([copy, 'mine', again.id]);
  });

  it('never holds two lessons under one id, so deleting one leaves the other', () => {
    const store = createAppStore();
    const s = () => store.getState();
    const lesson = { ...s().examples[0]!, id: 'twin', title: 'Twin' };
    s().replaceLessons([lesson, { ...lesson, title: 'Other twin' }]);
    expect(s().lessons.map((l) => l.id)).toEqual(['twin', 'other-twin']);
    s().deleteLesson('twin');
    expect(s().lessons.map((l) => l.title)).toEqual(['Other twin']);
  });

  it('saves lessons and restores them in a new session', () => {
    const a = createAppStore(contentSet);
    const stop = startLessonPersistence(a, window.localStorage);
    a.getState().createLesson('Saved one');
    stop();
    expect(window.localStorage.getItem(LESSONS_STORAGE_KEY)).toContain('Saved one');
    const b = createAppStore(contentSet);
    startLessonPersistence(b, window.localStorage)();
    expect(b.getState().lessons.map((l) => l.title)).toEqual(['Saved one']);
  });

  it('warns about corrupt storage and keeps the data aside', () => {
    window.localStorage.setItem(LESSONS_STORAGE_KEY, '{oops');
    const store = createAppStore(contentSet);
    startLessonPersistence(store, window.localStorage)();
    expect(store.getState().notices[0]?.text).toMatch(/could not be read/);
    const keys = Object.keys(window.localStorage);
    expect(keys.some((k) => k.startsWith('omt-atlas-lessons.corrupt.'))).toBe(true);
  });

  it('opens a shared lesson link at its first step', () => {
    const store = createAppStore(contentSet);
    const lesson = store.getState().examples[1]!;
    const link = encodeLessonLinkHash(lesson);
    if (!link.ok) throw new Error(link.reason);
    window.history.replaceState(null, '', `/${link.hash}`);
    const stop = startUrlSync(store, window, validatePage, lessonLinkInterceptor(store));
    expect(store.getState().sharedLesson?.title).toBe(lesson.title);
    expect(store.getState().page).toEqual(lesson.steps[0]!.route.page);
    expect(window.location.hash).toMatch(/^#\/chain\//);
    stop();
  });
});
