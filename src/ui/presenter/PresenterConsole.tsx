import { useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from '../ErrorBoundary';
import { PRESENTER_CHANNEL } from './channel';
import {
  readPresenterMessage,
  type PresenterCommand,
  type PresenterMessage,
  type PresenterSnapshot,
} from './presenter-messages';
import './presenter.css';

function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${h ? `${h}:` : ''}${two(m)}:${two(s)}`;
}

/** The console behind an error boundary, so a failure shows a message and a retry, not a blank page. */
export function PresenterConsole() {
  return (
    <ErrorBoundary area="The presenter console">
      <PresenterConsoleView />
    </ErrorBoundary>
  );
}

/**
 * The presenter console: a second window on the lecturer's laptop with the notes, the current
 * and next step, a clock and the step controls. It holds no app state of its own: it shows what
 * the projector window publishes and sends commands back (BroadcastChannel, both ways).
 */
function PresenterConsoleView() {
  const [state, setState] = useState<PresenterSnapshot | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [openedAt] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);
  const supported = typeof BroadcastChannel !== 'undefined';

  useEffect(() => {
    document.title = 'OMT Atlas — presenter console';
    if (!supported) return;
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<unknown>) => {
      // A message from another version of the app that does not match is ignored, not shown.
      const msg = readPresenterMessage(e.data);
      if (msg?.type === 'state') setState(msg.state);
    };
    ch.postMessage({ type: 'hello' } satisfies PresenterMessage);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [supported]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const send = (command: PresenterCommand) =>
    channel.current?.postMessage({ type: 'command', ...command } satisfies PresenterMessage);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // With a technique on screen, space plays or pauses it (as on the projector).
      const technique = state?.technique;
      if (e.key === ' ' && technique)
        send({ command: technique.playing ? 'technique-pause' : 'technique-play' });
      else if (['PageDown', 'ArrowRight', ' '].includes(e.key)) send({ command: 'next' });
      else if (['PageUp', 'ArrowLeft'].includes(e.key)) send({ command: 'previous' });
      else if (e.key === 'b' || e.key === 'B')
        send({ command: 'blank', blanked: !(state?.blanked ?? false) });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!supported)
    return (
      <main className="console">
        <p role="alert">
          This browser cannot link two windows (no BroadcastChannel). Present from the main window.
        </p>
      </main>
    );

  const current = state?.steps[state.stepIndex];
  const next = state?.steps[state.stepIndex + 1];
  const elapsed = now - (state?.startedAt ?? openedAt);

  return (
    <main className="console" aria-label="Presenter console">
      <header className="console-head">
        <h1>Presenter console{state?.lessonTitle ? ` — ${state.lessonTitle}` : ''}</h1>
        <span className="console-clock" aria-label="Elapsed time" data-testid="console-clock">
          {clock(elapsed)}
        </span>
      </header>
      {!state ? (
        <p className="muted">Waiting for the OMT Atlas window… keep it open in this browser.</p>
      ) : (
        <>
          <section className="console-current" aria-label="Current step">
            <span className="console-label">
              {state.lessonTitle
                ? `Step ${state.stepIndex + 1} of ${state.steps.length}`
                : 'Now showing'}
              {state.presenting ? '' : ' · not presenting'}
              {state.blanked ? ' · screen blanked' : ''}
            </span>
            <h2 data-testid="console-current">{current ? current.title : state.viewText}</h2>
            {state.linkText && <p>{state.linkText}</p>}
            <div className="console-notes" aria-label="Notes" data-testid="console-notes">
              {current?.notes || <span className="muted">No notes for this step.</span>}
            </div>
          </section>
          <aside className="console-next" aria-label="Next step">
            <span className="console-label">Next</span>
            <h2 data-testid="console-next">{next ? next.title : 'End of the lesson'}</h2>
            {state.steps.length > 0 && (
              <ol className="console-steps" aria-label="All steps">
                {state.steps.map((st, i) => (
                  <li key={i}>
                    <button
                      type="button"
                      aria-current={i === state.stepIndex ? 'step' : undefined}
                      onClick={() => send({ command: 'goto', index: i })}
                    >
                      {i + 1}. {st.title}
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </aside>
          {state.technique && (
            <section className="console-technique" aria-label="Technique on screen">
              <span className="console-label" data-testid="console-technique-step">
                Technique step {state.technique.step + 1} of {state.technique.steps}
                {state.technique.playing ? ' · playing' : ' · paused'}
              </span>
              <p>{state.technique.caption}</p>
              <div className="console-controls" role="toolbar" aria-label="Technique controls">
                <button
                  type="button"
                  onClick={() => send({ command: 'technique-step', direction: -1 })}
                >
                  Previous technique step
                </button>
                {state.technique.playing ? (
                  <button type="button" onClick={() => send({ command: 'technique-pause' })}>
                    Pause technique
                  </button>
                ) : (
                  <button type="button" onClick={() => send({ command: 'technique-play' })}>
                    Play technique
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => send({ command: 'technique-step', direction: 1 })}
                >
                  Next technique step
                </button>
              </div>
            </section>
          )}
          <div className="console-controls" role="toolbar" aria-label="Step controls">
            <button type="button" onClick={() => send({ command: 'previous' })}>
              Previous
            </button>
            <button type="button" onClick={() => send({ command: 'next' })}>
              Next
            </button>
            <button
              type="button"
              aria-pressed={state.blanked}
              onClick={() => send({ command: 'blank', blanked: !state.blanked })}
            >
              Blank screen
            </button>
            <button
              type="button"
              onClick={() => send({ command: state.presenting ? 'stop' : 'present' })}
            >
              {state.presenting ? 'Stop presenting' : 'Start presenting'}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
