import { seedFrom } from '../../domain/trainer/seed';
import { useAppStore } from '../../state/store';

/** The dysfunction trainer from the study panel: a fresh case; the study panel steps aside. */
export function TrainerEntry() {
  const showPage = useAppStore((s) => s.showPage);
  const setStudyOpen = useAppStore((s) => s.setStudyOpen);
  return (
    <div className="study-start">
      <p>Motion-test a segment of the spine or the sacrum, then name its dysfunction.</p>
      <button
        type="button"
        onClick={() => {
          setStudyOpen(false);
          showPage({ kind: 'trainer', seed: seedFrom(Math.random()) });
        }}
      >
        Open a trainer case
      </button>
    </div>
  );
}
