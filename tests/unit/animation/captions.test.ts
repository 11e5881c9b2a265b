import { describe, expect, it } from 'vitest';
import { animations } from '../../../src/content/animations';

/**
 * The caption strip is what a lecturer reads aloud and a student reads alone: each caption is a
 * full sentence on its own, never a fragment continued from the step before ("…and back.").
 */
describe('technique captions', () => {
  const captions = Object.entries(animations).flatMap(([id, s]) =>
    s.phases.map((p) => ({ where: `${id}/${p.id}`, text: p.caption })),
  );

  it('each caption is a full sentence: a capital first, a full stop last, no trailing off', () => {
    for (const { where, text } of captions) {
      expect(text, where).toMatch(/^[A-Z]/);
      expect(text, where).toMatch(/[.!?]$/);
      expect(text, where).not.toContain('…');
      expect(text.split(/\s+/).length, where).toBeGreaterThanOrEqual(2);
    }
  });
});
