import {
  ARROW_SLOTS,
  FORCE_MARK,
  FORCE_WHO,
  forceLabels,
  slotKind,
} from '../../scene/technique/force-labels';
import './force-labels.css';

/**
 * The magnitude labels of the force arrows, on the body beside their arrows: one element per arrow
 * slot, registered with the scene, which writes the words and moves them each drawn frame. The
 * operator's force and the patient's effort differ in words, border and colour.
 */
export function ForceLabels() {
  return (
    <div className="force-labels" aria-hidden="true">
      {Array.from({ length: ARROW_SLOTS }, (_, i) => {
        const kind = slotKind(i);
        return (
          <div
            key={i}
            className={`force-label force-${kind}`}
            ref={(el) => {
              const slot = forceLabels[i]!;
              slot.el = el;
              slot.text = el?.querySelector<HTMLElement>('.force-text') ?? null;
              slot.shown = '';
              slot.left = slot.top = Number.NaN;
              if (el) el.style.visibility = slot.visible ? 'visible' : 'hidden';
            }}
          >
            <span className="force-who">
              <span className="force-mark">{FORCE_MARK[kind]}</span> {FORCE_WHO[kind]}
            </span>
            <span className="force-text" />
          </div>
        );
      })}
    </div>
  );
}
