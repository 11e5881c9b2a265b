import { describe, expect, it } from 'vitest';
import {
  CAMERA_LIMITS,
  HOME_CAMERA,
  cameraMoveForKey,
  moveCamera,
} from '../../../src/domain/camera-moves';
import type { CameraParam } from '../../../src/domain/url';
import { createAppStore } from '../../../src/state/store';

const distance = (c: CameraParam) => Math.hypot(...c.position.map((p, i) => p - c.target[i]!));
const front: CameraParam = { position: [0, 1, 3], target: [0, 1, 0] };

describe('camera moves (keyboard and view buttons)', () => {
  it('orbits around the target at the same distance', () => {
    const turned = moveCamera(front, { kind: 'orbit', azimuth: Math.PI / 2, polar: 0 });
    expect(turned.target).toEqual(front.target);
    expect(turned.position[0]).toBeCloseTo(3, 2);
    expect(turned.position[2]).toBeCloseTo(0, 2);
    expect(distance(turned)).toBeCloseTo(3, 2);
  });

  it('keeps the polar angle inside the mouse limits', () => {
    let c = front;
    for (let i = 0; i < 40; i++) c = moveCamera(c, cameraMoveForKey('ArrowUp')!);
    const polar = Math.acos((c.position[1] - c.target[1]) / distance(c));
    expect(polar).toBeGreaterThanOrEqual(CAMERA_LIMITS.minPolar - 1e-3);
    expect(c.position[1]).toBeGreaterThan(c.target[1]);
  });

  it('zooms in and out within the distance limits', () => {
    expect(distance(moveCamera(front, cameraMoveForKey('+')!))).toBeLessThan(3);
    expect(distance(moveCamera(front, cameraMoveForKey('-')!))).toBeGreaterThan(3);
    let c = front;
    for (let i = 0; i < 40; i++) c = moveCamera(c, cameraMoveForKey('+')!);
    expect(distance(c)).toBeCloseTo(CAMERA_LIMITS.minDistance, 2);
    for (let i = 0; i < 40; i++) c = moveCamera(c, cameraMoveForKey('-')!);
    expect(distance(c)).toBeCloseTo(CAMERA_LIMITS.maxDistance, 2);
  });

  it('named views look at the same point from that side; the left side is at +x', () => {
    const zoomed: CameraParam = { position: [0.3, 0.2, 1], target: [0.1, 0.1, 0] };
    const back = moveCamera(zoomed, { kind: 'view', view: 'back' });
    expect(back.target).toEqual(zoomed.target);
    expect(back.position[2]).toBeLessThan(zoomed.target[2]);
    expect(distance(back)).toBeCloseTo(distance(zoomed), 2);
    expect(moveCamera(zoomed, { kind: 'view', view: 'left' }).position[0]).toBeGreaterThan(1);
    expect(moveCamera(zoomed, { kind: 'view', view: 'right' }).position[0]).toBeLessThan(-0.5);
    expect(moveCamera(zoomed, { kind: 'view', view: 'front' }).position[2]).toBeGreaterThan(0.9);
    expect(moveCamera(zoomed, { kind: 'reset' })).toEqual(HOME_CAMERA);
  });

  it('maps only the view keys', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', 'Home'])
      expect(cameraMoveForKey(key), key).not.toBeNull();
    for (const key of [' ', 'Enter', 'p', 'Tab']) expect(cameraMoveForKey(key), key).toBeNull();
  });

  it('the store moves from the settled camera and asks the rig to follow', () => {
    const store = createAppStore();
    const before = store.getState().cameraRequest;
    store.getState().moveCamera({ kind: 'orbit', azimuth: 0.3, polar: 0 });
    const s = store.getState();
    expect(s.cameraRequest).toBe(before + 1);
    expect(s.cameraGlide).toBe(false);
    expect(distance(s.camera!)).toBeCloseTo(distance(HOME_CAMERA), 2);
    expect(s.camera!.target).toEqual(HOME_CAMERA.target);
    store.getState().moveCamera({ kind: 'view', view: 'back' });
    expect(store.getState().cameraGlide).toBe(true);
    expect(store.getState().camera!.position[2]).toBeLessThan(0);
  });
});
