import { useEffect } from 'react';
import { selectNotices } from '../state/selectors';
import { useAppStore } from '../state/store';

const AUTO_DISMISS_MS = 12_000;

/** Short, dismissible messages (bad links, failed imports). Announced to screen readers. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const oldest = notices[0];
  // Warnings fade away on their own after a while; errors and offers stay until dismissed.
  useEffect(() => {
    if (!oldest || oldest.tone === 'error' || oldest.actions) return;
    const timer = setTimeout(() => dismiss(oldest.id), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [oldest, dismiss]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} data-testid="notice">
          <span>{n.text}</span>
          {n.actions?.map((action) => (
            <button
              key={action.label}
              type="button"
              className="notice-action"
              onClick={() => {
                action.run();
                dismiss(n.id);
              }}
            >
              {action.label}
            </button>
          ))}
          <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
