import { describe, expect, it } from 'vitest';
import {
  formatIssues,
  importContent,
  jsonTextDepth,
  jsonTextLongestList,
  MAX_REPORTED_ERRORS,
  mergeContent,
  valueDepth,
} from '../../../src/domain/import';
import { fixture, fixtureInput } from './fixture';

const json = (value: unknown) => JSON.stringify(value);

function expectErrors(result: ReturnType<typeof importContent>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result.errors;
}

describe('importContent: accepted input', () => {
  it('accepts a complete content set as text and as a value', () => {
    const text = importContent(json(fixtureInput()));
    expect(text).toEqual({ ok: true, content: fixture() });
    expect(importContent(fixtureInput())).toEqual({ ok: true, content: fixture() });
  });

  it('accepts a byte-order mark and pretty printing', () => {
    const result = importContent(`\uFEFF${JSON.stringify(fixtureInput(), null, 2)}`);
    expect(result.ok).toBe(true);
  });

  it('keeps markup in text as plain text, never interpreting it', () => {
    const input = fixtureInput();
    const payload = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    input.chains[0]!.summary = payload;
    input.chains[0]!.title = '<b>bold</b>';
    const result = importContent(json(input));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.chains[0]!.summary).toBe(payload);
    expect(result.content.chains[0]!.title).toBe('<b>bold</b>');
  });
});

describe('importContent: refused input, never thrown', () => {
  it('refuses text that is not JSON', () => {
    for (const text of [
      '',
      '   ',
      'hello',
      '{"format":',
      "{'single': 'quotes'}",
      '<html></html>',
    ]) {
      const errors = expectErrors(importContent(text));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.path).toBe('(file)');
      expect(errors[0]!.message).toMatch(/not valid JSON|empty/);
    }
  });

  it('says on which line the JSON breaks', () => {
    const errors = expectErrors(importContent('{\n  "format": "omt-atlas-content",,\n}'));
    expect(errors[0]!.message).toMatch(/line 2/);
  });

  it('refuses text over 5 MB before parsing it', () => {
    const big = `{"format":"omt-atlas-content","version":1,"pad":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    const errors = expectErrors(importContent(big));
    expect(errors).toEqual([
      {
        path: '(file)',
        message: expect.stringMatching(/too large \(10\.0 MB; the limit is 5 MB\)/),
      },
    ]);
  });

  it('counts bytes, not characters', () => {
    // 2 MB characters of a 3-byte letter = 6 MB of UTF-8.
    const text = `"${'€'.repeat(2 * 1024 * 1024)}"`;
    expect(expectErrors(importContent(text))[0]!.message).toMatch(/too large/);
  });

  it('refuses 10 000-deep nesting as text and as a value', () => {
    const deepText = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(expectErrors(importContent(deepText))[0]!.message).toMatch(/nested deeper than 64/);
    let deepValue: unknown = {};
    for (let i = 0; i < 10_000; i++) deepValue = { a: deepValue };
    expect(expectErrors(importContent(deepValue))[0]!.message).toMatch(/nested deeper than 64/);
  });

  it('counts depth only outside strings', () => {
    expect(jsonTextDepth('{"a":"[[[[{{{{"}')).toBe(1);
    expect(jsonTextDepth('{"a":"\\"[[["}')).toBe(1);
    expect(jsonTextDepth('[[1],[[2]]]')).toBe(3);
    expect(valueDepth({ a: [1, { b: 2 }] })).toBe(3);
  });

  it('survives cyclic and hostile values', () => {
    const cyclic: Record<string, unknown> = { format: 'omt-atlas-content', version: 1 };
    cyclic.self = cyclic;
    expect(expectErrors(importContent(cyclic))[0]!.message).toMatch(/nested deeper/);
    const hostile = {
      format: 'omt-atlas-content',
      version: 1,
      get regions(): unknown {
        throw new Error('boom');
      },
    };
    expect(() => importContent(hostile)).not.toThrow();
    expect(importContent(hostile).ok).toBe(false);
    for (const value of [undefined, null, 42, true, [], 'null', '[]', '42'])
      expect(importContent(value).ok).toBe(false);
  });

  it('refuses a wrong format marker or version', () => {
    expect(expectErrors(importContent({ ...fixtureInput(), format: 'gltf' }))).toEqual([
      {
        path: 'format',
        message: 'not an OMT Atlas content file: "format" must be "omt-atlas-content", got "gltf"',
      },
    ]);
    expect(expectErrors(importContent({ ...fixtureInput(), version: 2 }))).toEqual([
      { path: 'version', message: 'unsupported version 2; this app reads version 1' },
    ]);
    expect(expectErrors(importContent([fixtureInput()]))[0]!.path).toBe('(file)');
  });

  it('reports wrong types with their path and reason', () => {
    const input = fixtureInput() as unknown as {
      chains: { links: Record<string, unknown>[]; title: unknown }[];
      regions: Record<string, unknown>[];
    };
    input.chains[3]!.links[0]!.evidence = 'proven';
    input.chains[1]!.title = 42;
    input.regions[0]!.paired = 'yes';
    delete input.regions[1]!.name;
    const errors = expectErrors(importContent(json(input)));
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          path: 'chains[3].links[0].evidence',
          message:
            'expected one of "strong", "moderate", "limited", "expert-opinion", "traditional", "against"; got "proven"',
        },
        { path: 'chains[1].title', message: 'expected a text, got 42' },
        { path: 'regions[0].paired', message: 'expected true or false, got "yes"' },
        { path: 'regions[1].name', message: 'required: expected a text' },
      ]),
    );
    expect(formatIssues(errors)).toContain('chains[3].links[0].evidence: expected one of');
  });

  it('reports bad ids, empty lists and long text', () => {
    const input = fixtureInput();
    input.chains[0]!.id = 'Ankle Knee';
    input.chains[0]!.links[0]!.citations = [];
    input.chains[0]!.summary = 'x'.repeat(5000);
    const errors = expectErrors(importContent(input));
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          path: 'chains[0].id',
          message: 'ids are kebab-case: lower-case letters, digits and hyphens (got "Ankle Knee")',
        },
        { path: 'chains[0].links[0].citations', message: 'needs at least 1 item' },
        { path: 'chains[0].summary', message: 'must be at most 4000 characters long' },
      ]),
    );
  });

  it('reports unknown ids after the schema passes', () => {
    const input = fixtureInput();
    input.chains[0]!.links[0]!.to.region = 'knee-cap';
    expect(expectErrors(importContent(input))).toEqual([
      { path: 'chains[0].links[0].to.region', message: 'unknown region "knee-cap"' },
    ]);
  });

  it('reports duplicate ids', () => {
    const input = fixtureInput();
    input.chains.push(input.chains[0]!);
    expect(expectErrors(importContent(input))).toEqual([
      { path: 'chains[6].id', message: 'duplicate id "ankle-knee" (first used at chains[0])' },
    ]);
  });

  it('caps the number of reported problems', () => {
    const input = fixtureInput();
    input.chains[0]!.links = Array.from({ length: 12 }, () => ({
      ...input.chains[0]!.links[0]!,
      evidence: 'nope' as never,
      mechanism: 'magic' as never,
    }));
    input.conditions = Array.from({ length: 200 }, () => ({ id: 'Bad Id' }) as never);
    const errors = expectErrors(importContent(input));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors.at(-1)!.message).toMatch(/more problems not shown/);
  });
});

describe('importContent: huge malformed files stay cheap', () => {
  it('refuses a 3.6 MB file of 1.2 million empty references with one problem', () => {
    const text = `{"format":"omt-atlas-content","version":1,"references":[${'{},'.repeat(1_200_000)}{}]}`;
    expect(text.length).toBeGreaterThan(3_600_000);
    const errors = expectErrors(importContent(text, { base: fixture() }));
    expect(errors).toEqual([
      {
        path: '(file)',
        message: 'file has a list with more than 5000 entries; no list may hold more',
      },
    ]);
    // The same as a value (already parsed): the walk names the list.
    const value = JSON.parse(text) as unknown;
    expect(expectErrors(importContent(value, { base: fixture() }))).toEqual([
      { path: 'references', message: 'a list with 1200001 entries; at most 5000 are allowed' },
    ]);
  });

  it('stops collecting problems at the cap on a full-size list of broken entries', () => {
    const input = { ...fixtureInput(), references: Array.from({ length: 5000 }, () => ({})) };
    const errors = expectErrors(importContent(input));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors[0]!.path).toBe('references[0].id');
    expect(errors.at(-1)!.message).toMatch(/more problems not shown/);
  });

  it('refuses an oversized list deep inside an item, and a collection over its own ceiling', () => {
    const deep = fixtureInput();
    deep.chains[0]!.conditions = Array.from({ length: 6000 }, () => '');
    expect(expectErrors(importContent(deep))).toEqual([
      {
        path: 'chains[0].conditions',
        message: 'a list with 6000 entries; at most 5000 are allowed',
      },
    ]);
    const many = fixtureInput();
    many.regions = Array.from({ length: 501 }, () => many.regions[0]!);
    expect(expectErrors(importContent(many))).toEqual([
      { path: 'regions', message: 'needs at most 500 items' },
    ]);
    const inner = fixtureInput();
    inner.chains[0]!.redFlags = Array.from({ length: 51 }, () => 'Fever');
    expect(expectErrors(importContent(inner))).toEqual([
      { path: 'chains[0].redFlags', message: 'needs at most 50 items' },
    ]);
  });

  it('counts list entries in text outside strings only', () => {
    expect(jsonTextLongestList('[1,2,3]')).toBe(3);
    expect(jsonTextLongestList('{"a":"x,y,z,w","b":[1,2]}')).toBe(2);
    expect(jsonTextLongestList(String.raw`["\\",",",1]`)).toBe(3);
    expect(jsonTextLongestList('[]')).toBe(0);
  });

  it('refuses an object with more fields than any list may hold', () => {
    const input = fixtureInput() as unknown as Record<string, unknown>;
    input['extra'] = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`k${i}`, 1]));
    expect(expectErrors(importContent(input))[0]!.path).toBe('extra');
  });
});

describe('importContent: ids named like object built-ins', () => {
  it('refuses constructor, __proto__ and toString as ids', () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      const input = fixtureInput();
      input.regions.push({ ...input.regions[0]!, id, paired: false, kind: 'surface' });
      const errors = expectErrors(importContent(JSON.stringify(input)));
      expect(errors.some((e) => e.path === `regions[${input.regions.length - 1}].id`)).toBe(true);
    }
  });

  it('does not resolve references through the prototype', () => {
    const input = fixtureInput();
    input.chains[0]!.conditions = ['constructor'];
    input.chains[0]!.links[0]!.techniques = ['tostring'];
    const errors = expectErrors(importContent(input));
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'unknown condition "constructor"',
        'unknown technique variant "tostring"',
      ]),
    );
  });
});

describe('lecturer additions', () => {
  const base = fixture();
  const addition = () => ({
    format: 'omt-atlas-content',
    version: 1,
    chains: [
      {
        id: 'my-knee-hip',
        title: 'My knee to hip chain',
        summary: 'A lecturer-written chain.',
        links: [
          {
            from: { region: 'knee', side: 'same' },
            to: { region: 'hip', side: 'same' },
            mechanism: 'kinetic-chain',
            via: [{ structure: 'gluteus-maximus', side: 'same' }],
            explanation: 'Written by a lecturer.',
            evidence: 'expert-opinion',
            citations: [{ ref: 'lecture-notes' }],
            techniques: ['st-lumbar'],
          },
        ],
        conditions: ['low-back-pain'],
        redFlags: [],
      },
    ],
    references: [
      {
        id: 'lecture-notes',
        kind: 'web',
        authors: 'A. Lecturer',
        title: 'Lecture notes',
        year: 2024,
        source: 'Course site',
      },
    ],
  });

  it('adds new chains and references, referring to bundled ids', () => {
    const result = importContent(json(addition()), { base });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.chains.map((c) => c.id)).toEqual([
      ...base.chains.map((c) => c.id),
      'my-knee-hip',
    ]);
    expect(result.content.references.at(-1)!.id).toBe('lecture-notes');
    expect(result.content.regions).toBe(base.regions);
  });

  it('treats a re-imported export as no change', () => {
    const result = importContent(json(fixtureInput()), { base });
    expect(result).toEqual({ ok: true, content: base });
  });

  it('refuses to overwrite a bundled id', () => {
    const input = addition();
    input.chains[0]!.id = 'ankle-knee';
    const errors = expectErrors(importContent(input, { base }));
    expect(errors).toEqual([
      {
        path: 'chains[0].id',
        message: expect.stringMatching(/already exists in the bundled content/),
      },
    ]);
  });

  it('refuses new variants under a bundled variant id and new regions', () => {
    const imported = fixture();
    imported.chains = [];
    imported.conditions = [];
    imported.muscles = [];
    imported.regions = [{ ...base.regions[0]!, id: 'wing', paired: true }];
    imported.techniques = [{ ...base.techniques[0]!, id: 'my-soft-tissue' }];
    const result = mergeContent(base, imported);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['regions[0].id', 'techniques[0].variants[0].id']),
    );
  });

  it('still reports unknown ids in additions', () => {
    const input = addition();
    input.chains[0]!.links[0]!.techniques = ['ghost'];
    expect(expectErrors(importContent(input, { base }))).toEqual([
      { path: 'chains[0].links[0].techniques[0]', message: 'unknown technique variant "ghost"' },
    ]);
  });
});

describe('importContent: a lecturer’s own pain maps', () => {
  const zone = {
    id: 'my-zone',
    name: 'My zone',
    kind: 'trigger-point',
    source: { kind: 'muscle', id: 'gluteus-maximus' },
    essential: [
      {
        segment: 'thigh',
        view: 'around',
        outline: [
          [60, 0.7],
          [120, 0.7],
          [120, 0.8],
        ],
      },
    ],
    evidence: 'expert-opinion',
    citations: [{ ref: 'ref-a' }],
  };

  it('adds a valid zone and point to the bundled content', () => {
    const point = {
      id: 'my-point',
      name: 'My point',
      kind: 'trigger-point',
      source: { kind: 'muscle', id: 'gluteus-maximus' },
      segment: 'thigh',
      view: 'back',
      at: [0.08, 0.85],
      citations: [{ ref: 'ref-a' }],
    };
    const result = importContent(
      { format: 'omt-atlas-content', version: 1, zones: [zone], points: [point] },
      { base: fixture() },
    );
    expect(result.ok && result.content.zones.map((z) => z.id)).toEqual(['my-zone']);
    expect(result.ok && result.content.zones[0]!.spillover).toEqual([]);
    expect(result.ok && result.content.points.map((p) => p.id)).toEqual(['my-point']);
  });

  it('names what is wrong with a malformed zone, item by item', () => {
    const bad = [
      {
        ...zone,
        id: 'no-outline',
        essential: [{ segment: 'thigh', view: 'around', outline: [[0, 1]] }],
      },
      { ...zone, id: 'bad-view', essential: [{ ...zone.essential[0], view: 'sideways' }] },
      { ...zone, id: 'foot-around', essential: [{ ...zone.essential[0], segment: 'foot' }] },
      { ...zone, id: 'unknown-muscle', source: { kind: 'muscle', id: 'nonexistent' } },
      {
        ...zone,
        id: 'midline-opposite',
        source: { kind: 'organ', id: 'heart' },
        essential: [{ ...zone.essential[0], side: 'opposite' }],
      },
      {
        ...zone,
        id: 'band-without-levels',
        kind: 'viscerosomatic',
        source: { kind: 'organ', id: 'heart' },
      },
    ];
    const errors = expectErrors(
      importContent({ format: 'omt-atlas-content', version: 1, zones: bad }, { base: fixture() }),
    );
    expect(errors.map((e) => e.path)).toEqual([
      'zones[0].essential[0].outline',
      'zones[1].essential[0].view',
      'zones[2].essential[0].view',
    ]);
    expect(errors[0]!.message).toMatch(/3/);
    expect(errors[2]!.message).toMatch(/foot has no "around" view/);
    // Shapes fixed, the graph is checked: unknown sources, sides a midline organ cannot have.
    const graph = expectErrors(
      importContent(
        { format: 'omt-atlas-content', version: 1, zones: bad.slice(3) },
        { base: fixture() },
      ),
    );
    expect(graph.map((e) => [e.path, e.message])).toEqual([
      ['zones[0].source.id', 'unknown muscle "nonexistent"'],
      [
        'zones[1].essential[0].side',
        '"heart" is a midline source: use "same" (both sides), "left" or "right"',
      ],
      ['zones[2].levels', 'a viscerosomatic band needs its spinal levels'],
    ]);
  });
});
