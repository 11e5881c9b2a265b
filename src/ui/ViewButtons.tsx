import type { ViewName } from '../domain/camera-moves';
import { useAppStore } from '../state/store';
import './view-buttons.css';

const VIEWS: readonly { view: ViewName; text: string; name: string }[] = [
  { view: 'front', text: 'Front', name: 'Front view' },
  { view: 'back', text: 'Back', name: 'Back view' },
  { view: 'left', text: 'Left', name: 'Left side view' },
  { view: 'right', text: 'Right', name: 'Right side view' },
];

/**
 * Buttons that turn the camera to a named view or back home: what a drag does, for people who
 * use a keyboard, a switch or a small touch screen.
 */
export function ViewButtons() {
  const moveCamera = useAppStore((s) => s.moveCamera);
  return (
    <div className="view-buttons" role="toolbar" aria-label="Camera views">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          aria-label={v.name}
          onClick={() => moveCamera({ kind: 'view', view: v.view })}
        >
          {v.text}
        </button>
      ))}
      <button type="button" aria-label="Reset view" onClick={() => moveCamera({ kind: 'reset' })}>
        Reset
      </button>
    </div>
  );
}
