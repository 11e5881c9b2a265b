// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { useAppStore } from '../../../src/state/store';
import { RegionList } from '../../../src/ui/RegionList';

describe('RegionList', () => {
  // The app's store receives the content after the first frame; the list needs it.
  beforeEach(() => useAppStore.getState().setContent(contentSet));

  afterEach(() => {
    cleanup();
    useAppStore.getState().clearSelection();
  });

  it('lists regions by human name on both sides', () => {
    render(<RegionList />);
    const list = screen.getByRole('listbox', { name: 'Body regions' });
    expect(list).toBeTruthy();
    expect(screen.getByRole('option', { name: /^Left ankle/ })).toBeTruthy();
    expect(screen.getByRole('option', { name: /^Right ankle/ })).toBeTruthy();
    expect(screen.getByRole('option', { name: /^Lumbar spine/ })).toBeTruthy();
  });

  it('filters and selects with the keyboard', () => {
    render(<RegionList />);
    fireEvent.change(screen.getByLabelText('Filter body regions'), { target: { value: 'ankle' } });
    expect(screen.getAllByRole('option')).toHaveLength(2);
    const list = screen.getByRole('listbox', { name: 'Body regions' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(useAppStore.getState().page).toEqual({ kind: 'region', region: 'ankle.right' });
    expect(screen.getByRole('option', { name: /^Right ankle/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('selects with a click', () => {
    render(<RegionList />);
    fireEvent.click(screen.getByRole('option', { name: /^Left knee/ }));
    expect(useAppStore.getState().page).toEqual({ kind: 'region', region: 'knee.left' });
  });
});
