import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { framingGoal } from '../domain/camera-framing';
import type { Page } from '../domain/url';
import { selectBodyPaint } from '../state/body-paint';
import { useAppStore } from '../state/store';
import { findPart, type PartInfo } from './body-parts';
import { bodyRuntime } from './body-runtime';
import { frameParts } from './framing';

/**
 * Glides the camera to every page's destination when the page changes (`framingGoal` decides
 * what that is), and to the active link when the user steps through a chain. A link or lesson
 * step that carried its own camera is respected once.
 */
export function PageFramer({ ready }: { ready: boolean }) {
  const page = useAppStore((s) => s.page);
  const getThree = useThree((s) => s.get);
  const lastPage = useRef<Page | null>(null);

  useEffect(() => {
    if (!ready) return;
    const state = useAppStore.getState();
    const goal = framingGoal(lastPage.current, page, selectBodyPaint(state));
    lastPage.current = page;
    // A technique's stage frames its phases and answers to the link's camera itself.
    if (page.kind === 'technique') return;
    // The camera a link brought belongs to this navigation only: consume it even when nothing
    // is framed, so it cannot hold back the framing of a later page.
    if (state.consumeCameraFromLink() || goal.kind === 'none') return;
    if (goal.kind === 'home') {
      // No camera in the store means the home camera, and keeps `cam` out of the home link.
      state.requestCamera(null, { glide: true });
      return;
    }
    const parts = goal.ids
      .map((id) => findPart(bodyRuntime.parts, id))
      .filter((p): p is PartInfo => !!p);
    const { size } = getThree();
    const camera = frameParts(parts, 35, size.width / Math.max(1, size.height), goal.minSpan);
    if (camera) state.requestCamera(camera, { glide: true });
  }, [ready, page, getThree]);

  return null;
}
