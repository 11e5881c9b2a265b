/**
 * Small builders that keep the animation scripts short and readable. They only assemble data that
 * the schema (src/content/animation-schema.ts) validates.
 */
import type {
  ArrowInput,
  HandContactInput,
  HandShape,
  PhaseInput,
  ScriptPose,
} from '../animation-schema';
import { SKIN, type SkinPointId } from './contacts';

export { mergePoses, segmentsBetween, spread } from '../rom';

type V3 = [number, number, number];

interface Point {
  anchor: string;
  offset: V3;
  normal: V3;
}

/** A skin point, or its mirror image on the other side of the body (`side: 'opposite'`). */
export function point(id: SkinPointId, side: 'same' | 'opposite' = 'same'): Point {
  const p = SKIN[id];
  if (side === 'same')
    return { anchor: p.anchor, offset: [...p.offset] as V3, normal: [...p.normal] as V3 };
  const anchor = p.anchor.endsWith('.same')
    ? p.anchor.replace(/\.same$/, '.opposite')
    : p.anchor.endsWith('.opposite')
      ? p.anchor.replace(/\.opposite$/, '.same')
      : p.anchor;
  return {
    anchor,
    offset: [-p.offset[0], p.offset[1], p.offset[2]],
    normal: [-p.normal[0], p.normal[1], p.normal[2]],
  };
}

/** A hand on a named skin point (see contacts.ts); `side: 'opposite'` mirrors the point. */
export function hand(
  id: SkinPointId,
  shape: HandShape,
  extra: Pick<HandContactInput, 'fingers' | 'oscillate'> & { side?: 'same' | 'opposite' } = {},
): HandContactInput {
  const { side, ...rest } = extra;
  return { ...point(id, side), shape, ...rest };
}

/** A force arrow starting on a named skin point. */
export function arrow(
  kind: 'operator' | 'patient',
  id: SkinPointId,
  direction: V3,
  label: string,
  strength?: number,
  side: 'same' | 'opposite' = 'same',
): ArrowInput {
  const p = point(id, side);
  return {
    kind,
    anchor: p.anchor,
    offset: [...p.offset] as V3,
    direction,
    label,
    ...(strength === undefined ? {} : { strength }),
  };
}

/** A phase. */
export function phase(
  id: string,
  kind: PhaseInput['kind'],
  caption: string,
  duration: number,
  extra: Omit<PhaseInput, 'id' | 'kind' | 'caption' | 'duration'> = {},
): PhaseInput {
  return { id, kind, caption, duration, ...extra };
}

export type { ScriptPose };

/** Labels used by several scripts (figures from the technique references). */
export const LABEL = {
  meEffort: 'gentle isometric effort, 3–5 s',
  meCounter: 'equal counterforce: no motion',
  monitor: 'light monitoring contact',
  hvlaThrust: 'one quick, short thrust (~0.1 s to peak)',
  lightPressure: 'light, slow pressure within comfort',
  sustainedLoad: 'low load, sustained',
} as const;
