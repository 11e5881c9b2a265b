/**
 * The technique on screen, as the presenter keys and the presenter console see it. The player
 * registers its own play, pause and step here, so the clicker and the console go through the
 * same path as its buttons (the contraindications shown before the first play included), and
 * reports the step shown so the console can say where the technique is.
 */
export interface TechniqueControls {
  play(): void;
  pause(): void;
  /** Moves one step forward or back; false when there is none that way (so a lesson can move). */
  step(direction: 1 | -1): boolean;
}

export interface TechniqueStatus {
  /** Zero-based index of the step shown. */
  step: number;
  steps: number;
  caption: string;
}

type Listener = () => void;

export const techniqueOnScreen = {
  controls: null as TechniqueControls | null,
  status: null as TechniqueStatus | null,
  listeners: new Set<Listener>(),
};

export function setTechniqueStatus(status: TechniqueStatus | null): void {
  const was = techniqueOnScreen.status;
  if (
    was === status ||
    (was &&
      status &&
      was.step === status.step &&
      was.steps === status.steps &&
      was.caption === status.caption)
  )
    return;
  techniqueOnScreen.status = status;
  for (const l of techniqueOnScreen.listeners) l();
}

export function onTechniqueStatus(listener: Listener): () => void {
  techniqueOnScreen.listeners.add(listener);
  return () => techniqueOnScreen.listeners.delete(listener);
}

/**
 * Whether a step from `time` in this direction exists, given the step start times: forward
 * needs a later start; back needs the time to be past the very beginning.
 */
export function hasStep(
  time: number,
  direction: 1 | -1,
  next: (t: number) => number,
  duration: number,
): boolean {
  const EPS = 1e-3;
  return direction > 0 ? next(time) < duration - EPS : time > EPS;
}
