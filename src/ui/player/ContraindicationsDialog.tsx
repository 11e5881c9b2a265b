import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';

// Acknowledged once per technique per visit: shown before the first play, then one click away.
const acknowledged = new Set<string>();
export const isAcknowledged = (variantId: string) => acknowledged.has(variantId);
export const acknowledge = (variantId: string) => acknowledged.add(variantId);

/** The contraindications of a technique, shown before it first plays. */
export function ContraindicationsDialog({
  variantId,
  review,
  onClose,
}: {
  variantId: string;
  review: boolean;
  onClose: (play: boolean) => void;
}) {
  const entry = useAppStore((s) => s.content.variants.get(variantId));
  const first = useRef<HTMLButtonElement>(null);
  // Focus the action without scrolling the dialog: its title and the absolute contraindications
  // are read first (on a phone the dialog scrolls).
  useEffect(() => first.current?.focus({ preventScroll: true }), []);
  // Esc closes the dialog wherever the focus is (presenter mode leaves Esc to an open dialog).
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close.current(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!entry) return null;
  const { technique, variant } = entry;
  return (
    <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="ci-title">
      <h3 id="ci-title">Contraindications: {variant.name}</h3>
      <p className="small muted">Screen the patient for these before the technique is used.</p>
      <h4>Absolute</h4>
      <ul>
        {technique.contraindications.absolute.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h4>Relative</h4>
      <ul>
        {technique.contraindications.relative.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <div className="dialog-actions">
        {review ? (
          <button type="button" ref={first} onClick={() => onClose(false)}>
            Close
          </button>
        ) : (
          <>
            <button type="button" ref={first} className="primary" onClick={() => onClose(true)}>
              Understood — play
            </button>
            <button type="button" onClick={() => onClose(false)}>
              Cancel
            </button>
          </>
        )}
      </div>
    </div>
  );
}
