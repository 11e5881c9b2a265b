import { selectActiveLesson } from '../../state/slices/lesson';
import type { AppState, AppStore } from '../../state/store';
import { describePage } from '../describe-page';
import { onTechniqueStatus, techniqueOnScreen } from '../player/technique-controls';
import { activeLinkText } from './caption';
import { advance, enterPresenter, exitPresenter } from './presenter-actions';
import {
  readPresenterMessage,
  type PresenterCommand,
  type PresenterMessage,
  type PresenterSnapshot,
} from './presenter-messages';

/** The projector window and the presenter console talk on this channel, both ways. */
export const PRESENTER_CHANNEL = 'omt-atlas-presenter';

export type { PresenterCommand, PresenterMessage, PresenterSnapshot };

export function presenterSnapshot(s: AppState): PresenterSnapshot {
  const lesson = selectActiveLesson(s);
  return {
    lessonTitle: lesson?.title ?? null,
    steps: lesson?.steps.map((st) => ({ title: st.title, notes: st.notes })) ?? [],
    stepIndex: s.stepIndex,
    presenting: s.presenting,
    blanked: s.blanked,
    startedAt: s.presentStartedAt,
    viewText: describePage(s.page, s.content),
    linkText: activeLinkText(s),
    technique: techniqueSnapshot(s),
  };
}

function techniqueSnapshot(s: AppState): PresenterSnapshot['technique'] {
  const status = techniqueOnScreen.status;
  if (s.page.kind !== 'technique' || !status || !techniqueOnScreen.controls) return null;
  return { playing: s.playing, ...status };
}

/**
 * Projector side: publishes the presenting state whenever it changes and answers the console's
 * commands. Does nothing where BroadcastChannel is missing.
 */
export function startPresenterChannel(store: AppStore): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  let last = '';
  const publish = (force = false) => {
    const state = presenterSnapshot(store.getState());
    const json = JSON.stringify(state);
    if (!force && json === last) return;
    last = json;
    channel.postMessage({ type: 'state', state } satisfies PresenterMessage);
  };
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const msg = readPresenterMessage(e.data);
    if (!msg) return;
    if (msg.type === 'hello') publish(true);
    if (msg.type !== 'command') return;
    const s = store.getState();
    switch (msg.command) {
      case 'next':
        advance(1);
        break;
      case 'previous':
        advance(-1);
        break;
      case 'goto':
        s.goToStep(msg.index);
        break;
      case 'blank':
        s.setBlanked(msg.blanked);
        break;
      case 'present':
        // No user gesture here, so no full screen: the lecturer presses F11 or the button.
        if (!s.presenting) enterPresenter();
        break;
      case 'stop':
        exitPresenter();
        break;
      case 'technique-play':
      case 'technique-pause':
      case 'technique-step': {
        // Only for a technique on screen here (the console may show an older state).
        const technique = s.page.kind === 'technique' ? techniqueOnScreen.controls : null;
        if (!technique) break;
        if (msg.command === 'technique-play') technique.play();
        else if (msg.command === 'technique-pause') technique.pause();
        else technique.step(msg.direction);
        break;
      }
    }
  };
  const unsubscribe = store.subscribe(() => publish());
  // The step shown changes during playback without a store change.
  const unsubscribeTechnique = onTechniqueStatus(() => publish());
  publish(true);
  return () => {
    unsubscribe();
    unsubscribeTechnique();
    channel.close();
  };
}
