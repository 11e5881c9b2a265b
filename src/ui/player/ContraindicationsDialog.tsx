import { useRef } from 'react';
import { useAppStore } from '../../state/store';
import { useDialogFocus } from '../useDialogFocus';

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
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, () => onClose(false), first);
  if (!entry) return null;
  const { technique, variant } = entry;
  return (
    <div ref={box} className="dialog" role="dialog" aria-modal="true" aria-labelledby="ci-title">
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
