import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { startPresenterChannel } from '../presenter/channel';
import { PresenterLayer } from '../presenter/PresenterLayer';

/**
 * The lecturer features mounted once by the app: the channel to the presenter console and the
 * presenter / follow-along overlay. (Saved lessons are loaded with the content, app/start-content.)
 */
export function LecturerLayer() {
  useEffect(() => startPresenterChannel(useAppStore), []);
  return <PresenterLayer />;
}
