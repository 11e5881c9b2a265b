import { lazy, Suspense, useEffect } from 'react';
import { guideDismissed } from '../../domain/guide-seen';
import { browserStorage } from '../../state/lesson-persistence';
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
    if (guideDismissed(browserStorage()) || window.location.hash.startsWith('#/lesson/')) return;
    useAppStore.getState().openGuide('welcome');
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
