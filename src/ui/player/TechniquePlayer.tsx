import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatClock } from '../../domain/technique-playback';
import type { TimelineFrame } from '../../domain/timeline';
import { SPEEDS } from '../../state/slices/playback';
import { useAppStore } from '../../state/store';
import {
  addPlaybackListener,
  loadPlayback,
  playbackRuntime,
} from '../../scene/technique/playback-runtime';
import { ContraindicationsDialog, acknowledge } from './ContraindicationsDialog';
import { ForceLabels } from './ForceLabels';
import { techniqueActions } from './player-actions';
import { setTechniqueStatus, techniqueOnScreen } from './technique-controls';

interface PhaseView {
  index: number;
  count: number;
  caption: string;
  kind: string;
  repetition: string;
}

function phaseView(frame: TimelineFrame, count: number): PhaseView {
  return {
    index: frame.phaseIndex,
    count,
    caption: frame.caption,
    kind: frame.phase.kind.replace(/-/g, ' '),
    // `repetition.index` is already 1-based.
    repetition: frame.repetition ? ` (${frame.repetition.index} of ${frame.repetition.count})` : '',
  };
}

/**
 * The "Technique player": play / pause, step, a timeline slider with phase marks, speed and loop,
 * the caption of the current step and a real-time clock during holds shown compressed. The slider
 * and clock follow the frame loop through a listener (no React state per frame); React state
 * changes only when the phase changes.
 */
export function TechniquePlayer() {
  const page = useAppStore((s) => s.page);
  const content = useAppStore((s) => s.content);
  const { playing, speed, loop } = useAppStore(
    useShallow((s) => ({ playing: s.playing, speed: s.speed, loop: s.loop })),
  );
  const slider = useRef<HTMLInputElement>(null);
  const clock = useRef<HTMLSpanElement>(null);
  const [phase, setPhase] = useState<PhaseView | null>(null);
  const [askFor, setAskFor] = useState<string | null>(null);
  const [follow, setFollow] = useState(playbackRuntime.followCamera);
  const variant = page.kind === 'technique' ? page.variant : null;
  const side = page.kind === 'technique' ? page.side : 'left';
  const playback = variant ? loadPlayback(content, variant, side) : null;

  useEffect(() => {
    if (!playback) return;
    const count = playback.phases.length;
    // Per frame only numbers are compared; the DOM and React hear of changes, not of frames.
    let shownValue = Number.NaN;
    let shownSecond = -1;
    let shownPhase = -1;
    let shownCaption = '';
    const listener = (frame: TimelineFrame) => {
      const value = Math.round(frame.t * 20) / 20;
      if (slider.current && value !== shownValue) {
        slider.current.value = String(value);
        shownValue = value;
      }
      const clk = frame.realClock;
      const second = clk.compressed ? Math.round(clk.elapsed) : -1;
      if (clock.current && second !== shownSecond) {
        clock.current.textContent = clk.compressed
          ? `Real time ${formatClock(clk.elapsed)} / ${formatClock(clk.total)} (shown faster)`
          : '';
        shownSecond = second;
      }
      if (frame.phaseIndex !== shownPhase || frame.caption !== shownCaption) {
        shownPhase = frame.phaseIndex;
        shownCaption = frame.caption;
        setPhase(phaseView(frame, count));
      }
    };
    return addPlaybackListener(listener);
  }, [playback]);

  // The console hears which step is shown; nothing is on screen once the player goes.
  useEffect(() => {
    setTechniqueStatus(
      playback && phase ? { step: phase.index, steps: phase.count, caption: phase.caption } : null,
    );
  }, [playback, phase]);
  useEffect(() => () => setTechniqueStatus(null), []);

  // One set of actions for the buttons, the keyboard, the clicker and the presenter console.
  const actions = useMemo(() => techniqueActions(setAskFor), []);
  useEffect(() => {
    techniqueOnScreen.controls = actions;
    return () => {
      techniqueOnScreen.controls = null;
    };
  }, [actions]);

  if (!playback || !variant) {
    return page.kind === 'technique' ? (
      <section className="player" aria-label="Technique player">
        <p className="muted">No animation is available for this technique yet.</p>
      </section>
    ) : null;
  }

  const { timeline } = playback;
  const s = useAppStore.getState;
  return (
    <>
      <ForceLabels />
      <section
        className="player"
        aria-label="Technique player"
        ref={(el) => {
          playbackRuntime.playerElement = el;
        }}
      >
        <div className="player-caption" aria-live="polite">
          {phase && (
            <>
              <span className="phase-kind">
                Step {phase.index + 1} of {phase.count} · {phase.kind}
                {phase.repetition}
              </span>
              <span className="phase-caption">{phase.caption}</span>
            </>
          )}
          <span className="real-clock" ref={clock} />
        </div>
        <div className="player-controls">
          <button type="button" onClick={() => actions.step(-1)} aria-label="Previous step">
            ‹ Step
          </button>
          {playing ? (
            <button
              type="button"
              className="primary"
              onClick={() => actions.pause()}
              aria-label="Pause"
            >
              Pause
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => actions.play()}
              aria-label="Play"
            >
              ▶ Play
            </button>
          )}
          <button type="button" onClick={() => actions.step(1)} aria-label="Next step">
            Step ›
          </button>
          <div className="timeline">
            <input
              ref={slider}
              type="range"
              aria-label="Timeline"
              min={0}
              max={timeline.duration}
              step={0.05}
              defaultValue={playbackRuntime.time}
              onChange={(e) => {
                s().pause();
                s().seek(Number(e.target.value));
              }}
            />
            <div className="phase-marks" aria-hidden="true">
              {playback.phases.map((p) => (
                <span key={p.index} style={{ left: `${(p.start / timeline.duration) * 100}%` }} />
              ))}
            </div>
          </div>
          <label className="speed">
            Speed
            <select value={speed} onChange={(e) => s().setSpeed(Number(e.target.value))}>
              {SPEEDS.map((v) => (
                <option key={v} value={v}>
                  {v}×
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={loop} onChange={(e) => s().setLoop(e.target.checked)} />
            Loop
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={follow}
              onChange={(e) => {
                playbackRuntime.followCamera = e.target.checked;
                setFollow(e.target.checked);
              }}
            />
            Frame each step
          </label>
          <button type="button" onClick={() => setAskFor(`review:${variant}`)}>
            Contraindications
          </button>
        </div>
        {askFor && (
          <ContraindicationsDialog
            variantId={variant}
            review={askFor.startsWith('review:')}
            onClose={(go) => {
              setAskFor(null);
              if (go) {
                acknowledge(variant);
                s().play();
              }
            }}
          />
        )}
      </section>
    </>
  );
}
