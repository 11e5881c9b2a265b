import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { selectBodyPaint } from '../state/body-paint';
import { useAppStore } from '../state/store';
import { findPart, type PartInfo } from './body-parts';
import { bodyRuntime } from './body-runtime';
import { frameParts } from './framing';

/**
 * Glides the camera to frame a chain when it opens, and to the active link when the user steps
 * through the links. A link that carried its own camera is respected.
 */
export function ChainFramer({ ready }: { ready: boolean }) {
  const paint = useAppStore(selectBodyPaint);
  const page = useAppStore((s) => s.page);
  const getThree = useThree((s) => s.get);
  const lastChain = useRef<string | null>(null);

  useEffect(() => {
    if (!ready || !paint.links.length) {
      lastChain.current = null;
      return;
    }
    const key = page.kind === 'chain' ? `${page.chain}/${page.side}` : `${page.kind}`;
    const opening = key !== lastChain.current;
    lastChain.current = key;
    const state = useAppStore.getState();
    if (state.consumeCameraFromLink()) return;
    const active = paint.links.find((l) => l.active);
    const ids =
      opening || !active
        ? paint.links.flatMap((l) => [l.from, l.to])
        : [active.from, active.to, ...active.via];
    const parts = ids
      .map((id) => findPart(bodyRuntime.parts, id))
      .filter((p): p is PartInfo => !!p);
    const { size } = getThree();
    const camera = frameParts(parts, 35, size.width / Math.max(1, size.height));
    if (camera) state.requestCamera(camera, { glide: true });
  }, [ready, paint, page, getThree]);

  return null;
}
