/**
 * Hands show through the patient wherever it hides them: every hand in contact carries its
 * see-through twin, drawn between the body and the hands, testing GREATER depth, writing none.
 */
import { GreaterDepth, Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { animations } from '../../../src/content/animations';
import {
  HAND_RENDER_ORDER,
  HAND_XRAY_MATERIAL,
  XRAY_RENDER_ORDER,
} from '../../../src/scene/technique/hand-xray';
import { eachSettledPhase } from './operator-fixture';

/** Per phase, whether each hand in contact shows its twin. */
function twinsShown(variant: string): boolean[] {
  const shown: boolean[] = [];
  eachSettledPhase(animations[variant], 'left', ({ frame, hands }) => {
    hands.forEach((hand, i) => {
      if (!frame.hands[i]!.inContact) return;
      const twin = hand.children.find((c) => c instanceof Mesh)!;
      expect((twin as Mesh).geometry).toBe(hand.geometry);
      shown.push(twin.visible);
    });
  });
  return shown;
}

describe('hands seen through the patient', () => {
  it('the twin pass draws only where the hand is hidden, before the hands, writing no depth', () => {
    expect(HAND_XRAY_MATERIAL.depthFunc).toBe(GreaterDepth);
    expect(HAND_XRAY_MATERIAL.depthWrite).toBe(false);
    // Skin draws at render order 2 (skin-depth.ts): twins after it, hands after the twins.
    expect(XRAY_RENDER_ORDER).toBeGreaterThan(2);
    expect(HAND_RENDER_ORDER).toBeGreaterThan(XRAY_RENDER_ORDER);
  });

  it('CV4 and the sacral hold (hands under the patient) show both hands through the body', () => {
    for (const v of ['cv4', 'sacral-balanced-ligamentous']) {
      const shown = twinsShown(v);
      expect(shown.length, v).toBeGreaterThan(0);
      expect(shown.some(Boolean), v).toBe(true);
    }
    expect(twinsShown('cv4').every(Boolean)).toBe(true);
  });

  it('hands on top or behind a limb keep their twin too (the camera may look from anywhere)', () => {
    for (const v of ['paraspinal-soft-tissue', 'innominate-muscle-energy']) {
      const shown = twinsShown(v);
      expect(shown.length, v).toBeGreaterThan(0);
      expect(shown.every(Boolean), v).toBe(true);
    }
  });
});
