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
  const model = useAppStore(selectModelStatus);
  const graphics = useAppStore(selectGraphics);
  return (
    <footer className="status-line" aria-label="Status">
      <span data-testid="status-page">{describePage(page)}</span>
      <span>{MODEL_TEXT[model]}</span>
      {graphics !== 'ok' && (
        <span>3D view: {graphics === 'unavailable' ? 'unavailable' : 'restarting'}</span>
      )}
    </footer>
  );
}
