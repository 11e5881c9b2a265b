import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { ClassCard, StartClassButton } from './ClassCard';
import { withClassClient } from './class-client-part';
import { JoinClassButton, JoinClassDialog } from './JoinClass';
import { PollBanner, StudentBar } from './StudentBar';
import './classroom.css';

export { JoinClassButton, StartClassButton };

/** A class link opened before the class controls were there joins once they are. */
function usePendingJoin() {
  const pending = useAppStore((s) => s.pendingJoin);
  useEffect(() => {
    if (!pending) return;
    useAppStore.getState().setPendingJoin(null);
    void withClassClient(async (c) => {
      const problem = await c.joinClass(useAppStore, pending);
      if (problem) useAppStore.getState().notify('warning', `This class link: ${problem}`);
    });
  }, [pending]);
}

/**
 * The live class on top of the app, mounted once a class server has answered: the lecturer's
 * class card (presenter mode), a student's bar and poll banner, the join dialog, and the
 * lecturer's blank screen for followers.
 */
export function ClassroomLayer() {
  usePendingJoin();
  const role = useAppStore((s) => s.classRole);
  const presenting = useAppStore((s) => s.presenting);
  const dialog = useAppStore((s) => s.joinDialogOpen);
  const blank = useAppStore(
    (s) => s.classRole === 'student' && s.following && s.classView?.blanked === true,
  );
  return (
    <>
      {role === 'lecturer' && presenting && <ClassCard />}
      {role === 'student' && (
        <div className="class-student">
          <PollBanner />
          <StudentBar />
        </div>
      )}
      {blank && (
        <div className="class-blank" data-testid="class-blank">
          <p>The lecturer has blanked the screen.</p>
        </div>
      )}
      {dialog && <JoinClassDialog />}
    </>
  );
}
