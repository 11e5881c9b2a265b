import { describe, expect, it } from 'vitest';
import { hasStep } from '../../../src/ui/player/technique-controls';
import { readPresenterMessage } from '../../../src/ui/presenter/presenter-messages';

describe('technique commands on the presenter channel', () => {
  it('accepts play, pause and a step either way', () => {
    expect(readPresenterMessage({ type: 'command', command: 'technique-play' })).not.toBeNull();
    expect(readPresenterMessage({ type: 'command', command: 'technique-pause' })).not.toBeNull();
    expect(
      readPresenterMessage({ type: 'command', command: 'technique-step', direction: -1 }),
    ).not.toBeNull();
  });

  it('ignores a step without a direction of one', () => {
    expect(
      readPresenterMessage({ type: 'command', command: 'technique-step', direction: 5 }),
    ).toBeNull();
    expect(readPresenterMessage({ type: 'command', command: 'technique-step' })).toBeNull();
  });

  it('reads a state with or without the technique on screen (older copies send none)', () => {
    const state = {
      lessonTitle: null,
      steps: [],
      stepIndex: 0,
      presenting: true,
      blanked: false,
      startedAt: null,
      viewText: 'Cervical HVLA',
      linkText: null,
    };
    expect(readPresenterMessage({ type: 'state', state })).not.toBeNull();
    const technique = { playing: true, step: 1, steps: 6, caption: 'Lock the segment.' };
    const read = readPresenterMessage({ type: 'state', state: { ...state, technique } });
    expect(read?.type === 'state' && read.state.technique).toEqual(technique);
    expect(
      readPresenterMessage({ type: 'state', state: { ...state, technique: { playing: 1 } } }),
    ).toBeNull();
  });
});

describe('hasStep', () => {
  const starts = [0, 2, 5];
  const next = (t: number) => starts.find((s) => s > t + 1e-3) ?? 9;
  it('has a next step until the last one starts, and a previous one after the very start', () => {
    expect(hasStep(0, 1, next, 9)).toBe(true);
    expect(hasStep(4, 1, next, 9)).toBe(true);
    expect(hasStep(5, 1, next, 9)).toBe(false);
    expect(hasStep(0, -1, next, 9)).toBe(false);
    expect(hasStep(0.3, -1, next, 9)).toBe(true);
  });
});
