// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { validateLessonFile } from '../../../src/domain/lesson';
import { createAppStore } from '../../../src/state/store';
import { LessonTitleField } from '../../../src/ui/lessons/LessonTitleField';

function Harness({ saved }: { saved: string[] }) {
  const [title, setTitle] = useState('Low back');
  return (
    <LessonTitleField
      title={title}
      onChange={(t) => {
        saved.push(t);
        setTitle(t);
      }}
    />
  );
}

describe('lesson titles', () => {
  afterEach(cleanup);

  it('refuses a blank or spaces-only title with a message, and keeps the saved one', () => {
    const saved: string[] = [];
    render(<Harness saved={saved} />);
    const input = screen.getByLabelText(/Lesson title/) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '   ' } });
    expect(saved).toEqual([]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/A lesson needs a title/);
    expect(screen.getByRole('alert').textContent).toMatch(/stays “Low back”/);
    fireEvent.change(input, { target: { value: 'Neck' } });
    expect(saved).toEqual(['Neck']);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(input.value).toBe('Neck');
  });

  it('the store and the file schema refuse them too', () => {
    const store = createAppStore();
    const id = store.getState().createLesson('  ');
    expect(store.getState().lessons[0]!.title).toBe('Untitled lesson');
    store.getState().updateLesson(id, { title: '\t \n' });
    expect(store.getState().lessons[0]!.title).toBe('Untitled lesson');
    const file = {
      format: 'omt-atlas-lesson',
      id: 'x',
      title: '   ',
      description: '',
      version: 1,
      steps: [],
    };
    const r = validateLessonFile(file, null);
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'title', message: 'must not be empty or only spaces' }],
    });
  });
});
