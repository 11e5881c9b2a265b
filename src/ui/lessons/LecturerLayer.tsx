import { useEffect } from 'react';
import { browserStorage, startLessonPersistence } from '../../state/lesson-persistence';
import { useAppStore } from '../../state/store';
import { startPresenterChannel } from '../presenter/channel';
import { PresenterLayer } from '../presenter/PresenterLayer';

/**
 * The lecturer features mounted once by the app: saved lessons (persistence subscriber), the
 * channel to the presenter console, and the presenter / follow-along overlay.
 */
export function LecturerLayer() {
  useEffect(() => startLessonPersistence(useAppStore, browserStorage()), []);
  useEffect(() => startPresenterChannel(useAppStore), []);
  return <PresenterLayer />;
}
