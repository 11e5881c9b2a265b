import { classViewFromScreen, sameClassView } from '../domain/classroom/class-view';
import { CAMERA_SENDS_PER_SECOND, publishThrottle } from '../domain/classroom/publish-throttle';
import type { ClassView } from '../domain/classroom/protocol';
import { frameClock } from '../state/slices/playback';
import { selectActiveLesson } from '../state/slices/lesson';
import type { AppState, AppStore } from '../state/store';
import { routeFromState } from '../state/url-sync';

/** The lecturer's screen now, as the view followers apply. */
export function lecturerView(s: AppState, now: number): ClassView {
  const lesson = selectActiveLesson(s);
  const step = lesson?.steps[s.stepIndex];
  return classViewFromScreen(
    {
      route: routeFromState(s),
      // While a technique runs its clock lives in the frame loop; paused, the committed time.
      time: s.playing ? frameClock.time : s.time,
      playing: s.playing,
      lesson: lesson
        ? {
            title: lesson.title,
            step: s.stepIndex,
            steps: lesson.steps.length,
            stepTitle: step?.title ?? '',
          }
        : null,
      laser: s.laser ? s.laserPoint : null,
      blanked: s.blanked,
    },
    now,
  );
}

/** Page, step, play state or blank changed: followers get it at once, not on the next tick. */
function isUrgent(next: ClassView, last: ClassView | null): boolean {
  if (!last) return true;
  const page = (v: ClassView) => v.hash.split('?')[0];
  return (
    page(next) !== page(last) ||
    next.lesson?.step !== last.lesson?.step ||
    next.technique?.playing !== last.technique?.playing ||
    next.blanked !== last.blanked ||
    (next.laser === null) !== (last.laser === null)
  );
}

/**
 * One more store subscriber, like the URL sync: the lecturer's view goes to the room whenever it
 * changes (camera moves at most 10 times a second, the rest at once). `resend` sends the current
 * view again (after a reconnect: a restarted server has lost it).
 */
export function startLecturerPublisher(
  store: AppStore,
  send: (view: ClassView) => void,
  clock: () => number = Date.now,
): { resend: () => void; stop: () => void } {
  const throttle = publishThrottle(CAMERA_SENDS_PER_SECOND);
  let last: ClassView | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    const now = clock();
    const view = lecturerView(store.getState(), now);
    if (sameClassView(view, last)) return;
    last = view;
    throttle.sent(now);
    store.getState().setClassView(view);
    send(view);
  };

  const offer = () => {
    const now = clock();
    const view = lecturerView(store.getState(), now);
    if (sameClassView(view, last)) return;
    const wait = throttle.offer(now, isUrgent(view, last));
    if (wait === 0) {
      if (timer) clearTimeout(timer);
      flush();
    } else timer ??= setTimeout(flush, wait);
  };

  const unsubscribe = store.subscribe(offer);
  offer();
  return {
    resend: () => {
      last = null;
      if (timer) clearTimeout(timer);
      flush();
    },
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
