import { describe, expect, it } from 'vitest';
import {
  classViewFromScreen,
  readClassView,
  sameClassView,
  techniqueCatchUp,
  type LecturerScreen,
} from '../../../../src/domain/classroom/class-view';
import { binTaps } from '../../../../src/domain/classroom/heat-map';
import { publishThrottle } from '../../../../src/domain/classroom/publish-throttle';
import {
  randomId,
  refersWherePoll,
  sourceOfPoll,
  splitZoneKey,
} from '../../../../src/domain/classroom/polls';
import {
  classLink,
  readClassLink,
  studentBaseUrl,
} from '../../../../src/domain/classroom/class-link';
import {
  classPollSchema,
  classViewSchema,
  type ClassTap,
} from '../../../../src/domain/classroom/protocol';
import { encodeRoute, type Route } from '../../../../src/domain/url';

const chain: Route = {
  page: { kind: 'chain', chain: 'ankle-to-knee', side: 'left', link: 1 },
  view: {
    camera: { position: [1, 1.2, 2], target: [0, 1, 0] },
    layers: ['skin', 'muscles'],
    overlays: ['dermatomes'],
    at: [0.1, 0.5, 0.05],
  },
};

const screen = (over: Partial<LecturerScreen> = {}): LecturerScreen => ({
  route: chain,
  time: 0,
  playing: false,
  lesson: null,
  laser: null,
  blanked: false,
  ...over,
});

describe('class view: the lecturer screen and back', () => {
  it('carries the view as the deep link and reads back the same route', () => {
    const view = classViewFromScreen(screen(), 1000);
    expect(classViewSchema.safeParse(view).success).toBe(true);
    expect(view.hash).toBe(encodeRoute(chain));
    expect(view.technique).toBeNull();
    const read = readClassView(JSON.parse(JSON.stringify(view)));
    expect(read.ok && read.route).toEqual(chain);
  });

  it('keeps the technique clock, lesson caption, laser and blank', () => {
    const route: Route = {
      page: { kind: 'technique', variant: 'v', side: 'right', t: 2 },
      view: {},
    };
    const view = classViewFromScreen(
      screen({
        route,
        time: 3.14159,
        playing: true,
        lesson: { title: 'Ankle', step: 2, steps: 5, stepTitle: 'The knee' },
        laser: [0.123456, 1, -0.2],
        blanked: true,
      }),
      5,
    );
    expect(view.technique).toEqual({ time: 3.142, playing: true });
    expect(view.lesson).toEqual({ title: 'Ankle', step: 2, steps: 5, stepTitle: 'The knee' });
    expect(view.laser).toEqual([0.1235, 1, -0.2]);
    expect(view.blanked).toBe(true);
    const read = readClassView(view);
    expect(read.ok && read.view).toEqual(view);
  });

  it('refuses a malformed view as a whole', () => {
    expect(readClassView(null).ok).toBe(false);
    expect(readClassView({ hash: '#/region/ankle.left' }).ok).toBe(false);
    const good = classViewFromScreen(screen(), 1);
    expect(readClassView({ ...good, blanked: 'yes' }).ok).toBe(false);
    const bad = readClassView({ ...good, hash: '#/nowhere/at/all' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(/not valid/);
  });

  it('sees no news when only the send time or a running clock changed', () => {
    const tech: Route = { page: { kind: 'technique', variant: 'v', side: 'left', t: 0 }, view: {} };
    const a = classViewFromScreen(screen({ route: tech, time: 1, playing: true }), 1);
    const b = classViewFromScreen(screen({ route: tech, time: 4, playing: true }), 9);
    expect(sameClassView(a, b)).toBe(true);
    const paused = classViewFromScreen(screen({ route: tech, time: 4, playing: false }), 9);
    expect(sameClassView(a, paused)).toBe(false);
    const moved = classViewFromScreen(
      screen({ route: { ...chain, view: { ...chain.view, camera: undefined } } }),
      1,
    );
    expect(sameClassView(classViewFromScreen(screen(), 1), moved)).toBe(false);
    expect(sameClassView(null, null)).toBe(true);
    expect(sameClassView(a, null)).toBe(false);
  });

  it('seeks a follower only when its clock drifted more than 0.3 s', () => {
    expect(techniqueCatchUp({ time: 1.1, playing: true }, { time: 1, playing: true }, 0)).toEqual({
      seek: null,
      playing: true,
    });
    expect(techniqueCatchUp({ time: 0, playing: false }, { time: 2, playing: true }, 500)).toEqual({
      seek: 2.5,
      playing: true,
    });
    expect(techniqueCatchUp({ time: 5, playing: true }, { time: 3, playing: false }, 900)).toEqual({
      seek: 3,
      playing: false,
    });
  });
});

describe('publish throttle', () => {
  it('sends page changes at once and camera moves at most 10 a second', () => {
    const t = publishThrottle(10);
    expect(t.offer(1000, false)).toBe(0);
    t.sent(1000);
    expect(t.offer(1030, false)).toBe(70);
    expect(t.offer(1030, true)).toBe(0);
    t.sent(1030);
    expect(t.offer(1100, false)).toBe(30);
    expect(t.offer(1130, false)).toBe(0);
  });

  it('never sends more than 10 camera moves in a second of continuous orbiting', () => {
    const t = publishThrottle(10);
    let timerAt: number | null = null;
    const sends: number[] = [];
    for (let now = 0; now < 1000; now += 16) {
      if (timerAt !== null && now >= timerAt) {
        sends.push(now);
        t.sent(now);
        timerAt = null;
      }
      if (timerAt !== null) continue;
      const wait = t.offer(now, false);
      if (wait === 0) {
        sends.push(now);
        t.sent(now);
      } else timerAt = now + wait;
    }
    expect(sends.length).toBeLessThanOrEqual(10);
    expect(sends.length).toBeGreaterThanOrEqual(8);
  });
});

const tap = (poll: string, at: [number, number, number]): ClassTap => ({
  poll,
  at,
  region: 'knee.left',
});

describe('heat map binning', () => {
  it('gathers nearby taps, counts answers of this poll only and weighs by the densest', () => {
    const { bins, answers } = binTaps(
      [
        tap('p1', [0.101, 0.5, 0.01]),
        tap('p1', [0.105, 0.51, 0.012]),
        tap('p1', [0.3, 1.2, 0.0]),
        tap('old', [0.101, 0.5, 0.01]),
      ],
      'p1',
    );
    expect(answers).toBe(3);
    expect(bins).toHaveLength(2);
    const dense = bins[bins.length - 1]!;
    expect(dense.count).toBe(2);
    expect(dense.weight).toBe(1);
    expect(dense.at[0]).toBeCloseTo(0.103, 5);
    expect(bins[0]!.weight).toBe(0.5);
  });

  it('is empty without taps', () => {
    expect(binTaps([], 'p')).toEqual({ bins: [], answers: 0 });
  });
});

describe('poll construction', () => {
  it('builds a "refers where" poll from a source and its zones', () => {
    const poll = refersWherePoll('abcdefgh12', 'soleus', ['trp-soleus.left', 'trp-soleus.left']);
    expect(classPollSchema.safeParse(poll).success).toBe(true);
    expect(poll.prompt).toBe('Tap where soleus refers pain');
    expect(poll.zones).toEqual(['trp-soleus.left']);
    expect(poll.at).toBeNull();
  });

  it('builds a "source of" poll from the differential at the touched point, or none', () => {
    const poll = sourceOfPoll('abcdefgh12', [0.1, 0.5, 0], ['a.left', 'b', 'a.left']);
    expect(poll && classPollSchema.safeParse(poll).success).toBe(true);
    expect(poll?.zones).toEqual(['a.left', 'b']);
    expect(poll?.at).toEqual([0.1, 0.5, 0]);
    expect(sourceOfPoll('abcdefgh12', [0, 0, 0], [])).toBeNull();
  });

  it('makes anonymous ids the protocol accepts, and splits zone keys', () => {
    const id = randomId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(randomId()).not.toBe(id);
    expect(splitZoneKey('trp-soleus.left')).toEqual({ zone: 'trp-soleus', side: 'left' });
    expect(splitZoneKey('visceral-heart')).toEqual({ zone: 'visceral-heart', side: null });
  });
});

describe('class links', () => {
  it('reads the join link, normalising the code, and refuses a malformed one', () => {
    expect(readClassLink('#/class/abcd-efgh')).toEqual({ kind: 'join', code: 'ABCD-EFGH' });
    expect(readClassLink('#/class/ABCDEFGH')).toEqual({ kind: 'join', code: 'ABCD-EFGH' });
    expect(readClassLink('#/class/0000-1111')).toEqual({ kind: 'invalid' });
    expect(readClassLink('#/region/ankle.left')).toBeNull();
  });

  it('gives students a LAN address, not localhost', () => {
    expect(
      studentBaseUrl(['http://localhost:8080/', 'http://192.168.1.20:8080/'], 'http://x'),
    ).toBe('http://192.168.1.20:8080/');
    expect(studentBaseUrl([], 'http://127.0.0.1:4274')).toBe('http://127.0.0.1:4274');
    expect(classLink('http://192.168.1.20:8080/', 'ABCD-EFGH')).toBe(
      'http://192.168.1.20:8080/#/class/ABCD-EFGH',
    );
  });
});
