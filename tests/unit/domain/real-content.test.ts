/**
 * Worked examples on the bundled content (the domain tests above use fixtures). The bundled set is
 * loaded from `src/content/index.ts` when it exists, so this file also runs while content is
 * still being written elsewhere; until then it is skipped.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGION_BASE_IDS } from '../../../src/content/ids';
import { contentSetSchema, type ContentSet } from '../../../src/content/schema';
import { chainPath, chainsForRegion, type ResolvedChain } from '../../../src/domain/chains';
import { buildContentIndex, type ContentIndex } from '../../../src/domain/content-index';
import { checkIntegrity } from '../../../src/domain/integrity';
import { importContent } from '../../../src/domain/import';
import { createContentSearch, type ContentSearch } from '../../../src/domain/search';
import { techniquesForChain, techniquesForRegion } from '../../../src/domain/techniques';

const modulePath = fileURLToPath(new URL('../../../src/content/index.ts', import.meta.url));

let content: ContentSet;
let index: ContentIndex;
let search: ContentSearch;

const starts = (r: ResolvedChain) => r.links[0]!.from;
const reaches = (r: ResolvedChain, id: string) => chainPath(r.links).includes(id);

describe.skipIf(!existsSync(modulePath))('bundled content: worked examples', () => {
  beforeAll(async () => {
    const mod = (await import(/* @vite-ignore */ modulePath)) as { contentSet: ContentSet };
    content = mod.contentSet;
    index = buildContentIndex(content);
    search = createContentSearch(index);
  });

  it('passes the schema and the integrity check', () => {
    expect(contentSetSchema.safeParse(content).success).toBe(true);
    expect(checkIntegrity(content)).toEqual([]);
  });

  it('has every region of the body model', () => {
    expect([...index.regions.keys()].sort()).toEqual([...REGION_BASE_IDS].sort());
  });

  it('round-trips through export and import', () => {
    expect(importContent(JSON.stringify(content, null, 2))).toEqual({ ok: true, content });
  });

  it('left ankle starts a chain that reaches the left knee', () => {
    const { startingHere } = chainsForRegion(index, 'ankle.left');
    expect(startingHere.some((r) => reaches(r, 'knee.left'))).toBe(true);
  });

  it('left hip leads to the right shoulder', () => {
    const { startingHere } = chainsForRegion(index, 'hip.left');
    expect(startingHere.some((r) => r.links.at(-1)!.to === 'shoulder.right')).toBe(true);
  });

  it('gallbladder refers to the right shoulder or scapula', () => {
    const { startingHere } = chainsForRegion(index, 'gallbladder');
    expect(
      startingHere.some((r) => reaches(r, 'shoulder.right') || reaches(r, 'scapula.right')),
    ).toBe(true);
  });

  it('right shoulder collects gallbladder, diaphragm and left-hip chains', () => {
    const { endingHere } = chainsForRegion(index, 'shoulder.right');
    const origins = endingHere.map(starts);
    expect(origins).toContain('gallbladder');
    expect(origins).toContain('diaphragm');
    expect(origins).toContain('hip.left');
  });

  it('finds techniques for the lumbar spine and for the chains that name some', () => {
    expect(techniquesForRegion(index, 'lumbar-spine').length).toBeGreaterThan(0);
    const named = [...index.chains.values()].filter((c) =>
      c.links.some((l) => l.techniques.length),
    );
    for (const chain of named)
      expect(techniquesForChain(index, chain.id).length).toBeGreaterThan(0);
  });

  it.each([
    ['sciatica', 'condition:sciatica'],
    ['migraine', 'condition:migraine'],
    ['tennis elbow', 'condition:lateral-epicondylalgia'],
    ['frozen shoulder', 'condition:frozen-shoulder'],
    ['low back', 'condition:low-back-pain'],
    ['SCM', 'muscle:sternocleidomastoid'],
  ])('search "%s" finds %s among the first three', (query, expected) => {
    const top = search.search(query, { limit: 3 }).map((r) => `${r.kind}:${r.id}`);
    expect(top).toContain(expected);
  });
});
