import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { findPart } from './body-parts';
import { bodyRuntime } from './body-runtime';
import { labelCeilings, labelElements, labelLayout } from './label-registry';
import { layoutScreenLabels, type ScreenLabel } from './technique/force-labels';
import { playerTop } from './technique/playback-runtime';

const v = new Vector3();
const toCamera = new Vector3();
const placed: ScreenLabel[] = [];
/** Reused label records: the frame loop allocates none once the pool has grown. */
const pool: ScreenLabel[] = [];

/** How far down the canvas (px) labels may reach: above the player and any panel over the canvas. */
function labelsBottom(canvas: HTMLElement, height: number): number {
  let bottom = playerTop(height);
  if (!labelCeilings.size) return bottom;
  const canvasTop = canvas.getBoundingClientRect().top;
  for (const el of labelCeilings)
    if (el.offsetHeight > 0) bottom = Math.min(bottom, el.getBoundingClientRect().top - canvasTop);
  return bottom;
}

/**
 * Projects each registered label's anchor to the screen every drawn frame; `layoutScreenLabels`
 * places them together with the technique's force labels so that none overlaps another. Mounted
 * after the technique stage, whose frame callback projects the force labels first.
 */
export function LabelProjector() {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    labelLayout.request = () => invalidate();
    return () => {
      labelLayout.request = () => undefined;
    };
  }, [invalidate]);
  useFrame(({ camera, size, gl }) => {
    placed.length = 0;
    for (const [id, el] of labelElements) {
      const info = findPart(bodyRuntime.parts, id);
      if (!info) {
        el.style.visibility = 'hidden';
        continue;
      }
      v.copy(info.anchor);
      toCamera.subVectors(camera.position, v);
      const facing = toCamera.dot(info.normal) > -0.2 * toCamera.length();
      v.project(camera);
      const x = ((v.x + 1) / 2) * size.width;
      const y = ((1 - v.y) / 2) * size.height;
      el.dataset['facing'] = facing ? 'front' : 'back';
      el.style.visibility = v.z < 1 ? 'visible' : 'hidden';
      const n = placed.length;
      if (pool.length <= n) pool.push({ el, x: 0, y: 0, w: 0, h: 0 });
      const label = pool[n]!;
      label.el = el;
      label.x = x;
      label.y = y;
      label.w = el.offsetWidth;
      label.h = el.offsetHeight;
      placed.push(label);
    }
    layoutScreenLabels(placed, size.width, labelsBottom(gl.domElement, size.height));
  });
  return null;
}
