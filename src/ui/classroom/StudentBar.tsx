import { useAppStore } from '../../state/store';
import { withClassClient } from './class-client-part';

const STATUS = {
  connecting: 'Joining the class…',
  reconnecting: 'Reconnecting…',
} as const;

/**
 * A student's bar: following (with "Explore on my own") or exploring (with "Follow the lecturer"
 * and "Save this view to my lessons"), the lecturer's lesson step, and the connection.
 */
export function StudentBar() {
  const following = useAppStore((s) => s.following);
  const status = useAppStore((s) => s.classStatus);
  const lesson = useAppStore((s) => s.classView?.lesson ?? null);
  const code = useAppStore((s) => s.classCode);
  const s = useAppStore.getState;
  if (!status || status === 'ended') return null;
  const waiting = status === 'connecting' || status === 'reconnecting' ? STATUS[status] : null;
  return (
    <section className="class-bar" aria-label="Live class">
      <div className="class-bar-text">
        <p className="class-bar-state" data-testid="class-bar-state" role="status">
          {waiting ?? (following ? 'Following the lecturer' : 'Exploring on your own')}
        </p>
        {lesson && (
          <p className="class-bar-step">
            {lesson.title}: step {lesson.step + 1} of {lesson.steps}
            {lesson.stepTitle ? `, ${lesson.stepTitle}` : ''}
          </p>
        )}
      </div>
      <div className="class-actions">
        {following ? (
          <button type="button" onClick={() => s().explore()}>
            Explore on my own
          </button>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => s().follow()}>
              Follow the lecturer
            </button>
            <button type="button" onClick={() => saveView(code)}>
              Save this view to my lessons
            </button>
          </>
        )}
        <button
          type="button"
          onClick={() => void withClassClient((c) => c.leaveClass(useAppStore))}
        >
          Leave class
        </button>
      </div>
    </section>
  );
}

/** The current view as a step of a "Class <code>" lesson (made on first save). */
function saveView(code: string | null): void {
  const s = useAppStore.getState();
  const title = `Class ${code ?? ''}`.trim();
  const id = s.lessons.find((l) => l.title === title)?.id ?? s.createLesson(title);
  const lesson = useAppStore.getState().lessons.find((l) => l.id === id);
  const step = useAppStore
    .getState()
    .addCurrentViewAsStep(id, `View ${(lesson?.steps.length ?? 0) + 1}`);
  s.notify(
    step ? 'info' : 'warning',
    step ? `Saved to the lesson "${title}".` : 'This view could not be saved.',
  );
}

/** The open poll, for a student: the prompt, then "Answer sent", then the answer. */
export function PollBanner() {
  const poll = useAppStore((s) => s.classPoll);
  const answered = useAppStore((s) => s.myAnswer !== null && s.myAnswer.poll === s.classPoll?.id);
  const answerRegion = useAppStore((s) =>
    s.myAnswer ? s.content.regions.get(s.myAnswer.region.split('.')[0]!)?.name : null,
  );
  if (!poll || !poll.open) return null;
  return (
    <section className="class-poll-banner" aria-label="Poll" aria-live="polite">
      <p className="class-poll-prompt">{poll.prompt}</p>
      <p className="class-poll-help" data-testid="poll-status">
        {poll.revealed
          ? 'The answer is drawn on the body.'
          : answered
            ? `Answer sent${answerRegion ? ` (${answerRegion.toLowerCase()})` : ''}. Tap again to change it.`
            : 'Tap the body (or choose a point or region in the list) to answer.'}
      </p>
    </section>
  );
}
