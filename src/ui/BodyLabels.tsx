import { regionLabels } from '../domain/region-labels';
import { selectBodyPaint } from '../state/body-paint';
import { useAppStore } from '../state/store';
import { labelElements } from '../scene/label-registry';

/**
 * Names on the body: each painted region gets a label with its link numbers and its role in
 * words, so the picture reads without colour. The scene's projector positions them each frame.
 */
export function BodyLabels() {
  const paint = useAppStore(selectBodyPaint);
  const content = useAppStore((s) => s.content);
  const ready = useAppStore((s) => s.modelStatus === 'ready');
  if (!ready) return null;
  const regions = regionLabels(content, paint);
  return (
    <div className="body-labels" aria-hidden="true">
      {regions.map((r) => (
        <div
          key={r.id}
          className={`body-label role-${r.role}`}
          data-region={r.id}
          ref={(el) => {
            if (el) labelElements.set(r.id, el);
            else labelElements.delete(r.id);
          }}
        >
          {r.links.map((n) => (
            <span key={n} className="label-num">
              {n}
            </span>
          ))}
          <span className="label-name">{r.name}</span>
          <span className="label-role">{r.words}</span>
        </div>
      ))}
    </div>
  );
}
