import {
  readClassView,
  samePageIgnoringTime,
  techniqueCatchUp,
} from '../domain/classroom/class-view';
import type { ClassTap, ClassView } from '../domain/classroom/protocol';
import { cameraMoveForKey } from '../domain/camera-moves';
import { encodeRoute, MAX_SHOWN_ZONES, type RestPoint, type Route } from '../domain/url';
import { bodyRuntime } from '../scene/body-runtime';
import { findPart } from '../scene/body-parts';
import { frameClock } from '../state/slices/playback';
import type { AppState, AppStore } from '../state/store';
import { applyRoute, routeFromState, type PageValidator } from '../state/url-sync';

/** The student's view without the camera: what a navigation (not an orbit) changes. */
function viewKey(s: AppState): string {
  const route = routeFromState(s);
  const page = route.page.kind === 'technique' ? { ...route.page, t: 0 } : route.page;
  return encodeRoute({ page, view: { ...route.view, camera: undefined } });
}

const sameHash = (a: Route, b: Route) =>
  samePageIgnoringTime(a.page, b.page) &&
  encodeRoute({ page: { kind: 'home' }, view: a.view }) ===
    encodeRoute({ page: { kind: 'home' }, view: b.view });

/** Where a region sits on the body at rest: a region chosen from the list is answered there. */
function regionAnchor(region: string): RestPoint | null {
  const info = findPart(bodyRuntime.parts, region);
  return info ? (info.anchor.toArray() as RestPoint) : null;
}

export interface FollowerOptions {
  validate: PageValidator;
  sendAnswer: (tap: ClassTap) => void;
  doc: Document;
}

/**
 * The student's side, one more store subscriber: while following, every view from the room is
 * applied as a link is (page, camera, layers, maps), and the technique clock catches up. The
 * student breaks away by navigating, orbiting or zooming (or the button); "Follow the lecturer"
 * snaps back to the latest view. While a poll is open their next touch of the body (click, point
 * chooser, region list) is their answer, not a navigation.
 */
export function startFollower(store: AppStore, options: FollowerOptions): () => void {
  let applying = false;

  const apply = (view: ClassView) => {
    const read = readClassView(view);
    if (!read.ok) return;
    const s = store.getState();
    applying = true;
    try {
      if (!sameHash(read.route, routeFromState(s))) {
        const problem = options.validate(read.route.page);
        if (problem) {
          s.notify('warning', `The lecturer’s view cannot be shown here: ${problem}.`);
        } else {
          applyRoute(store, read.route);
        }
      }
      if (read.view.technique && store.getState().page.kind === 'technique') {
        const now = store.getState();
        const local = { time: now.playing ? frameClock.time : now.time, playing: now.playing };
        const catchUp = techniqueCatchUp(local, read.view.technique, Date.now() - read.view.sentAt);
        if (catchUp.seek !== null) {
          now.seek(catchUp.seek);
          frameClock.time = catchUp.seek;
        }
        if (catchUp.playing !== now.playing) (catchUp.playing ? now.play : now.pause)();
      }
    } finally {
      applying = false;
    }
  };

  const answer = (s: AppState): boolean => {
    const poll = s.classPoll;
    if (!poll?.open || s.page.kind !== 'region') return false;
    const at = s.touched ?? regionAnchor(s.page.region);
    if (!at) return false;
    const tap: ClassTap = { poll: poll.id, at, region: s.page.region.slice(0, 80) };
    options.sendAnswer(tap);
    return true;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || s.classRole !== 'student') return;
    const poll = s.classPoll;
    if (poll?.revealed && !prev.classPoll?.revealed && !s.following) {
      // Exploring on their own, a student still sees the answer: its zones join their view.
      applying = true;
      s.setMapsView({ ...routeFromState(s).view, zones: poll.zones.slice(0, MAX_SHOWN_ZONES) });
      applying = false;
      return;
    }
    if (s.following && s.classView && (s.classView !== prev.classView || !prev.following)) {
      apply(s.classView);
      return;
    }
    const navigated = viewKey(s) !== viewKey(prev);
    const touchedAgain = s.touched !== prev.touched && s.touched !== null;
    if ((navigated || touchedAgain) && answer(s)) {
      // The touch was an answer: a follower stays on the lecturer's view.
      if (s.following && s.classView) apply(s.classView);
      return;
    }
    // A settled camera that moved (a click also ends an orbit, without moving anything).
    const orbited =
      s.cameraRequest === prev.cameraRequest &&
      JSON.stringify(s.camera) !== JSON.stringify(prev.camera);
    if (s.following && (navigated || orbited)) s.explore();
  });

  // Keys and view buttons move the camera through requests, as framing does: heard here.
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (target?.getAttribute('role') === 'application' && cameraMoveForKey(e.key))
      store.getState().explore();
  };
  const onClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement | null;
    if (target?.closest('[aria-label="Camera views"]')) store.getState().explore();
  };
  options.doc.addEventListener('keydown', onKey, true);
  options.doc.addEventListener('click', onClick, true);
  return () => {
    unsubscribe();
    options.doc.removeEventListener('keydown', onKey, true);
    options.doc.removeEventListener('click', onClick, true);
  };
}
