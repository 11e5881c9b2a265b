import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { EXAMPLE_LESSONS } from '../../../src/content/lessons';
import { buildContentIndex } from '../../../src/domain/content-index';
import {
  decodeLessonLinkPayload,
  encodeLessonLinkHash,
  lessonFileName,
  lessonFileText,
  makeId,
  moveItem,
  validateLessonFile,
  type Lesson,
} from '../../../src/domain/lesson';
import { decodeAppLink } from '../../../src/domain/url';

const index = buildContentIndex(contentSet);

const lesson: Lesson = {
  id: 'my-lesson',
  title: 'Ankle to knee',
  description: 'A short one',
  version: 1,
  steps: [
    {
      id: 'step-1',
      title: 'The ankle',
      notes: 'Ask the class',
      route: { page: { kind: 'region', region: 'ankle.left' }, view: {} },
    },
    {
      id: 'step-2',
      title: 'The chain',
      notes: '',
      route: {
        page: { kind: 'chain', chain: 'ankle-instability-to-knee', side: 'left', link: 0 },
        view: {
          camera: { position: [0.5, 1, 3], target: [0, 0.5, 0] },
          layers: ['skin', 'muscles'],
          xray: 0.3,
        },
      },
    },
    {
      id: 'step-3',
      title: 'Technique at 12.5 s',
      notes: '',
      route: { page: { kind: 'technique', variant: 'cv4', side: 'left', t: 12.5 }, view: {} },
    },
  ],
};

const fileOf = (l: unknown) => JSON.stringify({ format: 'omt-atlas-lesson', ...(l as object) });

describe('lesson files', () => {
  it('accepts an exported lesson and reads it back unchanged', () => {
    const r = validateLessonFile(lessonFileText(lesson), index);
    expect(r).toEqual({ ok: true, lesson });
  });

  it('ships example lessons that validate against the real content', () => {
    expect(EXAMPLE_LESSONS.map((l) => l.title)).toEqual([
      'Low back pain beyond the lumbar spine',
      'Headache from the neck',
    ]);
    for (const l of EXAMPLE_LESSONS) {
      const r = validateLessonFile(lessonFileText(l), index);
      expect(r.ok ? 'ok' : r.errors).toBe('ok');
      expect(l.steps.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('rejects a file of another kind', () => {
    const r = validateLessonFile(
      JSON.stringify({ format: 'omt-atlas-content', version: 1 }),
      index,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'format' });
    expect(validateLessonFile('[1,2]', index).ok).toBe(false);
    expect(validateLessonFile('{"format": ', index)).toMatchObject({
      ok: false,
      errors: [{ path: '(file)', message: expect.stringContaining('not valid JSON') }],
    });
    expect(validateLessonFile('', index)).toMatchObject({ ok: false });
  });

  it('reports schema errors with a path and a reason', () => {
    const bad = structuredClone(lesson) as unknown as Record<string, unknown>;
    (bad['steps'] as Record<string, unknown>[])[1]!['route'] = {
      page: { kind: 'chain', chain: 'x', side: 'up', link: 0 },
      view: {},
    };
    delete bad['title'];
    const r = validateLessonFile(fileOf(bad), index);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('title');
    expect(paths).toContain('steps[1].route.page.side');
    expect(r.errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('rejects unknown region, chain, technique and condition ids', () => {
    const routes = [
      { page: { kind: 'region', region: 'unicorn.left' }, view: {} },
      { page: { kind: 'chain', chain: 'no-such-chain', side: 'left', link: 0 }, view: {} },
      {
        page: { kind: 'chain', chain: 'ankle-instability-to-knee', side: 'left', link: 40 },
        view: {},
      },
      { page: { kind: 'technique', variant: 'no-such-technique', side: 'left', t: 0 }, view: {} },
      { page: { kind: 'condition', condition: 'no-such-condition' }, view: {} },
    ];
    const bad = {
      ...lesson,
      steps: routes.map((route, i) => ({ id: `s${i}`, title: 't', notes: '', route })),
    };
    const r = validateLessonFile(fileOf(bad), index);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `steps[${i}].route.page`),
    );
    expect(r.errors[0]!.message).toContain('unicorn.left');
    expect(r.errors[2]!.message).toContain('has no step 41');
    // Without the content index, only the schema is checked (used for browser storage).
    expect(validateLessonFile(fileOf(bad), null).ok).toBe(true);
  });

  it('refuses 10 MB of junk quickly and without throwing', () => {
    const junk = 'x'.repeat(10 * 1024 * 1024);
    const started = performance.now();
    const r = validateLessonFile(junk, index);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('too large') }],
    });
  });

  it('refuses deep nesting as text and as a value', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(validateLessonFile(deep, index)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('nested deeper') }],
    });
    let value: unknown = {};
    for (let i = 0; i < 1000; i++) value = { a: value };
    expect(validateLessonFile(value, index)).toMatchObject({ ok: false });
    const cyclic: Record<string, unknown> = { format: 'omt-atlas-lesson' };
    cyclic['self'] = cyclic;
    expect(validateLessonFile(cyclic, index).ok).toBe(false);
  });

  it('keeps script tags as literal text', () => {
    const title = '<script>window.__pwned = 1</script><img src=x onerror="alert(1)">';
    const r = validateLessonFile(fileOf({ ...lesson, title, description: title }), index);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.lesson.title).toBe(title);
  });

  it('makes a safe file name and unique ids', () => {
    expect(lessonFileName({ ...lesson, title: 'Neck / head: <b>1</b>' })).toBe(
      'Neck head b 1 b.omt-lesson.json',
    );
    expect(makeId('Headache from the neck', new Set())).toBe('headache-from-the-neck');
    expect(makeId('A', new Set(['a', 'a-2']))).toBe('a-3');
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
    expect(moveItem([1, 2, 3], 2, -5)).toEqual([3, 1, 2]);
  });
});

describe('lesson share links', () => {
  it('round-trips a lesson through a link', () => {
    const link = encodeLessonLinkHash(lesson);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.hash.length).toBeLessThanOrEqual(2000);
    const app = decodeAppLink(link.hash);
    expect(app.kind).toBe('lesson');
    if (app.kind !== 'lesson') return;
    expect(decodeLessonLinkPayload(app.payload, index)).toEqual({ ok: true, lesson });
  });

  it('round-trips non-ASCII text and the example lessons', () => {
    for (const l of [{ ...lesson, title: 'Kopfschmerz – Nacken ✓ 頭痛' }, ...EXAMPLE_LESSONS]) {
      const link = encodeLessonLinkHash(l);
      if (!link.ok) continue; // a large example may be file-only
      const app = decodeAppLink(link.hash);
      expect(app.kind === 'lesson' && decodeLessonLinkPayload(app.payload, index)).toEqual({
        ok: true,
        lesson: l,
      });
    }
  });

  it('says when a lesson is too large for a link', () => {
    const big = { ...lesson, steps: lesson.steps.map((s) => ({ ...s, notes: 'n'.repeat(900) })) };
    const link = encodeLessonLinkHash(big);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.reason).toMatch(/too large to share as a link.*Export/);
  });

  it('rejects damaged payloads and unknown ids', () => {
    expect(decodeLessonLinkPayload('AAAA', index).ok).toBe(false);
    expect(decodeLessonLinkPayload('%%%', index).ok).toBe(false);
    const bad = {
      ...lesson,
      steps: [
        {
          ...lesson.steps[0]!,
          route: { page: { kind: 'condition', condition: 'nope' }, view: {} },
        },
      ],
    } as Lesson;
    const link = encodeLessonLinkHash(bad);
    const app = link.ok ? decodeAppLink(link.hash) : null;
    expect(app?.kind === 'lesson' && decodeLessonLinkPayload(app.payload, index).ok).toBe(false);
  });
});
