/**
 * Force labels on the body: placed beside their arrows, never over one another, above the player
 * and inside the canvas; words change only through `setForceLabel`.
 */
import { PerspectiveCamera, Vector3 } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARROW_SLOTS,
  forceLabels,
  layoutScreenLabels,
  projectForceLabels,
  setForceLabel,
} from '../../../src/scene/technique/force-labels';

interface FakeEl {
  offsetWidth: number;
  offsetHeight: number;
  style: { visibility: string; transform: string; setProperty: (k: string, v: string) => void };
  text: { textContent: string };
}

function fakeLabel(w: number, h: number): FakeEl {
  return {
    offsetWidth: w,
    offsetHeight: h,
    style: { visibility: '', transform: '', setProperty: () => undefined },
    text: { textContent: '' },
  };
}

function rectOf(el: FakeEl) {
  const m = /translate\((-?\d+)px, (-?\d+)px\)/.exec(el.style.transform);
  expect(m).not.toBeNull();
  const x = Number(m![1]);
  const y = Number(m![2]);
  return { x, y, w: el.offsetWidth, h: el.offsetHeight };
}

const camera = new PerspectiveCamera(35, 900 / 700, 0.05, 50);
camera.position.set(0, 0, 3);
camera.lookAt(0, 0, 0);
camera.updateMatrixWorld(true);

afterEach(() => {
  for (let i = 0; i < ARROW_SLOTS; i++) {
    setForceLabel(i, null);
    forceLabels[i]!.el = null;
    forceLabels[i]!.text = null;
  }
});

describe('force labels', () => {
  it('keeps labels of arrows that end at the same spot apart, above the player', () => {
    const els = [0, 1, 3, 4].map((slot) => {
      const el = fakeLabel(180, 44);
      const s = forceLabels[slot]!;
      s.el = el as unknown as HTMLElement;
      s.text = el.text as unknown as HTMLElement;
      s.left = s.top = Number.NaN;
      s.anchor.copy(new Vector3(0.01 * slot, -0.05, 0));
      setForceLabel(slot, `label ${slot}`);
      return el;
    });
    projectForceLabels(camera, 900, 700);
    layoutScreenLabels([], 900, 560);
    const rects = els.map(rectOf);
    for (let i = 0; i < rects.length; i++) {
      const a = rects[i]!;
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w).toBeLessThanOrEqual(900);
      expect(a.y + a.h).toBeLessThanOrEqual(560);
      for (let j = 0; j < i; j++) {
        const b = rects[j]!;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `labels ${i} and ${j} overlap`).toBe(true);
      }
    }
    expect(els[0]!.text.textContent).toBe('label 0');
  });

  it('keeps force labels and region labels apart (one layout for both)', () => {
    const force = fakeLabel(180, 44);
    const s = forceLabels[0]!;
    s.el = force as unknown as HTMLElement;
    s.text = force.text as unknown as HTMLElement;
    s.left = s.top = Number.NaN;
    s.anchor.set(0, 0, 0);
    setForceLabel(0, 'gentle traction');
    projectForceLabels(camera, 900, 700);
    // A region label anchored on the very point the arrow ends at.
    const region = fakeLabel(150, 26);
    layoutScreenLabels(
      [{ el: region as unknown as HTMLElement, x: s.x, y: s.y, w: 150, h: 26 }],
      900,
      600,
    );
    const a = rectOf(force);
    const b = rectOf(region);
    const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    expect(apart).toBe(true);
    expect(a.y + a.h).toBeLessThanOrEqual(600);
  });

  it('hides a slot with no words and labels behind the camera', () => {
    const el = fakeLabel(120, 40);
    const s = forceLabels[0]!;
    s.el = el as unknown as HTMLElement;
    s.text = el.text as unknown as HTMLElement;
    setForceLabel(0, 'equal counterforce');
    s.anchor.set(0, 0, 5); // behind the camera
    projectForceLabels(camera, 900, 700);
    layoutScreenLabels([], 900, 700);
    expect(el.style.visibility).toBe('hidden');
    setForceLabel(0, null);
    expect(el.style.visibility).toBe('hidden');
  });
});
