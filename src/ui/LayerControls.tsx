import { LAYER_IDS } from '../domain/url';
import { selectLayers, selectXray } from '../state/selectors';
import { useAppStore } from '../state/store';

const LABELS = {
  skin: 'Skin',
  muscles: 'Muscles',
  skeleton: 'Skeleton',
  organs: 'Organs',
} as const;

/** Layer visibility and the x-ray slider. */
export function LayerControls() {
  const layers = useAppStore(selectLayers);
  const xray = useAppStore(selectXray);
  const setLayer = useAppStore((s) => s.setLayer);
  const setXray = useAppStore((s) => s.setXray);
  return (
    <fieldset className="layers">
      <legend>Layers</legend>
      {LAYER_IDS.map((layer) => (
        <label key={layer} className="check">
          <input
            type="checkbox"
            checked={layers[layer]}
            onChange={(e) => setLayer(layer, e.target.checked)}
          />
          {LABELS[layer]}
        </label>
      ))}
      <label className="slider">
        X-ray
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={xray}
          onChange={(e) => setXray(Number(e.target.value))}
        />
      </label>
    </fieldset>
  );
}
