import { useEffect } from 'react';
import { browserStorage, startLessonPersistence } from '../../state/lesson-persistence';
import { useAppStore } from '../../state/store';
import { startPresenterChannel } from '../presenter/channel';
import { PresenterLayer } from '../presenter/PresenterLayer';
import { downloadBlob } from './download';

/**
 * The lecturer features mounted once by the app: saved lessons (persistence subscriber), the
 * channel to the presenter console, and the presenter / follow-along overlay.
 */
export function LecturerLayer() {
  useEffect(
    () =>
      startLessonPersistence(useAppStore, browserStorage(), {
        events: window,
        download: (name, text) =>
          downloadBlob(new Blob([text], { type: 'application/json' }), name),
      }),
    [],
  );
  useEffect(() => startPresenterChannel(useAppStore), []);
  return <PresenterLayer />;
}
