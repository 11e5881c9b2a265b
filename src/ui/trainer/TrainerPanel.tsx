import { useId, useState, type FormEvent } from 'react';
import type { Side, SpinalPosition } from '../../domain/trainer/diagnosis';
import { SPINAL_TESTS, type SpinalTest } from '../../domain/trainer/findings';
import type { TrainerCase } from '../../domain/trainer/generate';
import { seedFrom } from '../../domain/trainer/seed';
import { parseAnswer, type Answer } from '../../domain/trainer/parse';
import { describeAnswer, scoreAnswer, type TrainerScore } from '../../domain/trainer/score';
import { caseForPage } from '../../scene/trainer/trainer-case';
import { useAppStore } from '../../state/store';
import {
  findingWords,
  SACRAL_LABELS,
  SACRAL_TESTS,
  sacralWords,
  TEST_LABELS,
  testedWhat,
  type SacralTest,
} from './trainer-words';
import './trainer.css';

const newCase = () =>
  useAppStore.getState().showPage({ kind: 'trainer', seed: seedFrom(Math.random()) });

/** A row of radio buttons drawn as a segmented control. */
function Choice<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly (readonly [T, string])[];
  value: T | null;
  onChange: (v: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="trainer-choice">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

const SIDE_OPTIONS = [
  ['left', 'Left'],
  ['right', 'Right'],
] as const;
const POSITION_OPTIONS = [
  ['N', 'Neutral (N)'],
  ['F', 'Flexed (F)'],
  ['E', 'Extended (E)'],
] as const;

/** The spinal motion tests: each button plays the test on the body and adds its finding. */
function SpinalTests({ trainerCase }: { trainerCase: TrainerCase }) {
  const run = useAppStore((s) => s.runTrainerTest);
  const [tested, setTested] = useState<SpinalTest[]>([]);
  const [last, setLast] = useState<SpinalTest | null>(null);
  const finding = (t: SpinalTest) => trainerCase.motion.find((f) => f.test === t)!;
  return (
    <>
      <div className="trainer-tests" role="group" aria-label="Motion tests">
        {SPINAL_TESTS.map((t) => (
          <button
            key={t}
            type="button"
            onClick={() => {
              run(trainerCase.seed, t);
              setLast(t);
              setTested((list) => (list.includes(t) ? list : [...list, t]));
            }}
          >
            {TEST_LABELS[t]}
          </button>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {last ? `${TEST_LABELS[last]}: ${findingWords(finding(last))}` : ''}
      </p>
      {tested.length > 0 && (
        <ul className="trainer-findings" aria-label="Findings">
          {SPINAL_TESTS.filter((t) => tested.includes(t)).map((t) => (
            <li key={t} className={finding(t).free ? 'motion-free' : 'motion-restricted'}>
              <strong>{TEST_LABELS[t]}</strong>: {findingWords(finding(t))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The sacrum's examination: landmarks and tests, each revealed by its button. */
function SacralTests({ trainerCase }: { trainerCase: TrainerCase }) {
  const [tested, setTested] = useState<SacralTest[]>([]);
  const f = trainerCase.sacral!;
  return (
    <>
      <div className="trainer-tests" role="group" aria-label="Examination of the sacrum">
        {SACRAL_TESTS.map((t) => (
          <button
            key={t}
            type="button"
            onClick={() => setTested((list) => (list.includes(t) ? list : [...list, t]))}
          >
            {SACRAL_LABELS[t]}
          </button>
        ))}
      </div>
      {tested.length > 0 && (
        <ul className="trainer-findings" aria-label="Findings" aria-live="polite">
          {SACRAL_TESTS.filter((t) => tested.includes(t)).map((t) => (
            <li key={t}>
              <strong>{SACRAL_LABELS[t]}</strong>: {sacralWords(t, f)}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        The rig’s sacrum moves with the pelvis, so these findings are given in words, not drawn.
      </p>
    </>
  );
}

/** The answer: choices, or the name written in notation (the text wins when there is one). */
function NameForm({ trainerCase }: { trainerCase: TrainerCase }) {
  const references = useAppStore((s) => s.content.references);
  const sacral = trainerCase.diagnosis.kind === 'sacral-torsion';
  const [position, setPosition] = useState<SpinalPosition | null>(null);
  const [rotation, setRotation] = useState<Side | null>(null);
  const [second, setSecond] = useState<Side | null>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ score: TrainerScore; read: string } | string | null>(null);
  const [reveal, setReveal] = useState(false);
  const textId = useId();

  const fromChoices = (): Answer | string => {
    if (sacral)
      return rotation && second
        ? { kind: 'sacral', rotation, axis: second }
        : 'Choose the rotation and the axis, or write the name.';
    if (!position || !rotation || !second)
      return 'Choose the position, the rotation and the side-bending, or write the name.';
    return {
      kind: 'spinal',
      top: trainerCase.segments[0]!,
      bottom: trainerCase.segments[trainerCase.segments.length - 1]!,
      position,
      rotation,
      sideBending: second,
    };
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    setReveal(false);
    let answer: Answer | string;
    if (text.trim()) {
      const parsed = parseAnswer(text);
      answer = parsed.ok ? parsed.answer : parsed.error;
    } else answer = fromChoices();
    if (typeof answer === 'string') return setResult(answer);
    setResult({ score: scoreAnswer(trainerCase.diagnosis, answer), read: describeAnswer(answer) });
  };

  const score = result && typeof result !== 'string' ? result.score : null;
  const source = score ? references.get(score.reference.ref) : undefined;
  return (
    <form className="trainer-form" aria-label="Name the dysfunction" onSubmit={check}>
      <h3>Name the dysfunction</h3>
      {sacral ? (
        <>
          <Choice
            legend="Rotation"
            options={SIDE_OPTIONS}
            value={rotation}
            onChange={setRotation}
          />
          <Choice
            legend="Oblique axis"
            options={SIDE_OPTIONS}
            value={second}
            onChange={setSecond}
          />
        </>
      ) : (
        <>
          <Choice
            legend="Position"
            options={POSITION_OPTIONS}
            value={position}
            onChange={setPosition}
          />
          <Choice
            legend="Rotation"
            options={SIDE_OPTIONS}
            value={rotation}
            onChange={setRotation}
          />
          <Choice
            legend="Side-bending"
            options={SIDE_OPTIONS}
            value={second}
            onChange={setSecond}
          />
        </>
      )}
      <label htmlFor={textId} className="trainer-text-label">
        Or write it
      </label>
      <input
        id={textId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={sacral ? 'e.g. left on left' : 'e.g. L3 F RS_R or T3–T7 N SL RR'}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">Check</button>
      <div className="trainer-feedback" role="status" data-testid="trainer-feedback">
        {typeof result === 'string' && <p>{result}</p>}
        {score && typeof result !== 'string' && result && (
          <>
            <p className="muted">Read as: {result.read}.</p>
            <p className={score.correct ? 'feedback-correct' : 'feedback-wrong'}>
              <strong>{score.correct ? 'Correct' : 'Not quite'}</strong>
              {score.correct ? `: ${score.expected}.` : `. ${score.feedback}`}
            </p>
            {source && (
              <p className="muted">
                Source: {source.title} ({score.reference.locator}).
              </p>
            )}
          </>
        )}
      </div>
      {score && !score.correct && (
        <button type="button" onClick={() => setReveal(true)} aria-expanded={reveal}>
          Show the answer
        </button>
      )}
      {reveal && score && <p className="trainer-answer">Answer: {score.expected}</p>}
    </form>
  );
}

/**
 * The "Dysfunction trainer" panel: motion-test the highlighted segment(s) or examine the sacrum,
 * then name the dysfunction by its freedom of motion. Each case is a link (`#/trainer/<seed>`).
 */
export function TrainerPanel() {
  const trainerCase = useAppStore((s) => caseForPage(s.page));
  return (
    <section className="panel-section trainer" aria-label="Dysfunction trainer">
      {!trainerCase ? (
        <>
          <p>
            Practise naming somatic dysfunctions: motion-test a segment of the spine, see which
            motions are free and which meet a barrier, and name it by its freedom of motion.
          </p>
          <button type="button" onClick={newCase}>
            Start a case
          </button>
        </>
      ) : (
        <div key={trainerCase.seed}>
          <p>
            Case <code>{trainerCase.seed}</code>:{' '}
            {trainerCase.segments.length
              ? `motion-test ${testedWhat(trainerCase)}.`
              : 'examine the sacrum.'}
          </p>
          {trainerCase.segments.length ? (
            <SpinalTests trainerCase={trainerCase} />
          ) : (
            <SacralTests trainerCase={trainerCase} />
          )}
          <NameForm trainerCase={trainerCase} />
          <button type="button" className="trainer-new" onClick={newCase}>
            New case
          </button>
        </div>
      )}
    </section>
  );
}
