import { LazyPanel } from '../../app/LazyPanel';
import { mapsPanelPart } from '../../app/parts';
import type { OverlayId } from '../../domain/url';
import { useAppStore } from '../../state/store';

export const OVERLAY_LABELS: Record<OverlayId, string> = {
  dermatomes: 'Dermatomes',
  referral: 'Referral zones',
  viscerosomatic: 'Viscerosomatic levels',
};

/**
 * The map overlays and the pain brush. The legend (and the code that draws the maps) loads the
 * first time a map is shown.
 */
export function MapControls() {
  const overlays = useAppStore((s) => s.overlays);
  const setOverlay = useAppStore((s) => s.setOverlay);
  const brush = useAppStore((s) => s.brush);
  const setBrush = useAppStore((s) => s.setBrush);
  const painted = useAppStore((s) => !!s.paint);
  const clearPaint = useAppStore((s) => s.clearPaint);
  const anything = useAppStore((s) => s.overlays.length > 0 || s.shownZones.length > 0);
  return (
    <fieldset className="layers maps">
      <legend>Pain maps</legend>
      {(Object.keys(OVERLAY_LABELS) as OverlayId[]).map((id) => (
        <label key={id} className="check">
          <input
            type="checkbox"
            checked={overlays.includes(id)}
            onChange={(e) => setOverlay(id, e.target.checked)}
          />
          {OVERLAY_LABELS[id]}
        </label>
      ))}
      <div className="map-tools">
        <button type="button" aria-pressed={brush} onClick={() => setBrush(!brush)}>
          {brush ? 'Stop painting' : 'Paint the pain'}
        </button>
        {painted && (
          <button type="button" onClick={clearPaint}>
            Clear painting
          </button>
        )}
      </div>
      {brush && (
        <p className="muted small" role="status">
          Drag on the skin where it hurts; the sources are listed by how much of the area their maps
          cover. Two fingers or the right mouse button still move the view.
        </p>
      )}
      {(anything || painted) && (
        <LazyPanel part={mapsPanelPart}>
          {(m) => (
            <>
              <m.MapsLegend />
              {painted && <m.OutlineExport />}
            </>
          )}
        </LazyPanel>
      )}
    </fieldset>
  );
}
