// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { createAppStore, useAppStore } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/url-sync';
import { validatePage } from '../../../src/app/validate-page';

describe('URL sync', () => {
  beforeEach(() => {
    // validatePage reads the app's store, which receives the content after the first frame.
    useAppStore.getState().setContent(contentSet);
    window.history.replaceState(null, '', '/#/');
  });

  it('restores state from the hash on start', () => {
    window.history.replaceState(null, '', '/#/region/knee.right?layers=skin,skeleton&xray=0.4');
    const store = createAppStore(contentSet);
    const stop = startUrlSync(store, window, validatePage);
    expect(store.getState().page).toEqual({ kind: 'region', region: 'knee.right' });
    expect(store.getState().layers.skeleton).toBe(true);
    expect(store.getState().xray).toBe(0.4);
    stop();
  });

  it('writes state changes into the hash, pushing a history entry per page', () => {
    const store = createAppStore(contentSet);
    const stop = startUrlSync(store, window, validatePage);
    const before = window.history.length;
    store.getState().selectRegion('ankle.left');
    expect(window.location.hash).toBe('#/region/ankle.left');
    expect(window.history.length).toBe(before + 1);
    store.getState().setXray(0.5);
    expect(window.location.hash).toBe('#/region/ankle.left?xray=0.5');
    expect(window.history.length).toBe(before + 1);
    stop();
  });

  it('follows hash navigation (back / forward / typed links)', () => {
    const store = createAppStore(contentSet);
    const stop = startUrlSync(store, window, validatePage);
    window.location.hash = '#/region/hip.left';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().page).toEqual({ kind: 'region', region: 'hip.left' });
    stop();
  });

  it('shows a notice and the home view for a malformed or unknown link', () => {
    for (const hash of ['#/region/%%%', '#/region/elbow', '#/region/unicorn.left', '#/bogus']) {
      window.history.replaceState(null, '', `/${hash}`);
      const store = createAppStore(contentSet);
      const stop = startUrlSync(store, window, validatePage);
      expect(store.getState().page).toEqual({ kind: 'home' });
      expect(store.getState().notices[0]?.text).toMatch(/could not be opened/);
      expect(window.location.hash).toBe('#/');
      stop();
    }
  });

  it('opens a link with a repeated option or one for another page, and says what it ignored', () => {
    window.history.replaceState(null, '', '/#/region/hip.left?t=5&layers=muscles&layers=skin');
    const store = createAppStore();
    const stop = startUrlSync(store, window, validatePage);
    expect(store.getState().page).toEqual({ kind: 'region', region: 'hip.left' });
    expect(store.getState().notices[0]?.text).toBe(
      'Part of this link was ignored: "layers" is given more than once; the first one is used; "t" only applies to technique pages.',
    );
    expect(window.location.hash).toBe('#/region/hip.left?layers=muscles');
    stop();
  });

  it('a technique link starts playback paused at its time; scrubbing replaces the history entry', () => {
    window.history.replaceState(null, '', '/#/technique/cv4/left?t=12.5');
    const store = createAppStore(contentSet);
    const stop = startUrlSync(store, window, validatePage);
    expect(store.getState().time).toBe(12.5);
    expect(store.getState().playing).toBe(false);
    const before = window.history.length;
    store.getState().seek(20);
    expect(window.location.hash).toBe('#/technique/cv4/left?t=20');
    expect(window.history.length).toBe(before);
    stop();
  });
});
