import { useRef } from 'react';
import { rememberGuideDismissed } from '../../domain/guide-seen';
import { browserStorage } from '../../state/lesson-persistence';
import { useAppStore } from '../../state/store';
import { useDialogFocus } from '../useDialogFocus';
import './guide.css';

const ROLES = [
  { role: 'source', word: 'Source', meaning: 'where the trouble starts' },
  { role: 'relay', word: 'Relay', meaning: 'a structure the chain runs through' },
  { role: 'target', word: 'Pain felt here', meaning: 'where the patient feels it' },
] as const;

/**
 * The guide: how to move around the body, what its colours and labels mean, the keys, and where
 * the lessons are. Dismissing it is remembered; Help in the top bar opens it again.
 */
export function Guide() {
  const box = useRef<HTMLDivElement>(null);
  const close = () => {
    rememberGuideDismissed(browserStorage());
    useAppStore.getState().closeGuide();
  };
  useDialogFocus(box, close, box);
  return (
    <div className="guide-backdrop" onClick={(e) => e.target === e.currentTarget && close()}>
      <div
        ref={box}
        className="guide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="guide-title"
        tabIndex={-1}
      >
        <div className="guide-head">
          <h2 id="guide-title">Welcome to OMT Atlas</h2>
          <button type="button" className="guide-close" aria-label="Close guide" onClick={close}>
            ×
          </button>
        </div>
        <p>
          Pick a place on the body to see where pain there can come from and where it can travel,
          then watch the techniques that treat each link. A short tour:
        </p>

        <h3>Turn and zoom the body</h3>
        <ul>
          <li>
            <strong>Mouse:</strong> drag to turn, scroll to zoom, drag with the right button to
            slide, double-click a region to fly to it.
          </li>
          <li>
            <strong>Touch:</strong> drag one finger to turn, pinch to zoom, drag two fingers to
            slide.
          </li>
          <li>
            <strong>Keyboard:</strong> Tab to the 3D view, then the arrow keys turn it, <kbd>+</kbd>{' '}
            and <kbd>−</kbd> zoom and <kbd>Home</kbd> resets it.
          </li>
          <li>
            The <strong>Front</strong>, <strong>Back</strong>, <strong>Left</strong>,{' '}
            <strong>Right</strong> and <strong>Reset</strong> buttons at the top left of the view do
            the same with one press.
          </li>
        </ul>

        <h3>What the colours and labels mean</h3>
        <p>
          Click or tap a region (or choose it under Body regions) and open one of its referral
          chains. The body then shows the chain in colour, and every coloured region carries a label
          that says its part in words:
        </p>
        <ul className="guide-roles">
          {ROLES.map((r) => (
            <li key={r.role} className={`role-${r.role}`}>
              <span className="guide-swatch" aria-hidden="true" />
              <span>
                <strong>{r.word}</strong> — {r.meaning}
              </span>
            </li>
          ))}
        </ul>
        <ul>
          <li>
            The numbers on a label are the links of the chain it belongs to; the arrows along the
            body run towards where the pain is felt.
          </li>
          <li>A faded, dashed label is on the far side of the body.</li>
          <li>
            Evidence is written out beside each link and technique, from “Strong evidence” to
            “Traditional concept”; the dots only repeat it.
          </li>
        </ul>

        <h3>Keys</h3>
        <dl className="guide-keys">
          <dt>
            <kbd>/</kbd>
          </dt>
          <dd>search regions, chains, conditions and techniques</dd>
          <dt>
            <kbd>P</kbd>
          </dt>
          <dd>presenter mode for a projector (Esc leaves it)</dd>
          <dt>
            <kbd>←</kbd> <kbd>→</kbd>
          </dt>
          <dd>the previous or next link of a chain, or step of a technique</dd>
          <dt>
            <kbd>Space</kbd>
          </dt>
          <dd>play or pause a technique</dd>
        </dl>

        <h3>Lessons</h3>
        <p>
          Ready-made lessons and your own are under <strong>Lessons</strong> in the side panel (on a
          phone, scroll down past the body): follow one step by step, build one from the views you
          choose, or present it.
        </p>

        <div className="guide-actions">
          <span className="muted small">Help in the top bar brings this guide back.</span>
          <button type="button" className="primary" onClick={close}>
            Got it
          </button>
        </div>
      </div>
    </div>
  );
}
