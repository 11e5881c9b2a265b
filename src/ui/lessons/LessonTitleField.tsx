import { useId, useState } from 'react';
import { lessonTitleProblem } from '../../domain/lesson';

/**
 * The lesson title input. What is typed is kept as a draft; a blank or spaces-only title is not
 * saved, and a message under the field says why, until a usable title is typed.
 */
export function LessonTitleField({
  title,
  onChange,
}: {
  title: string;
  onChange: (title: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  const value = draft ?? title;
  const problem = draft === null ? null : lessonTitleProblem(draft);
  return (
    <label className="field">
      Lesson title
      <input
        value={value}
        maxLength={200}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => {
          const next = e.target.value;
          if (lessonTitleProblem(next)) setDraft(next);
          else {
            setDraft(null);
            onChange(next);
          }
        }}
        // Leaving the field with a blank title puts the saved one back.
        onBlur={() => setDraft(null)}
      />
      {problem && (
        <span id={errorId} className="field-error" role="alert">
          {problem} The title stays “{title}” until then.
        </span>
      )}
    </label>
  );
}
