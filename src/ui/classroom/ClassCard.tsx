import { classLink, studentBaseUrl } from '../../domain/classroom/class-link';
import { useAppStore } from '../../state/store';
import { withClassClient } from './class-client-part';
import { PollControls } from './PollControls';
import { QrCode } from './QrCode';

const STATUS_TEXT = {
  connecting: 'Connecting…',
  connected: null,
  reconnecting: 'Reconnecting…',
  ended: 'Class ended',
} as const;

/**
 * The lecturer's class card on the projector: the code large, the link and its QR code for
 * students, how many are connected and following, the poll tools, and End class. Collapsed to a
 * small strip while teaching.
 */
export function ClassCard() {
  const code = useAppStore((s) => s.classCode);
  const status = useAppStore((s) => s.classStatus);
  const counts = useAppStore((s) => s.classCounts);
  const hello = useAppStore((s) => s.classServer);
  const collapsed = useAppStore((s) => s.classCardCollapsed);
  const setCollapsed = useAppStore((s) => s.setClassCardCollapsed);
  // While a poll is up the room has joined: the card keeps the code (for late comers) and gives
  // the link and QR code's room back to the body the students tap on.
  const polling = useAppStore((s) => !!s.classPoll?.open);
  if (!code || !status) return null;
  const url = classLink(studentBaseUrl(hello?.urls ?? [], window.location.origin), code);
  const statusText = STATUS_TEXT[status];
  const countText = `${counts.students} ${counts.students === 1 ? 'student' : 'students'} connected · ${counts.following} following`;
  if (collapsed)
    return (
      <section className="class-card collapsed" aria-label="Live class">
        <span className="class-code-small" data-testid="class-code">
          {code}
        </span>
        <span data-testid="class-counts">{statusText ?? countText}</span>
        <button type="button" onClick={() => setCollapsed(false)}>
          Show class card
        </button>
      </section>
    );
  return (
    <section className={polling ? 'class-card polling' : 'class-card'} aria-label="Live class">
      <div className="class-join">
        <div className="class-join-text">
          {!polling && (
            <>
              <p className="class-label">Join at</p>
              <p className="class-url" data-testid="class-url">
                {url}
              </p>
            </>
          )}
          <p className="class-label">{polling ? 'Join with the code' : 'with the code'}</p>
          <p className="class-code" data-testid="class-code">
            {code}
          </p>
          <p className="class-counts" data-testid="class-counts" aria-live="polite">
            {statusText ?? countText}
          </p>
        </div>
        {!polling && <QrCode text={url} label={`QR code of the class link ${url}`} />}
      </div>
      <PollControls />
      <div className="class-actions">
        <button type="button" onClick={() => setCollapsed(true)}>
          Hide class card
        </button>
        <button type="button" onClick={() => void withClassClient((c) => c.endClass(useAppStore))}>
          End class
        </button>
      </div>
    </section>
  );
}

/** "Start class" among the presenter controls (only when a class server answers). */
export function StartClassButton() {
  const inClass = useAppStore((s) => s.classRole === 'lecturer');
  if (inClass) return null;
  return (
    <button type="button" onClick={() => void withClassClient((c) => c.startClass(useAppStore))}>
      Start class
    </button>
  );
}
