import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONSOLE_HASH,
  decodeAppLink,
  decodeRoute,
  encodeLessonLink,
  encodeRoute,
  isConsoleHash,
  HOME,
  LAYER_IDS,
  MAX_PAINT_DABS,
  MAX_SHOWN_ZONES,
  OVERLAY_IDS,
  type Page,
  type Route,
} from '../../src/domain/url';

const id = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));
const side = fc.constantFrom('left' as const, 'right' as const);
const milli = (min: number, max: number) =>
  fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000);

const page: fc.Arbitrary<Page> = fc.oneof(
  fc.constant({ kind: 'home' as const }),
  fc
    .tuple(id, fc.option(side, { nil: undefined }))
    .map(([region, s]) => ({ kind: 'region' as const, region: s ? `${region}.${s}` : region })),
  fc
    .record({ chain: id, side, link: fc.integer({ min: 0, max: 11 }) })
    .map((r) => ({ kind: 'chain' as const, ...r })),
  fc
    .record({ variant: id, side, t: milli(0, 600) })
    .map((r) => ({ kind: 'technique' as const, ...r })),
  id.map((condition) => ({ kind: 'condition' as const, condition })),
  fc
    .option(fc.stringMatching(/^[a-z0-9]{1,12}$/), { nil: null })
    .map((seed) => ({ kind: 'trainer' as const, seed })),
);

const vec = fc.tuple(milli(-10, 10), milli(-10, 10), milli(-10, 10));
const route: fc.Arbitrary<Route> = fc.record({
  page,
  view: fc.record(
    {
      camera: fc.record({ position: vec, target: vec }),
      layers: fc.subarray([...LAYER_IDS]),
      xray: milli(0.001, 1),
      overlays: fc.subarray([...OVERLAY_IDS], { minLength: 1 }),
      zones: fc.uniqueArray(
        fc.tuple(id, fc.option(side, { nil: undefined })).map(([z, s]) => (s ? `${z}.${s}` : z)),
        { minLength: 1, maxLength: MAX_SHOWN_ZONES },
      ),
      at: fc.tuple(milli(-2, 2), milli(0, 2), milli(-2, 2)),
      paint: fc.record({
        radius: fc.integer({ min: 5, max: 100 }).map((n) => n / 1000),
        dabs: fc.array(fc.tuple(milli(-2, 2), milli(0, 2), milli(-2, 2)), {
          minLength: 1,
          maxLength: MAX_PAINT_DABS,
        }),
      }),
    },
    { requiredKeys: [] },
  ),
});

describe('URL codec', () => {
  it('reads trainer links, with or without a case, and refuses a malformed case', () => {
    expect(decodeRoute('#/trainer')).toEqual({
      ok: true,
      route: { page: { kind: 'trainer', seed: null }, view: {} },
    });
    expect(decodeRoute('#/trainer/k2x9')).toEqual({
      ok: true,
      route: { page: { kind: 'trainer', seed: 'k2x9' }, view: {} },
    });
    expect(encodeRoute({ page: { kind: 'trainer', seed: 'k2x9' }, view: {} })).toBe(
      '#/trainer/k2x9',
    );
    for (const bad of ['#/trainer/K2', '#/trainer/a-b', '#/trainer/abcdefghijklm', '#/trainer/a/b'])
      expect(decodeRoute(bad).ok, bad).toBe(false);
  });

  it('keeps the maps in the link: overlays, shown zones, the touched point, a painted area', () => {
    const r: Route = {
      page: { kind: 'region', region: 'ankle.left' },
      view: {
        overlays: ['dermatomes', 'referral'],
        zones: ['trp-soleus.left', 'visceral-heart'],
        at: [0.098, 0.012, -0.071],
        paint: {
          radius: 0.03,
          dabs: [
            [0.15, 0.7, 0.02],
            [0.151, 0.68, 0.021],
          ],
        },
      },
    };
    const hash = encodeRoute(r);
    expect(hash).toBe(
      '#/region/ankle.left?maps=dermatomes,referral&zones=trp-soleus.left,visceral-heart&at=0.098,0.012,-0.071&paint=30;150,700,20;151,680,21',
    );
    expect(decodeRoute(hash)).toEqual({ ok: true, route: r });
    for (const bad of [
      '#/?maps=dermatomes,tattoos',
      '#/?zones=Bad_Id',
      '#/?at=1,2',
      '#/?at=1,2,9',
      '#/?paint=30',
      '#/?paint=3;1,2,3',
      '#/?paint=30;1.5,2,3',
    ])
      expect(decodeRoute(bad).ok, bad).toBe(false);
  });

  it('round-trips every valid route', () => {
    fc.assert(
      fc.property(route, (r) => {
        const decoded = decodeRoute(encodeRoute(r));
        expect(decoded).toEqual({ ok: true, route: r });
      }),
    );
  });

  it('encodes readable links', () => {
    expect(encodeRoute({ page: { kind: 'region', region: 'ankle.left' }, view: {} })).toBe(
      '#/region/ankle.left',
    );
    expect(
      encodeRoute({
        page: { kind: 'chain', chain: 'posterior-oblique-sling', side: 'left', link: 1 },
        view: { layers: ['skin', 'muscles'] },
      }),
    ).toBe('#/chain/posterior-oblique-sling/left?link=2&layers=skin,muscles');
    expect(
      encodeRoute({ page: { kind: 'technique', variant: 'cv4', side: 'left', t: 12.5 }, view: {} }),
    ).toBe('#/technique/cv4/left?t=12.5');
  });

  it('reads the empty hash and "#/" as home', () => {
    expect(decodeRoute('')).toEqual({ ok: true, route: HOME });
    expect(decodeRoute('#/')).toEqual({ ok: true, route: HOME });
  });

  it.each([
    ['#region/ankle.left', 'does not start'],
    ['#/nowhere/x', 'not a page'],
    ['#/region/Ankle Left', 'region'],
    ['#/region/%E0%A4%A', 'encoded'],
    ['#/chain/abc/up', 'chain'],
    ['#/chain/abc/left?link=0', 'step'],
    ['#/technique/cv4/left?t=-3', 'time'],
    ['#/technique/cv4/left?t=abc', 'time'],
    ['#/region/knee.left?cam=1,2,3', 'camera'],
    ['#/region/knee.left?layers=skin,bones', 'layers'],
    ['#/region/knee.left?xray=2', 'x-ray'],
    ['#/region/knee.left?foo=1', 'known link option'],
    ['#/region/a/b/c/d', 'too many'],
    [`#/region/${'a'.repeat(3000)}`, 'too long'],
  ])('rejects %s with a reason', (hash, reason) => {
    const result = decodeRoute(hash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('rounds to three decimals before leaving a value out: tiny values encode and read back as 0', () => {
    const technique = (t: number): Route => ({
      page: { kind: 'technique', variant: 'cv4', side: 'left', t },
      view: { xray: t },
    });
    expect(encodeRoute(technique(0.0004))).toBe('#/technique/cv4/left');
    expect(encodeRoute(technique(0.0005))).toBe('#/technique/cv4/left?t=0.001&xray=0.001');
    expect(decodeRoute(encodeRoute(technique(0.0004)))).toEqual({
      ok: true,
      route: { page: { kind: 'technique', variant: 'cv4', side: 'left', t: 0 }, view: {} },
    });
    // Any value: the link holds it rounded to 3 decimals, and encoding again changes nothing.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        const link = encodeRoute(technique(x));
        const back = decodeRoute(link);
        if (!back.ok) throw new Error(back.reason);
        const page = back.route.page as Extract<Page, { kind: 'technique' }>;
        expect(page.t).toBe(Math.round(x * 1000) / 1000);
        expect(back.route.view.xray ?? 0).toBe(Math.round(x * 1000) / 1000);
        expect(encodeRoute(back.route)).toBe(link);
      }),
    );
  });

  it('opens links with repeated options or options for another page, saying what was ignored', () => {
    expect(decodeRoute('#/technique/cv4/left?t=2&t=3')).toEqual({
      ok: true,
      route: { page: { kind: 'technique', variant: 'cv4', side: 'left', t: 2 }, view: {} },
      ignored: ['"t" is given more than once; the first one is used'],
    });
    expect(decodeRoute('#/region/knee.left?link=2&t=4&xray=0.5')).toEqual({
      ok: true,
      route: { page: { kind: 'region', region: 'knee.left' }, view: { xray: 0.5 } },
      ignored: ['"link" only applies to chain pages', '"t" only applies to technique pages'],
    });
    expect(decodeRoute('#/region/knee.left?constructor=1')).toMatchObject({ ok: false });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decodeRoute(s);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('links that are not body views', () => {
  it('recognises the presenter console', () => {
    expect(decodeAppLink(CONSOLE_HASH)).toEqual({ kind: 'console' });
    expect(decodeAppLink('#/console/')).toEqual({ kind: 'console' });
    expect(isConsoleHash('#/console?x')).toBe(false);
  });

  it('round-trips a lesson link payload', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,500}$/), (payload) => {
        expect(decodeAppLink(encodeLessonLink(payload))).toEqual({ kind: 'lesson', payload });
      }),
    );
  });

  it.each([
    ['#/lesson/', 'not valid'],
    ['#/lesson/abc def', 'not valid'],
    ['#/lesson/<script>', 'not valid'],
    [`#/lesson/${'a'.repeat(3000)}`, 'too long'],
  ])('rejects the lesson link %s', (hash, reason) => {
    const r = decodeAppLink(hash);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.reason).toContain(reason);
  });

  it('leaves body views to decodeRoute', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(decodeAppLink(encodeRoute(r))).toEqual({
          kind: 'route',
          result: { ok: true, route: r },
        });
      }),
    );
    expect(decodeAppLink('#/consoles')).toMatchObject({ kind: 'route', result: { ok: false } });
  });
});
