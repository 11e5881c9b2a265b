import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../../../src/domain/lesson-storage';
import { emptyProgress } from '../../../src/domain/study/progress';
import { PROGRESS_KEY } from '../../../src/domain/study/progress-storage';
import { review } from '../../../src/domain/study/schedule';
import { pointPosition } from '../../../src/domain/study/score';
import type { StorageEvents } from '../../../src/state/lesson-persistence';
import { createAppStore } from '../../../src/state/store';
import { startProgressPersistence } from '../../../src/state/study/progress-persistence';
import { createStudyStore } from '../../../src/state/study/study-store';
import { studyFixture } from '../study/study-fixture';

type Listener = (e: StorageEvent) => void;

/** One browser's storage for several tabs: a write raises `storage` in the other tabs (on flush). */
function sharedStorage(quota = Infinity) {
  const data = new Map<string, string>();
  const tabs: Set<Listener>[] = [];
  const queue: (() => void)[] = [];
  const tab = () => {
    const listeners = new Set<Listener>();
    tabs.push(listeners);
    const storage: KeyValueStorage = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        if (v.length > quota) throw new Error('QuotaExceededError');
        data.set(k, v);
        for (const other of tabs)
          if (other !== listeners)
            queue.push(() => other.forEach((l) => l({ key: k } as StorageEvent)));
      },
      removeItem: (k) => void data.delete(k),
    };
    const events: StorageEvents = {
      addEventListener: (_t, l) => void listeners.add(l),
      removeEventListener: (_t, l) => void listeners.delete(l),
    };
    return { storage, events };
  };
  const flush = () => {
    while (queue.length) queue.shift()!();
  };
  return { data, tab, flush };
}

const T = new Date(2026, 2, 2, 8).getTime();

async function openTab(shared: ReturnType<typeof sharedStorage>, now = () => T) {
  const { questions, scoring } = await studyFixture();
  const app = createAppStore();
  const study = createStudyStore(app, now);
  study.getState().setQuestions(questions, scoring);
  const { storage, events } = shared.tab();
  startProgressPersistence(study, app, storage, events);
  return { app, study };
}

describe('study state', () => {
  it('a review: a tap on the body answers, draws the answer and the tap, and a rating schedules', async () => {
    const shared = sharedStorage();
    const { app, study } = await openTab(shared);
    study.getState().assignDeck({ t: 'd', q: ['locate:key-point-c6.left'] });
    study.getState().startReview();
    expect(study.getState().session?.questionId).toBe('locate:key-point-c6.left');
    expect(app.getState().studyTapArmed).toBe(true);
    const { scoring } = await studyFixture();
    const c6 = scoring.skin.samples.find((_, i) => i === 0)!.p; // somewhere far: a wrong tap
    app.getState().tapStudy('hand.left', [c6[0], c6[1], c6[2]]);
    const s = study.getState().session!;
    expect(s.phase).toBe('feedback');
    expect(s.scored?.verdict).toBe('wrong');
    // Feedback: the correct point marked (a painted area), the tap as the touched ring.
    expect(app.getState().touched).toEqual([c6[0], c6[1], c6[2]]);
    expect(app.getState().paint?.dabs).toHaveLength(1);
    expect(app.getState().studyTapArmed).toBe(false);
    study.getState().rate('again');
    expect(study.getState().progress.cards['locate:key-point-c6.left']?.lapses).toBe(0);
    expect(study.getState().progress.cards['locate:key-point-c6.left']?.reps).toBe(1);
    // Saved at once.
    expect(shared.data.get(PROGRESS_KEY)).toContain('locate:key-point-c6.left');
  });

  it('a tap that finds the answer keeps the view; a wrong one turns the body to the answer', async () => {
    const { scoring } = await studyFixture();
    const { app, study } = await openTab(sharedStorage());
    study
      .getState()
      .assignDeck({ t: 'd', q: ['refer:dermatome-c2.left', 'locate:key-point-t4.left'] });
    study.getState().startReview();
    expect(study.getState().session?.questionId).toBe('refer:dermatome-c2.left');
    // The C2 dermatome is at the back of the head: a wrong tap on the chest turns the body round.
    app.getState().tapStudy('chest', [0.05, 1.3, 0.12]);
    expect(study.getState().session?.scored?.verdict).toBe('wrong');
    expect(app.getState().camera?.position[2]).toBeLessThan(0);
    study.getState().rate('good');
    const before = app.getState().cameraRequest;
    const t4 = pointPosition(scoring, { pointId: 'key-point-t4', side: 'left' })!;
    app.getState().tapStudy('chest', [t4[0], t4[1], t4[2]]);
    expect(study.getState().session?.scored?.verdict).toBe('correct');
    expect(app.getState().cameraRequest).toBe(before);
  });

  it('a tap while no question waits for one is left to the differential', async () => {
    const { app } = await openTab(sharedStorage());
    expect(app.getState().studyTapArmed).toBe(false);
  });

  it('two tabs: reviews made in each are merged, not overwritten', async () => {
    const shared = sharedStorage();
    const one = await openTab(shared);
    const two = await openTab(shared);
    const rateFirst = (tab: typeof one, id: string) => {
      tab.study.getState().assignDeck({ t: id, q: [id] });
      tab.study.getState().startReview();
      tab.study.getState().answer({ kind: 'choice', choice: 'x' });
      tab.study.getState().rate('good');
    };
    rateFirst(one, 'approach:hvla');
    rateFirst(two, 'approach:muscle-energy');
    shared.flush();
    for (const tab of [one, two])
      expect(Object.keys(tab.study.getState().progress.cards).sort()).toEqual([
        'approach:hvla',
        'approach:muscle-energy',
      ]);
    expect(Object.keys(JSON.parse(shared.data.get(PROGRESS_KEY)!).cards)).toHaveLength(2);
  });

  it('corrupt stored progress: a notice, and the data set aside', async () => {
    const shared = sharedStorage();
    shared.data.set(PROGRESS_KEY, '{oops');
    const { app, study } = await openTab(shared);
    expect(app.getState().notices.at(-1)?.text).toMatch(
      /could not be read.*kept in browser storage/,
    );
    expect([...shared.data.keys()].some((k) => k.startsWith('omt-atlas-study.corrupt.'))).toBe(
      true,
    );
    expect(study.getState().progress).toEqual(emptyProgress());
  });

  it('quota full: one notice, and the progress stays in memory', async () => {
    const shared = sharedStorage(50);
    const { app, study } = await openTab(shared);
    study.getState().setNewPerDay(3);
    study.getState().setNewPerDay(4);
    const errors = app.getState().notices.filter((n) => /could not be saved/.test(n.text));
    expect(errors).toHaveLength(1);
    expect(study.getState().progress.settings.newPerDay).toBe(4);
  });

  it('a newer version in storage is left untouched', async () => {
    const shared = sharedStorage();
    const newer = JSON.stringify({ ...emptyProgress(), version: 9 });
    shared.data.set(PROGRESS_KEY, newer);
    const { study } = await openTab(shared);
    study.getState().replaceProgress({
      ...emptyProgress(),
      cards: { x: review(undefined, 'good', T) },
    });
    expect(shared.data.get(PROGRESS_KEY)).toBe(newer);
  });
});
