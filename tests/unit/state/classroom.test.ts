// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { contentSet } from '../../../src/content';
import { classViewFromScreen } from '../../../src/domain/classroom/class-view';
import type { ClassPoll, ClassTap, ClassView } from '../../../src/domain/classroom/protocol';
import { encodeRoute, type Route } from '../../../src/domain/url';
import { roomHandlers } from '../../../src/classroom/class-client';
import { startFollower } from '../../../src/classroom/follower';
import { startLecturerPublisher } from '../../../src/classroom/lecturer-publisher';
import { createAppStore } from '../../../src/state/store';
import { routeFromState } from '../../../src/state/url-sync';

const chainId = contentSet.chains[0]!.id;

const viewOf = (route: Route, sentAt = Date.now()): ClassView =>
  classViewFromScreen(
    { route, time: 0, playing: false, lesson: null, laser: null, blanked: false },
    sentAt,
  );

const chainView = viewOf({
  page: { kind: 'chain', chain: chainId, side: 'left', link: 0 },
  view: { camera: { position: [1, 1.4, 2.5], target: [0, 1, 0] } },
});
const regionView = viewOf({ page: { kind: 'region', region: 'knee.right' }, view: {} });

function student() {
  const store = createAppStore(contentSet);
  store.getState().classJoining('student', 'ABCD-EFGH');
  const answers: ClassTap[] = [];
  const stop = startFollower(store, {
    validate: () => null,
    sendAnswer: (tap) => answers.push(tap),
    doc: document,
  });
  return { store, answers, stop };
}

describe('classroom slice', () => {
  it('starts a student following and a lecturer not', () => {
    const store = createAppStore(contentSet);
    store.getState().classJoining('student', 'ABCD-EFGH');
    expect(store.getState()).toMatchObject({ following: true, classStatus: 'connecting' });
    store.getState().classJoining('lecturer', 'ABCD-EFGH');
    expect(store.getState().following).toBe(false);
    store.getState().explore();
    expect(store.getState().following).toBe(false);
  });

  it('stops following when the class ends, and cannot follow an ended class', () => {
    const store = createAppStore(contentSet);
    store.getState().classJoining('student', 'ABCD-EFGH');
    store.getState().setClassStatus('ended');
    expect(store.getState().following).toBe(false);
    store.getState().follow();
    expect(store.getState().following).toBe(false);
  });

  it('keeps an answer while its poll is away, drops it for a new poll', () => {
    const store = createAppStore(contentSet);
    const poll: ClassPoll = {
      id: 'poll-one-1',
      kind: 'refers-where',
      prompt: 'p',
      zones: [],
      at: null,
      open: true,
      revealed: false,
    };
    store.getState().setClassPoll(poll);
    store.getState().answerSent({ poll: poll.id, at: [0, 1, 0], region: 'knee.left' });
    store.getState().setClassPoll(null);
    expect(store.getState().myAnswer).not.toBeNull();
    store.getState().setClassPoll({ ...poll, id: 'poll-two-2' });
    expect(store.getState().myAnswer).toBeNull();
  });
});

describe('following the lecturer', () => {
  it('applies the lecturer view as a link is applied', () => {
    const { store, stop } = student();
    store.getState().setClassView(chainView);
    expect(encodeRoute(routeFromState(store.getState()))).toBe(chainView.hash);
    stop();
  });

  it('breaks away on a drag of the camera and snaps back on Follow', () => {
    const { store, stop } = student();
    store.getState().setClassView(chainView);
    store.getState().settleCamera({ position: [3, 1, 0], target: [0, 1, 0] });
    expect(store.getState().following).toBe(false);
    // The lecturer moves on; the explorer stays where they are.
    store.getState().setClassView(regionView);
    expect(store.getState().page.kind).toBe('chain');
    store.getState().follow();
    expect(store.getState().page).toEqual({ kind: 'region', region: 'knee.right' });
    stop();
  });

  it('stays following when a click ends an orbit without moving the camera', () => {
    const { store, stop } = student();
    store.getState().setClassView(chainView);
    store.getState().settleCamera({ position: [1, 1.4, 2.5], target: [0, 1, 0] });
    expect(store.getState().following).toBe(true);
    stop();
  });

  it('breaks away when the student navigates, not when a view is applied', () => {
    const { store, stop } = student();
    store.getState().setClassView(regionView);
    expect(store.getState().following).toBe(true);
    store.getState().selectRegion('ankle.left');
    expect(store.getState().following).toBe(false);
    stop();
  });

  it('takes a touch during an open poll as the answer and stays on the lecturer view', () => {
    const { store, answers, stop } = student();
    store.getState().setClassView(chainView);
    store.getState().setClassPoll({
      id: 'poll-abc-123',
      kind: 'refers-where',
      prompt: 'Tap where soleus refers pain',
      zones: ['trp-soleus.left'],
      at: null,
      open: true,
      revealed: false,
    });
    store.getState().touchSkin('knee.left', [0.1, 0.5, 0.05]);
    expect(answers).toEqual([{ poll: 'poll-abc-123', at: [0.1, 0.5, 0.05], region: 'knee.left' }]);
    expect(store.getState().following).toBe(true);
    expect(encodeRoute(routeFromState(store.getState()))).toBe(chainView.hash);
    stop();
  });
});

describe('the room document', () => {
  it('ignores a malformed lecturer view with a notice, keeping the last good one', () => {
    const store = createAppStore(contentSet);
    store.getState().classJoining('student', 'ABCD-EFGH');
    const handlers = roomHandlers(store);
    handlers.onRoom({ view: chainView, poll: null, ended: false });
    expect(store.getState().classView).toEqual(chainView);
    handlers.onRoom({ view: { hash: 42 }, poll: null, ended: false });
    expect(store.getState().classView).toEqual(chainView);
    expect(store.getState().notices.at(-1)?.text).toMatch(/class view was not applied/);
    handlers.onTaps([{ poll: 'poll-abc-123', at: [0, 1, 0], region: 'knee.left' }, { bad: 1 }]);
    expect(store.getState().classTaps).toHaveLength(1);
  });
});

describe('the lecturer publisher', () => {
  it('sends page changes at once and throttles camera moves to 10 a second', () => {
    vi.useFakeTimers();
    let now = 1000;
    const store = createAppStore(contentSet);
    store.getState().classJoining('lecturer', 'ABCD-EFGH');
    const sent: ClassView[] = [];
    const pub = startLecturerPublisher(
      store,
      (v) => sent.push(v),
      () => now,
    );
    expect(sent).toHaveLength(1);
    store.getState().selectRegion('knee.left');
    expect(sent).toHaveLength(2);
    const sentAt: number[] = [];
    const pub2 = startLecturerPublisher(
      store,
      () => sentAt.push(now),
      () => now,
    );
    sentAt.length = 0;
    // 25 camera moves over 250 ms (one each 10 ms), then the timer for the last one.
    for (let i = 1; i <= 25; i++) {
      now += 10;
      store.getState().settleCamera({ position: [1 + i * 0.1, 1, 2], target: [0, 1, 0] });
    }
    now += 100;
    vi.advanceTimersByTime(100);
    expect(sentAt.length).toBeGreaterThanOrEqual(2);
    expect(sentAt.length).toBeLessThanOrEqual(4);
    for (let k = 1; k < sentAt.length; k++)
      expect(sentAt[k]! - sentAt[k - 1]!).toBeGreaterThanOrEqual(100);
    // The last move is not lost.
    expect(sent.at(-1)!.hash).toContain('cam=3.5,');
    pub2.stop();
    pub.stop();
    vi.useRealTimers();
  });
});
