import { lazy, Suspense, useEffect } from 'react';
import { bodyShown } from '../../scene/body-shown';
import type { AppState } from '../../state/store';
import { useAppStore } from '../../state/store';
import { ErrorBoundary } from '../ErrorBoundary';

// The guide's words and styles load only when it opens: returning visitors never fetch them.
const Guide = lazy(() => import('./Guide').then((m) => ({ default: m.Guide })));

/** In a lecture: presenting, or following a lesson (a student who opened a lesson link). */
const inLecture = (s: AppState) => s.presenting || s.activeLessonId !== null || !!s.sharedLesson;

/** Help always shows when asked for (presenter mode hides the Help button); the welcome never in a lecture. */
export const selectGuideShown = (s: AppState) =>
  s.guide === 'help' ? !s.presenting : s.guide === 'welcome' && !inLecture(s);

/**
 * Greets a first visit with the guide, unless it was dismissed before or the visit is a lecture
 * (a lesson link); a welcome that a lecture interrupts is dropped, not shown afterwards.
 */
export function GuideHost() {
  const shown = useAppStore(selectGuideShown);
  const lecture = useAppStore(inLecture);
  useEffect(() => {
    let alive = true;
    // After the first frame with the body: reading the stored dismissal needs zod and the lesson
    // storage, which the first script does not carry. A part that fails to load means no welcome.
    void bodyShown
      .then(() =>
        Promise.all([import('../../domain/guide-seen'), import('../../state/lesson-persistence')]),
      )
      .then(([seen, persistence]) => {
        if (!alive || window.location.hash.startsWith('#/lesson/')) return;
        if (!seen.guideDismissed(persistence.browserStorage()))
          useAppStore.getState().openGuide('welcome');
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  useEffect(() => {
    const s = useAppStore.getState();
    if (lecture && s.guide === 'welcome') s.closeGuide();
  }, [lecture]);
  if (!shown) return null;
  return (
    <ErrorBoundary area="The guide">
      <Suspense fallback={null}>
        <Guide />
      </Suspense>
    </ErrorBoundary>
  );
}
