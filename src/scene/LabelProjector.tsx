import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import { findPart } from './body-parts';
import { bodyRuntime } from './body-runtime';
import { labelElements } from './label-registry';
import { placeLabels } from './label-layout';

const v = new Vector3();
const toCamera = new Vector3();

interface Placed {
  el: HTMLElement;
  x: number;
  y: number;
  w: number;
  h: number;
}
const placed: Placed[] = [];

/**
 * Projects each registered label's anchor to the screen every drawn frame; `placeLabels` decides
 * where each label goes so that none overlaps another.
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
      placed.push({ el, x, y, w: el.offsetWidth, h: el.offsetHeight });
    }
    const layout = placeLabels(placed, size.width);
    placed.forEach((p, i) => {
      const { left, top, dotX, dotY } = layout[i]!;
      p.el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      p.el.style.setProperty('--dot-x', `${Math.round(dotX)}px`);
      p.el.style.setProperty('--dot-y', `${Math.round(dotY)}px`);
    });
  });
  return null;
}
