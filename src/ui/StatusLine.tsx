import { regionLabelOf } from '../domain/content-index';
import { describePage } from './describe-page';
import { selectGraphics, selectModelStatus, selectPage } from '../state/selectors';
import { useAppStore } from '../state/store';

const MODEL_TEXT = {
  loading: 'Body model loading',
  ready: 'Body model ready',
  missing: 'Model not built',
  failed: 'Body model failed to load',
} as const;

/** One line at the bottom: what is shown and the state of the model and graphics. */
export function StatusLine() {
  const page = useAppStore(selectPage);
  const content = useAppStore((s) => s.content);
  const hovered = useAppStore((s) => s.hovered);
  const model = useAppStore(selectModelStatus);
  const graphics = useAppStore(selectGraphics);
  return (
    <footer className="status-line" aria-label="Status">
      <span data-testid="status-page">{describePage(page, content)}</span>
      {hovered && (
        <span data-testid="status-hover">Pointer: {regionLabelOf(content, hovered)}</span>
      )}
      {graphics === 'unavailable' ? (
        // Without WebGL the model never loads: say so instead of "loading" for ever.
        <span>3D view unavailable: this browser has no WebGL 2</span>
      ) : (
        <span>{MODEL_TEXT[model]}</span>
      )}
      {graphics === 'context-lost' && <span>3D view: restarting</span>}
    </footer>
  );
}
