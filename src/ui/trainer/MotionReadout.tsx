import { displayGain } from '../../domain/trainer/motion-test';
import { caseForPage, shownTest } from '../../scene/trainer/trainer-case';
import { useAppStore } from '../../state/store';
import { findingWords, TEST_LABELS, testedWhat } from './trainer-words';
import './trainer.css';

/**
 * Over the 3D view: the motion test being shown, in words and as a gauge (the normal range, how
 * far the segment went, and the barrier where it stopped). Colour repeats what the words say.
 */
export function MotionReadout() {
  const trainerCase = useAppStore((s) => caseForPage(s.page));
  const test = useAppStore((s) => shownTest(s, caseForPage(s.page)));
  const finding = trainerCase?.motion.find((f) => f.test === test);
  if (!trainerCase || !test || !finding) return null;
  const share = Math.round((finding.reached / finding.range) * 100);
  return (
    <div className="motion-readout" data-testid="motion-readout">
      <p className="motion-readout-title">
        {TEST_LABELS[test]} of {testedWhat(trainerCase)}
      </p>
      <p className={finding.free ? 'motion-free' : 'motion-restricted'}>{findingWords(finding)}</p>
      <div className="motion-gauge" aria-hidden="true">
        <div className="motion-gauge-fill" style={{ width: `${share}%` }} />
        {!finding.free && (
          <div className="motion-gauge-barrier" style={{ left: `${share}%` }}>
            <span>barrier</span>
          </div>
        )}
      </div>
      <p className="motion-readout-note">
        Drawn {displayGain(trainerCase.segments.length)}× larger than life.
      </p>
    </div>
  );
}
