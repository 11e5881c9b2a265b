import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LazyPanel } from '../../app/LazyPanel';
import { classroomPart } from '../../app/parts';
import { keepLabelsAbove } from '../../scene/label-registry';
import { selectActiveLesson } from '../../state/slices/lesson';
import { useAppStore } from '../../state/store';
import { describePage } from '../describe-page';
import { techniqueOnScreen } from '../player/technique-controls';
import { activeLinkText } from './caption';
import {
  advance,
  enterPresenter,
  exitPresenter,
  openPresenterConsole,
  presenterFullscreen,
} from './presenter-actions';
import './presenter.css';

/** The last pointer position, so the laser appears where the pointer already is. */
const pointer = { x: -100, y: -100 };

function isEditing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable="true"]');
}

/** An open modal dialog (the contraindications): while it is up, its keys are its own. */
const openDialog = () => document.querySelector('[role="dialog"][aria-modal="true"]');

/**
 * Presenter keys. While presenting they are taken before any other handler (capture phase):
 * PageDown / → / space next, PageUp / ← previous, B (or ".") blank, L held laser, Esc leaves.
 * With a technique on screen the clicker runs the technique: space plays or pauses it, PageDown
 * / → and PageUp / ← step through its steps, and past its last (or before its first) step they
 * move the lesson on (or back); Shift with them moves the lesson at once. While a dialog is open
 * the keys are the dialog's (Esc closes it; a second Esc leaves presenter mode).
 * Outside presenter mode: P starts presenting; PageDown / PageUp move through an open lesson.
 */
function usePresenterKeys() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isEditing(e.target)) return;
      const s = useAppStore.getState();
      const key = e.key;
      const take = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      if (!s.presenting) {
        if (key === 'p' || key === 'P') {
          take();
          enterPresenter();
        } else if (s.activeLessonId !== null && (key === 'PageDown' || key === 'PageUp')) {
          take();
          advance(key === 'PageDown' ? 1 : -1);
        }
        return;
      }
      if (openDialog()) return;
      // Without a lesson, stepping keys only mean something on a chain (or a technique).
      const canStep = s.activeLessonId !== null || s.page.kind === 'chain';
      const technique =
        s.page.kind === 'technique' && !e.shiftKey ? techniqueOnScreen.controls : null;
      const move = (direction: 1 | -1) => {
        if (technique) {
          take();
          if (!e.repeat && !technique.step(direction) && canStep) advance(direction);
        } else if (canStep) {
          take();
          if (!e.repeat) advance(direction);
        }
      };
      switch (key) {
        case ' ':
          if (technique) {
            take();
            if (!e.repeat) {
              if (s.playing) technique.pause();
              else technique.play();
            }
          } else move(1);
          break;
        case 'PageDown':
        case 'ArrowRight':
          move(1);
          break;
        case 'PageUp':
        case 'ArrowLeft':
          move(-1);
          break;
        case 'b':
        case 'B':
        case '.':
          take();
          if (!e.repeat) s.setBlanked(!s.blanked);
          break;
        case 'l':
        case 'L':
          take();
          s.setLaser(true);
          break;
        case 'Escape':
        case 'p':
        case 'P':
          take();
          exitPresenter();
          break;
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      const s = useAppStore.getState();
      if (s.presenting && (e.key === 'l' || e.key === 'L')) s.setLaser(false);
    };
    const onFullscreen = () => {
      // Esc in full screen is taken by the browser: leaving full screen leaves presenter mode.
      if (!document.fullscreenElement && presenterFullscreen.requested) {
        presenterFullscreen.requested = false;
        if (useAppStore.getState().presenting) exitPresenter();
      }
    };
    const onPointer = (e: PointerEvent) => {
      pointer.x = e.clientX;
      pointer.y = e.clientY;
    };
    window.addEventListener('pointermove', onPointer, { passive: true });
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('pointermove', onPointer);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);
}

/** A large, bright dot that follows the pointer (moved without React state per event). */
function Laser() {
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onMove = (e: PointerEvent) => {
      const el = dot.current;
      if (!el) return;
      el.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
    };
    window.addEventListener('pointermove', onMove);
    return () => window.removeEventListener('pointermove', onMove);
  }, []);
  return (
    <div
      ref={dot}
      className="laser-dot"
      data-testid="laser-dot"
      aria-hidden="true"
      style={{ transform: `translate(${pointer.x}px, ${pointer.y}px)` }}
    />
  );
}

function CaptionBar() {
  const { lesson, stepIndex, viewText, linkText } = useAppStore(
    useShallow((s) => ({
      lesson: selectActiveLesson(s),
      stepIndex: s.stepIndex,
      viewText: describePage(s.page, s.content),
      linkText: activeLinkText(s),
    })),
  );
  const step = lesson?.steps[stepIndex];
  const bar = useRef<HTMLDivElement>(null);
  // The bar's height, for the technique player and dialogs to sit above it.
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--presenter-caption-h', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--presenter-caption-h');
    };
  }, []);
  return (
    <div className="presenter-caption" data-testid="presenter-caption" ref={bar}>
      {/* The page's one h1 while presenting (the side panel's is hidden with the chrome). */}
      <h1 className="caption-title">
        {step ? step.title : viewText}
        {lesson && (
          <span className="caption-count">
            {stepIndex + 1} / {lesson.steps.length}
          </span>
        )}
      </h1>
      {linkText && <p className="caption-link">{linkText}</p>}
    </div>
  );
}

function PresenterControls() {
  const laser = useAppStore((s) => s.laser);
  const blanked = useAppStore((s) => s.blanked);
  const setLaser = useAppStore((s) => s.setLaser);
  const setBlanked = useAppStore((s) => s.setBlanked);
  const classServer = useAppStore((s) => s.classServer !== null);
  return (
    <div className="presenter-controls" role="toolbar" aria-label="Presenter controls">
      <button type="button" onClick={() => advance(-1)}>
        Previous
      </button>
      <button type="button" onClick={() => advance(1)}>
        Next
      </button>
      <button type="button" aria-pressed={laser} onClick={() => setLaser(!laser)}>
        Laser pointer
      </button>
      <button type="button" aria-pressed={blanked} onClick={() => setBlanked(!blanked)}>
        Blank screen
      </button>
      <button type="button" onClick={() => openPresenterConsole()}>
        Console
      </button>
      <LazyPanel part={classroomPart} wanted={classServer}>
        {(m) => <m.StartClassButton />}
      </LazyPanel>
      <button type="button" onClick={() => exitPresenter()}>
        Exit presenter mode
      </button>
    </div>
  );
}

/** Students following a lesson (from a link, a file or the list): the step with Next / Previous. */
function FollowBar() {
  const { lesson, stepIndex, shared } = useAppStore(
    useShallow((s) => ({
      lesson: selectActiveLesson(s),
      stepIndex: s.stepIndex,
      shared: s.sharedLesson !== null && s.sharedLesson.id === s.activeLessonId,
    })),
  );
  const s = useAppStore.getState;
  if (!lesson) return null;
  const step = lesson.steps[stepIndex];
  return (
    // The bar lies over the 3D view: the body labels are laid out above it.
    <section className="follow-bar" aria-label="Follow lesson" ref={keepLabelsAbove}>
      <div className="follow-text">
        <p className="follow-lesson">{lesson.title}</p>
        <p className="follow-step" data-testid="follow-step">
          Step {stepIndex + 1} of {lesson.steps.length}
          {step ? `: ${step.title}` : ''}
        </p>
      </div>
      <div className="follow-actions">
        <button type="button" disabled={stepIndex === 0} onClick={() => s().previousStep()}>
          Previous
        </button>
        <button
          type="button"
          disabled={stepIndex >= lesson.steps.length - 1}
          onClick={() => s().nextStep()}
        >
          Next
        </button>
        {shared && (
          <button type="button" onClick={() => s().saveSharedLesson()}>
            Save to my lessons
          </button>
        )}
        <button type="button" onClick={() => enterPresenter()}>
          Present
        </button>
        <button type="button" aria-label="Close lesson" onClick={() => s().closeLesson()}>
          Close
        </button>
      </div>
    </section>
  );
}

/**
 * Everything on top of the app for lecturers: the presenter overlay (caption, laser, blank,
 * controls) while presenting, the follow-along bar otherwise, and the keys.
 */
export function PresenterLayer() {
  usePresenterKeys();
  const presenting = useAppStore((s) => s.presenting);
  const blanked = useAppStore((s) => s.blanked);
  const laser = useAppStore((s) => s.laser);
  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset['presenting'] = '';
    else delete root.dataset['presenting'];
    return () => {
      delete root.dataset['presenting'];
    };
  }, [presenting]);
  if (!presenting) return <FollowBar />;
  return (
    <div className="presenter-layer" data-testid="presenter-layer">
      <CaptionBar />
      <PresenterControls />
      {laser && <Laser />}
      {blanked && <div className="presenter-blank" data-testid="presenter-blank" />}
    </div>
  );
}
