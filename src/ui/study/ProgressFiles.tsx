import { useStore } from 'zustand';
import { mergeProgress, progressText, readProgress } from '../../domain/study/progress';
import { useAppStore } from '../../state/store';
import type { StudyStore } from '../../state/study/study-store';
import { downloadBlob } from '../lessons/download';

/** Export and import of progress as a JSON file (checked; an import is merged, never replaces). */
export function ProgressFiles({ store }: { store: StudyStore }) {
  const notify = useAppStore((s) => s.notify);
  const progress = useStore(store, (s) => s.progress);
  const exportFile = () =>
    downloadBlob(
      new Blob([progressText(progress)], { type: 'application/json' }),
      'omt-atlas-study-progress.json',
    );
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const read = readProgress(await file.text());
    if (read.kind === 'newer') {
      notify(
        'error',
        'This progress file was made by a newer version of OMT Atlas; reload to update first.',
      );
      return;
    }
    if (read.kind === 'unreadable') {
      notify('error', `"${file.name}" could not be imported: ${read.reason}.`);
      return;
    }
    const merged = mergeProgress(store.getState().progress, read.progress);
    store.getState().replaceProgress(merged);
    notify(
      'info',
      `Progress imported from "${file.name}": ${Object.keys(read.progress.cards).length} cards, merged with yours (the later review of each card kept).`,
    );
  };
  return (
    <div className="study-files">
      <button type="button" onClick={exportFile}>
        Export progress
      </button>
      <label className="file-button">
        Import progress
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
