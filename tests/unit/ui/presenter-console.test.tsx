// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PresenterConsole } from '../../../src/ui/presenter/PresenterConsole';
import { readPresenterMessage } from '../../../src/ui/presenter/presenter-messages';

/** A stand-in for BroadcastChannel (jsdom has none) that lets the test deliver messages. */
class FakeChannel {
  static open: FakeChannel[] = [];
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  sent: unknown[] = [];
  constructor(readonly name: string) {
    FakeChannel.open.push(this);
  }
  postMessage(data: unknown) {
    this.sent.push(data);
  }
  close() {
    FakeChannel.open = FakeChannel.open.filter((c) => c !== this);
  }
  deliver(data: unknown) {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
}

const goodState = {
  lessonTitle: 'Low back',
  steps: [
    { title: 'Overview', notes: 'Start here' },
    { title: 'Psoas', notes: '' },
  ],
  stepIndex: 0,
  presenting: true,
  blanked: false,
  startedAt: 0,
  viewText: 'Home',
  linkText: null,
};

describe('presenter messages', () => {
  it('accepts the messages the app sends', () => {
    expect(readPresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(readPresenterMessage({ type: 'state', state: goodState })).toEqual({
      type: 'state',
      state: goodState,
    });
    expect(readPresenterMessage({ type: 'command', command: 'goto', index: 2 })).toEqual({
      type: 'command',
      command: 'goto',
      index: 2,
    });
  });

  it.each([
    ['an empty state', { type: 'state', state: {} }],
    ['steps that are not a list', { type: 'state', state: { ...goodState, steps: 'x' } }],
    ['an unknown command', { type: 'command', command: 'explode' }],
    ['goto without an index', { type: 'command', command: 'goto' }],
    ['a fractional index', { type: 'command', command: 'goto', index: 1.5 }],
    ['blank without a flag', { type: 'command', command: 'blank' }],
    ['no type', { state: goodState }],
    ['not an object', 'state'],
    ['null', null],
  ])('ignores %s', (_name, data) => {
    expect(readPresenterMessage(data)).toBeNull();
  });
});

describe('PresenterConsole', () => {
  const original = globalThis.BroadcastChannel;
  beforeEach(() => {
    globalThis.BroadcastChannel = FakeChannel as unknown as typeof BroadcastChannel;
  });
  afterEach(() => {
    cleanup();
    globalThis.BroadcastChannel = original;
    FakeChannel.open = [];
  });

  it('keeps showing the last good state when a malformed one arrives', () => {
    render(<PresenterConsole />);
    const channel = FakeChannel.open[0]!;
    expect(channel.sent).toEqual([{ type: 'hello' }]);
    act(() => channel.deliver({ type: 'state', state: goodState }));
    expect(screen.getByTestId('console-current').textContent).toBe('Overview');
    // What an older cached copy of the app could send.
    act(() => channel.deliver({ type: 'state', state: {} }));
    act(() => channel.deliver({ type: 'state', state: { ...goodState, steps: null } }));
    expect(screen.getByTestId('console-current').textContent).toBe('Overview');
    expect(screen.getByTestId('console-next').textContent).toBe('Psoas');
  });

  it('waits instead of going blank when the first state is malformed', () => {
    render(<PresenterConsole />);
    act(() => FakeChannel.open[0]!.deliver({ type: 'state', state: {} }));
    expect(screen.getByRole('main', { name: 'Presenter console' })).toBeTruthy();
    expect(screen.getByText(/Waiting for the OMT Atlas window/)).toBeTruthy();
  });
});
