import { regionLabelOf } from '../domain/content-index';
import type { RegionRole } from '../domain/body-paint';
import { selectBodyPaint } from '../state/body-paint';
import { useAppStore } from '../state/store';
import { labelElements } from '../scene/label-registry';

const ROLE_WORDS: Record<RegionRole, string> = {
  selected: 'selected',
  source: 'source',
  target: 'pain felt here',
  relay: 'relay',
  related: 'linked',
};
const MAX_RELATED = 8;

/**
 * Names on the body: each painted region gets a label with its link numbers and its role in
 * words, so the picture reads without colour. The scene's projector positions them each frame.
 */
export function BodyLabels() {
  const paint = useAppStore(selectBodyPaint);
  const content = useAppStore((s) => s.content);
  const ready = useAppStore((s) => s.modelStatus === 'ready');
  if (!ready) return null;
  const regions = paint.regions
    .filter((r) => r.role !== 'related')
    .concat(paint.regions.filter((r) => r.role === 'related').slice(0, MAX_RELATED));
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
          <span className="label-name">{regionLabelOf(content, r.id)}</span>
          <span className="label-role">{ROLE_WORDS[r.role]}</span>
        </div>
      ))}
    </div>
  );
}
