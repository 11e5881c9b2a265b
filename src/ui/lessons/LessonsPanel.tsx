import { useRef, useState, type ChangeEvent } from 'react';
import {
  encodeLessonLinkHash,
  lessonFileName,
  lessonFileText,
  MAX_LESSON_BYTES,
  stepCount,
  validateLessonFile,
  type Lesson,
  type LessonIssue,
  type LessonResult,
} from '../../domain/lesson';
import { useAppStore } from '../../state/store';
import { describePage } from '../describe-page';
import { enterPresenter, openPresenterConsole } from '../presenter/presenter-actions';
import { LessonTitleField } from './LessonTitleField';
import { copyText, downloadBlob, exportImage } from './share';
import './lessons.css';

function linkFor(hash: string): string {
  return `${window.location.origin}${window.location.pathname}${hash}`;
}

/** Share buttons for the current view: link, picture, presenting. */
function ShareRow({ onMessage }: { onMessage: (text: string) => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <div className="lesson-share" role="group" aria-label="Share and present">
      <button
        type="button"
        onClick={async () =>
          onMessage(
            (await copyText(window.location.href))
              ? 'Link to this view copied.'
              : `Copy this link: ${window.location.href}`,
          )
        }
      >
        Copy link
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            const name = await exportImage(useAppStore.getState());
            onMessage(`Image saved as "${name}" (1920×1080).`);
          } catch (error) {
            onMessage(
              `The image could not be made: ${error instanceof Error ? error.message : 'unknown error'}.`,
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? 'Exporting…' : 'Export image'}
      </button>
      <button type="button" onClick={() => enterPresenter()}>
        Present view
      </button>
      <button type="button" onClick={() => openPresenterConsole()}>
        Open presenter console
      </button>
    </div>
  );
}

function StepEditor({ lesson }: { lesson: Lesson }) {
  const updateLesson = useAppStore((s) => s.updateLesson);
  const updateStep = useAppStore((s) => s.updateStep);
  const moveStep = useAppStore((s) => s.moveStep);
  const deleteStep = useAppStore((s) => s.deleteStep);
  const addStep = useAppStore((s) => s.addCurrentViewAsStep);
  const goToStep = useAppStore((s) => s.goToStep);
  const openLesson = useAppStore((s) => s.openLesson);
  const activeLessonId = useAppStore((s) => s.activeLessonId);
  return (
    <div className="lesson-editor" role="group" aria-label={`Edit lesson ${lesson.title}`}>
      <LessonTitleField
        title={lesson.title}
        onChange={(title) => updateLesson(lesson.id, { title })}
      />
      <label className="field">
        Description
        <textarea
          rows={2}
          value={lesson.description}
          maxLength={2000}
          onChange={(e) => updateLesson(lesson.id, { description: e.target.value })}
        />
      </label>
      <button
        type="button"
        className="primary"
        onClick={() => {
          const s = useAppStore.getState();
          addStep(lesson.id, describePage(s.page, s.content));
        }}
      >
        Add current view as step
      </button>
      <ol className="lesson-steps" aria-label="Steps">
        {lesson.steps.map((step, i) => (
          <li key={step.id} className="lesson-step">
            <label className="field">
              <span className="step-number">Step {i + 1}</span>
              <input
                aria-label={`Step ${i + 1} title`}
                value={step.title}
                maxLength={200}
                onChange={(e) => updateStep(lesson.id, step.id, { title: e.target.value })}
              />
            </label>
            <textarea
              aria-label={`Step ${i + 1} notes`}
              placeholder="Notes for the presenter console"
              rows={2}
              value={step.notes}
              maxLength={5000}
              onChange={(e) => updateStep(lesson.id, step.id, { notes: e.target.value })}
            />
            <div className="step-actions">
              <button
                type="button"
                aria-label={`Show step ${i + 1}`}
                onClick={() => {
                  if (activeLessonId !== lesson.id) openLesson(lesson.id);
                  goToStep(i);
                }}
              >
                Show
              </button>
              <button
                type="button"
                aria-label={`Move step ${i + 1} up`}
                disabled={i === 0}
                onClick={() => moveStep(lesson.id, i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move step ${i + 1} down`}
                disabled={i === lesson.steps.length - 1}
                onClick={() => moveStep(lesson.id, i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Delete step ${i + 1}`}
                onClick={() => deleteStep(lesson.id, step.id)}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
      {lesson.steps.length === 0 && (
        <p className="muted small">
          Set up the body as you want it (region, chain and link, technique and time, camera,
          layers), then add it as a step.
        </p>
      )}
    </div>
  );
}

function LessonItem({
  lesson,
  example,
  editing,
  onEdit,
  onMessage,
}: {
  lesson: Lesson;
  example: boolean;
  editing: boolean;
  onEdit: (id: string | null) => void;
  onMessage: (text: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const openLesson = useAppStore((s) => s.openLesson);
  const duplicate = useAppStore((s) => s.duplicateLesson);
  const remove = useAppStore((s) => s.deleteLesson);
  const empty = lesson.steps.length === 0;
  return (
    <li className={editing ? 'lesson-item editing' : 'lesson-item'} aria-label={lesson.title}>
      <div className="lesson-head">
        <span className="lesson-title">{lesson.title}</span>
        <span className="muted small">
          {stepCount(lesson)}
          {example ? ' · example' : ''}
        </span>
      </div>
      {lesson.description && <p className="muted small lesson-description">{lesson.description}</p>}
      <div className="lesson-actions">
        <button
          type="button"
          disabled={empty}
          onClick={() => {
            openLesson(lesson.id);
            enterPresenter();
          }}
        >
          Present
        </button>
        <button type="button" disabled={empty} onClick={() => openLesson(lesson.id)}>
          Follow
        </button>
        {!example && (
          <button
            type="button"
            aria-pressed={editing}
            onClick={() => onEdit(editing ? null : lesson.id)}
          >
            {editing ? 'Done' : 'Edit'}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            const id = duplicate(lesson.id);
            if (id) onEdit(id);
          }}
        >
          Duplicate
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([lessonFileText(lesson)], { type: 'application/json' }),
              lessonFileName(lesson),
            )
          }
        >
          Export
        </button>
        <button
          type="button"
          onClick={async () => {
            const link = encodeLessonLinkHash(lesson);
            if (!link.ok) {
              onMessage(link.reason);
              return;
            }
            const url = linkFor(link.hash);
            onMessage(
              (await copyText(url))
                ? `Link to "${lesson.title}" copied.`
                : `Copy this link: ${url}`,
            );
          }}
        >
          Copy link
        </button>
        {!example && !confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
        {!example && confirming && (
          <span className="confirm" role="group" aria-label="Confirm delete">
            <span>Delete “{lesson.title}”?</span>
            <button
              type="button"
              className="danger"
              onClick={() => {
                remove(lesson.id);
                if (editing) onEdit(null);
                onMessage(`Lesson "${lesson.title}" deleted.`);
              }}
            >
              Yes, delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
      {editing && <StepEditor lesson={lesson} />}
    </li>
  );
}

/**
 * The "Lessons" landmark: the lecturer's lessons and the shipped examples, with editing,
 * presenting, export / import as a file and sharing as a link.
 */
export function LessonsPanel() {
  const lessons = useAppStore((s) => s.lessons);
  const examples = useAppStore((s) => s.examples);
  const createLesson = useAppStore((s) => s.createLesson);
  const importLesson = useAppStore((s) => s.importLesson);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<LessonIssue[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  // Any later outcome replaces the message, and the problems of a failed import go with it: they
  // described a file the lecturer has moved on from.
  const report = (text: string) => {
    setMessage(text);
    setErrors([]);
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setErrors([]);
    // A huge file is refused by its size, before it is read.
    const result: LessonResult =
      file.size > MAX_LESSON_BYTES
        ? {
            ok: false,
            errors: [
              {
                path: '(file)',
                message: `file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB; a lesson file may be at most 1 MB)`,
              },
            ],
          }
        : validateLessonFile(await file.text(), useAppStore.getState().content);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(`"${file.name}" was not imported. Your lessons are unchanged.`);
      return;
    }
    const { id, renamed } = importLesson(result.lesson);
    setEditingId(null);
    report(
      `Imported "${result.lesson.title}" (${stepCount(result.lesson)})${renamed ? ` as a copy (id "${id}")` : ''}.`,
    );
  };

  return (
    <section aria-label="Lessons" className="panel-section lessons-panel">
      <h2>Lessons</h2>
      <ShareRow onMessage={report} />
      <div className="lesson-toolbar">
        <button
          type="button"
          onClick={() => {
            const id = createLesson(`New lesson ${lessons.length + 1}`);
            setEditingId(id);
            report('');
          }}
        >
          New lesson
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-label="Import lesson file"
          tabIndex={-1}
          onChange={onImport}
        />
      </div>
      <p className="lesson-message" role="status" aria-live="polite" data-testid="lesson-message">
        {message}
      </p>
      {errors.length > 0 && (
        <div className="lesson-errors" role="alert">
          <p>The file has these problems:</p>
          <ul aria-label="Import problems">
            {errors.map((err, i) => (
              <li key={i}>
                <code>{err.path}</code>: {err.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="lesson-list" aria-label="Lesson list">
        {lessons.map((l) => (
          <LessonItem
            key={l.id}
            lesson={l}
            example={false}
            editing={editingId === l.id}
            onEdit={setEditingId}
            onMessage={report}
          />
        ))}
        {examples.map((l) => (
          <LessonItem
            key={l.id}
            lesson={l}
            example
            editing={false}
            onEdit={setEditingId}
            onMessage={report}
          />
        ))}
      </ul>
    </section>
  );
}
