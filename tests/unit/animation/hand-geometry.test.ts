import { Box3, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { HAND_SHAPES } from '../../../src/content/animation-schema';
import { buildForearmGeometry, buildHandModel } from '../../../src/scene/technique/hand-geometry';

describe('operator hand geometry', () => {
  it.each(HAND_SHAPES)(
    '%s: the contact part is at the origin and nothing reaches into the patient',
    (shape) => {
      const { geometry, contact, wrist, forearm } = buildHandModel(shape);
      const pos = geometry.getAttribute('position');
      const box = new Box3().setFromBufferAttribute(pos as never);
      // −Y points into the patient: nothing of the hand is below the skin plane …
      expect(box.min.y).toBeGreaterThan(-1e-9);
      // … and the shape's contact part is what touches it (the cupped hand's hollow stays a little
      // above a flat surface: its rim and fingertips touch).
      expect(contact.length()).toBeLessThan(shape === 'cupped' ? 0.03 : 0.006);
      // A hand-sized object, wrist within reach of the contact, forearm pointing away from the skin.
      const size = box.getSize(new Vector3());
      expect(Math.max(size.x, size.y, size.z)).toBeGreaterThan(0.1);
      expect(Math.max(size.x, size.y, size.z)).toBeLessThan(0.26);
      expect(wrist.length()).toBeLessThan(0.2);
      expect(forearm.length()).toBeCloseTo(1, 6);
      expect(geometry.getAttribute('color').count).toBe(pos.count);
    },
  );

  it('builds every shape as one indexed mesh of modest size (one draw call per hand)', () => {
    for (const shape of HAND_SHAPES) {
      const g = buildHandModel(shape).geometry;
      expect(g.index).not.toBeNull();
      expect(g.index!.count / 3).toBeLessThan(12_000);
    }
    expect(buildForearmGeometry().getAttribute('position').count).toBeGreaterThan(0);
  });
});
