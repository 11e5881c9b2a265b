import { describe, expect, it } from 'vitest';
import { EMPTY_PAINT } from '../../../src/domain/body-paint';
import { framingGoal } from '../../../src/domain/camera-framing';
import { generateCase } from '../../../src/domain/trainer/generate';
import { trainerPaint } from '../../../src/domain/trainer/motion-test';
import { selectBodyPaint } from '../../../src/state/body-paint';
import { selectShownLayers } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';

describe('trainer state', () => {
  it('draws the bones alone on the trainer page, whatever the layer switches say', () => {
    const store = createAppStore();
    expect(selectShownLayers(store.getState()).skin).toBe(true);
    store.getState().showPage({ kind: 'trainer', seed: 'k2x9' });
    expect(selectShownLayers(store.getState())).toEqual({
      skin: false,
      muscles: false,
      skeleton: true,
      organs: false,
    });
    // The switches themselves (and so the link) are left alone.
    expect(store.getState().layers.skin).toBe(true);
  });

  it('paints what the trainer chunk gives it, only on the trainer page', () => {
    const store = createAppStore();
    store.getState().showPage({ kind: 'trainer', seed: 'k2x9' });
    expect(selectBodyPaint(store.getState())).toBe(EMPTY_PAINT);
    const paint = trainerPaint(generateCase('k2x9'));
    store.getState().setTrainerPaint(paint);
    expect(selectBodyPaint(store.getState())).toBe(paint);
    store.getState().showPage({ kind: 'home' });
    expect(selectBodyPaint(store.getState())).not.toBe(paint);
  });

  it('counts repeats of a motion test, so the same test can be shown again', () => {
    const store = createAppStore();
    store.getState().runTrainerTest('k2x9', 'flexion');
    const first = store.getState().trainerTest;
    store.getState().runTrainerTest('k2x9', 'flexion');
    expect(store.getState().trainerTest).not.toEqual(first);
    expect(store.getState().trainerTest).toMatchObject({ seed: 'k2x9', test: 'flexion' });
  });

  it('leaves the camera to the trainer stage', () => {
    expect(framingGoal({ kind: 'home' }, { kind: 'trainer', seed: 'a' }, EMPTY_PAINT)).toEqual({
      kind: 'none',
    });
  });
});
