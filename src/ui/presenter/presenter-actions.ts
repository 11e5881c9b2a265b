import { CONSOLE_HASH } from '../../domain/url';
import { useAppStore } from '../../state/store';

/** Whether we asked for full screen, so leaving full screen (Esc) also leaves presenter mode. */
export const presenterFullscreen = { requested: false };

/**
 * Starts presenter mode: chrome hidden, projector theme, and full screen where the browser
 * allows it (called from a click or key press, as the Fullscreen API requires). A refusal or a
 * missing API leaves presenter mode working in the window.
 */
export function enterPresenter(): void {
  useAppStore.getState().startPresenting();
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  try {
    presenterFullscreen.requested = true;
    root
      .requestFullscreen()
      .then(lockEscape)
      .catch(() => {
        presenterFullscreen.requested = false;
      });
  } catch {
    presenterFullscreen.requested = false;
  }
}

/** The Keyboard Lock API (Chromium): not in TypeScript's DOM types yet. */
interface KeyboardLock {
  lock(keys: string[]): Promise<void>;
}

/**
 * In full screen the browser takes Esc to leave it. Where Keyboard Lock exists, Esc comes to the
 * page instead (holding it still leaves full screen), so a first Esc can close an open dialog
 * and a second leave presenter mode, as in a window.
 */
function lockEscape(): void {
  const keyboard = (navigator as Navigator & { keyboard?: Partial<KeyboardLock> }).keyboard;
  if (typeof keyboard?.lock === 'function') keyboard.lock(['Escape']).catch(() => undefined);
}

export function exitPresenter(): void {
  useAppStore.getState().stopPresenting();
  presenterFullscreen.requested = false;
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined);
}

/** Opens the presenter console (notes, next step, clock) in a second window. */
export function openPresenterConsole(): Window | null {
  const url = `${window.location.pathname}${window.location.search}${CONSOLE_HASH}`;
  return window.open(url, 'omt-atlas-presenter-console', 'popup,width=1000,height=700');
}

/** Next / previous: through the lesson's steps when one is open, else through chain links. */
export function advance(delta: 1 | -1): void {
  const s = useAppStore.getState();
  if (s.activeLessonId !== null) {
    if (delta > 0) s.nextStep();
    else s.previousStep();
  } else if (s.page.kind === 'chain') s.stepLink(delta);
}
