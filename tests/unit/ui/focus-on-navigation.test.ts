// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { newContentKey, shouldTakeFocus } from '../../../src/ui/focus-on-navigation';

describe('focus on new content', () => {
  it('keys chains, techniques and conditions; not home or regions', () => {
    expect(newContentKey({ kind: 'home' })).toBeNull();
    expect(newContentKey({ kind: 'region', region: 'ankle.left' })).toBeNull();
    expect(newContentKey({ kind: 'chain', chain: 'c', side: 'left', link: 0 })).toBe(
      newContentKey({ kind: 'chain', chain: 'c', side: 'left', link: 3 }),
    );
    expect(newContentKey({ kind: 'technique', variant: 'v', side: 'left', t: 0 })).not.toBeNull();
    expect(newContentKey({ kind: 'condition', condition: 'x' })).not.toBeNull();
  });

  it('takes a lost focus or one in the panel or search, never from the lesson editor or elsewhere', () => {
    document.body.innerHTML = `
      <header class="top-bar"><input id="search"></header>
      <aside class="side-panel"><button id="chain">c</button>
        <section class="lessons-panel"><button id="step">s</button></section></aside>
      <section class="follow-bar"><button id="next">n</button></section>`;
    const el = (id: string) => document.getElementById(id);
    expect(shouldTakeFocus(null)).toBe(true);
    expect(shouldTakeFocus(document.body)).toBe(true);
    expect(shouldTakeFocus(el('search'))).toBe(true);
    expect(shouldTakeFocus(el('chain'))).toBe(true);
    expect(shouldTakeFocus(el('step'))).toBe(false);
    expect(shouldTakeFocus(el('next'))).toBe(false);
  });
});
