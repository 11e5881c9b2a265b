import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import { findPart } from './body-parts';
import { bodyRuntime } from './body-runtime';
import { labelElements } from './label-registry';

const v = new Vector3();
const toCamera = new Vector3();
const GAP = 4;

interface Placed {
  el: HTMLElement;
  x: number;
  y: number;
  w: number;
  h: number;
  left: boolean;
}
const placed: Placed[] = [];

/**
 * Projects each registered label's anchor to the screen every drawn frame and nudges labels
 * vertically so none overlaps another. Labels on the left half of the screen extend to the left,
 * the others to the right, so they fan away from the body.
 */
export function LabelProjector() {
  useFrame(({ camera, size }) => {
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
      placed.push({ el, x, y, w: el.offsetWidth, h: el.offsetHeight, left: x < size.width / 2 });
    }
    placed.sort((a, b) => a.y - b.y);
    for (const side of [true, false]) {
      let bottom = -Infinity;
      for (const p of placed) {
        if (p.left !== side) continue;
        const top = Math.max(p.y - p.h / 2, bottom + GAP);
        bottom = top + p.h;
        const lx = p.left ? p.x - p.w - 14 : p.x + 14;
        p.el.style.transform = `translate(${Math.round(lx)}px, ${Math.round(top)}px)`;
        p.el.style.setProperty('--dot-x', `${Math.round(p.left ? p.w + 14 : -14)}px`);
        p.el.style.setProperty('--dot-y', `${Math.round(p.y - top)}px`);
      }
    }
  });
  return null;
}
