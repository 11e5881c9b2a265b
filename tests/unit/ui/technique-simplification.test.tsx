// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { useAppStore } from '../../../src/state/store';
import { TechniqueDetail } from '../../../src/ui/techniques/TechniqueDetail';

const variants = contentSet.techniques.flatMap((t) => t.variants);

describe('TechniqueDetail teaching simplification', () => {
  beforeEach(() => useAppStore.getState().setContent(contentSet));
  afterEach(cleanup);

  it("shows the animation script's simplification note under the steps", () => {
    const variant = variants.find((v) => v.animation?.simplification);
    expect(variant).toBeDefined();
    render(<TechniqueDetail variantId={variant!.id} side="left" />);
    const note = screen.getByRole('note', { name: 'Teaching simplification' });
    expect(note.textContent).toBe(`Teaching simplification: ${variant!.animation!.simplification}`);
    // Under the steps: the list of steps comes before the note in the document.
    const steps = screen.getAllByRole('list')[0]!;
    expect(steps.tagName).toBe('OL');
    expect(steps.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no note for a variant whose script states none', () => {
    const variant = variants.find((v) => !v.animation?.simplification);
    expect(variant).toBeDefined();
    render(<TechniqueDetail variantId={variant!.id} side="left" />);
    expect(screen.queryByRole('note', { name: 'Teaching simplification' })).toBeNull();
  });
});
