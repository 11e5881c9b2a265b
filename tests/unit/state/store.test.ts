import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { createAppStore } from '../../../src/state/store';
import { selectSelectedRegion, selectVisibleLayers } from '../../../src/state/selectors';

describe('store slices', () => {
  it('content: the app starts without it (it loads after the first frame), then takes it', () => {
    const store = createAppStore();
    expect(store.getState().contentReady).toBe(false);
    expect(store.getState().content.regions.size).toBe(0);
    store.getState().setContent(contentSet);
    expect(store.getState().contentReady).toBe(true);
    expect(store.getState().content.regions.get('ankle')).toBeDefined();
  });

  it('selection: selecting a region and clearing it', () => {
    const store = createAppStore();
    expect(store.getState().page).toEqual({ kind: 'home' });
    store.getState().selectRegion('ankle.left');
    expect(selectSelectedRegion(store.getState())).toBe('ankle.left');
    store.getState().clearSelection();
    expect(selectSelectedRegion(store.getState())).toBeNull();
  });

  it('view: layers, x-ray clamped, notices capped', () => {
    const store = createAppStore();
    const s = () => store.getState();
    expect(selectVisibleLayers(s())).toEqual(['skin']);
    s().setLayer('skeleton', true);
    expect(selectVisibleLayers(s())).toEqual(['skin', 'skeleton']);
    s().setLayers(['muscles']);
    expect(selectVisibleLayers(s())).toEqual(['muscles']);
    s().setXray(3);
    expect(s().xray).toBe(1);
    s().setXray(-1);
    expect(s().xray).toBe(0);
    for (let i = 0; i < 10; i++) s().notify('info', `n${i}`);
    expect(s().notices).toHaveLength(4);
    expect(s().notices.at(-1)?.text).toBe('n9');
    s().dismissNotice(s().notices[0]!.id);
    expect(s().notices).toHaveLength(3);
  });

  it('view: a camera request bumps the request counter and keeps the camera', () => {
    const store = createAppStore();
    const cam = {
      position: [1, 2, 3] as [number, number, number],
      target: [0, 1, 0] as [number, number, number],
    };
    store.getState().requestCamera(cam);
    expect(store.getState().cameraRequest).toBe(1);
    expect(store.getState().camera).toEqual(cam);
  });

  it('playback: play, pause, seek and speed limits', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().play();
    expect(s().playing).toBe(true);
    s().pause();
    expect(s().playing).toBe(false);
    s().seek(-4);
    expect(s().time).toBe(0);
    s().setSpeed(5);
    expect(s().speed).toBe(2);
    s().setSpeed(0.1);
    expect(s().speed).toBe(0.25);
  });
});
