import { useRef, useState, type FormEvent } from 'react';
import { normaliseRoomCode } from '../../domain/classroom/protocol';
import { useAppStore } from '../../state/store';
import { useDialogFocus } from '../useDialogFocus';
import { withClassClient } from './class-client-part';

/** "Join class" in the top bar: shown only when a class server answers on this origin. */
export function JoinClassButton() {
  const inClass = useAppStore((s) => s.classRole !== null && s.classStatus !== 'ended');
  const open = useAppStore((s) => s.setJoinDialogOpen);
  if (inClass) return null;
  return (
    <button type="button" className="join-class-button" onClick={() => open(true)}>
      Join class
    </button>
  );
}

/** Joins by code; the answer is a message to show, or null once joined. */
async function join(raw: string): Promise<string | null> {
  const code = normaliseRoomCode(raw);
  if (!code)
    return 'A class code has 8 letters and digits, like ABCD-EFGH (no 0, O, 1 or I). Check it on the projector.';
  const answer = await withClassClient((c) => c.joinClass(useAppStore, code));
  return answer === null ? null : (answer ?? 'The live class could not be loaded.');
}

export function JoinClassDialog() {
  const setOpen = useAppStore((s) => s.setJoinDialogOpen);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const close = () => setOpen(false);
  useDialogFocus(dialog, close);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    const message = await join(code);
    setBusy(false);
    if (message) setProblem(message);
  };
  return (
    <>
      <div
        ref={dialog}
        className="dialog class-join-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="class-join-title"
      >
        <h2 id="class-join-title">Join a live class</h2>
        <form onSubmit={(e) => void submit(e)}>
          <label htmlFor="class-code">Class code (on the projector)</label>
          <input
            id="class-code"
            className="class-code-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            placeholder="ABCD-EFGH"
            value={code}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'class-join-problem' : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
          {problem && (
            <p id="class-join-problem" className="class-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" disabled={busy}>
              {busy ? 'Joining…' : 'Join'}
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
