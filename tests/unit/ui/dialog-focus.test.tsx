// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDialogFocus } from '../../../src/ui/useDialogFocus';

function Dialog({ onClose }: { onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, onClose);
  return (
    <div ref={box} role="dialog" aria-modal="true" aria-label="Test dialog">
      <button type="button">First</button>
      <a href="#/x">Middle</a>
      <button type="button" onClick={onClose}>
        Last
      </button>
    </div>
  );
}

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Elsewhere</button>
      {open && <Dialog onClose={() => setOpen(false)} />}
    </>
  );
}

const key = (k: string, shiftKey = false) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, shiftKey });

describe('useDialogFocus', () => {
  afterEach(cleanup);

  it('moves the focus in, keeps Tab inside, and returns it on close', () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'First' }));
    key('Tab');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Middle' }));
    key('Tab');
    key('Tab');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'First' }));
    key('Tab', true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Last' }));
    fireEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape even when the focus has left the dialog', () => {
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    key('Tab');
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    key('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
