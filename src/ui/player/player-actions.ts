import { nextPhaseTime, previousPhaseTime } from '../../domain/timeline';
import { playbackRuntime } from '../../scene/technique/playback-runtime';
import { useAppStore } from '../../state/store';
import { isAcknowledged } from './ContraindicationsDialog';
import { hasStep, type TechniqueControls } from './technique-controls';

/**
 * Play, pause and step for the technique loaded in the player, read at call time, so the
 * player's buttons, the keyboard, the clicker and the console all act the same way. `ask` shows
 * the contraindications when the technique has not been played yet in this visit.
 */
export function techniqueActions(ask: (variantId: string) => void): TechniqueControls {
  const s = useAppStore.getState;
  const commit = (t: number) => {
    s().pause();
    s().seek(t);
  };
  return {
    play() {
      const p = playbackRuntime.current;
      if (!p) return;
      if (!isAcknowledged(p.variantId)) return ask(p.variantId);
      if (playbackRuntime.time >= p.timeline.duration - 1e-3) s().seek(0);
      s().play();
    },
    pause() {
      commit(playbackRuntime.time);
    },
    step(direction) {
      const p = playbackRuntime.current;
      if (!p) return false;
      const { script, duration } = p.timeline;
      const t = playbackRuntime.time;
      if (!hasStep(t, direction, (x) => nextPhaseTime(script, x), duration)) return false;
      commit(direction > 0 ? nextPhaseTime(script, t) : previousPhaseTime(script, t, 0.5));
      return true;
    },
  };
}
