/**
 * Animation scripts: how the player shows one technique variant on the body.
 *
 * A script is written ONCE, for the side the user picked, with relative sides:
 * - joint references are a rig joint id, with `.same` / `.opposite` for paired joints
 *   (`hip.same`, `shoulder.opposite`, `L4`, `pelvis`, `head`);
 * - the script is authored as if the picked side were the LEFT one. When the user picks the right
 *   side, the engine mirrors the whole script: `same` → right, spinal / pelvic side-bending and
 *   rotation change sign (+ = towards the picked side), offsets, normals and arrow directions change
 *   the sign of x, the operator's hands swap, side-lying left ↔ right. `fixedSide` pins a script to
 *   one side (the liver is on the right whatever side was picked).
 *
 * Time: `phases` run in order. `repeats` turn a contiguous run of phases into a block played
 * `count` times (contract → relax → new barrier, 3–5 times), so repetition is explicit data the
 * tests can count. `duration` is animation seconds; `realDuration` is how long the phase lasts in
 * real life (a 90 s counterstrain hold shown in 6 s) — the player shows a real-time clock for it.
 *
 * Pose: `keyframes` give the patient pose (clinical degrees, see src/body/rig.ts) reached at the END
 * of a phase; the pose moves only during phases that carry a keyframe, and holds otherwise. Motions a
 * keyframe does not name keep their value. Inside a repeated block, `perRepeat` is added once per
 * completed iteration (the new barrier is further each time).
 *
 * Hands: a phase may set the operator's left / right hand contact (sticky until changed; `null` lifts
 * the hand). A contact is anchored to a joint, offset in that joint's rest frame (metres, X = the
 * figure's left, Y = up, Z = forward), with a hand shape and the palm normal (pointing from the hand
 * into the patient). Arrows belong to one phase each: operator force and patient effort apart.
 */
import { z } from '../zod';
import { PATIENT_POSITIONS } from './ids';

// Local copies of the id / citation shapes of ./schema (which imports this file for the variant's
// animation slot, so importing back would be a cycle). Same rules.
const idSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'ids are kebab-case: lower-case letters, digits and hyphens',
  );
const citationSchema = z.object({ ref: idSchema, locator: z.string().max(120).optional() });

export const PHASE_KINDS = [
  'position',
  'engage-barrier',
  'patient-contracts',
  'relax',
  'take-up-slack',
  'hold',
  'thrust',
  'return',
  'retest',
  'pump',
  'stretch',
  'assess',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const HAND_SHAPES = [
  'flat-palm',
  'finger-pads',
  'thenar',
  'pisiform',
  'thumb',
  'cupped',
  'fist',
] as const;
export type HandShape = (typeof HAND_SHAPES)[number];

export const SUPPORTS = ['table', 'stool', 'none'] as const;
export type Support = (typeof SUPPORTS)[number];

export const EASINGS = [
  'linear',
  'smoothstep',
  'cubic-in-out',
  'sine-in-out',
  'quick-out',
] as const;
export type Easing = (typeof EASINGS)[number];

/**
 * Where the operator works from: beside the table on the picked side (`same`, mirrored with the
 * script) or the other side (`opposite`), or at the table's `head` / `foot` end.
 */
export const OPERATOR_STANCES = ['same', 'opposite', 'head', 'foot'] as const;
export type OperatorStance = (typeof OPERATOR_STANCES)[number];

export const ARROW_KINDS = ['operator', 'patient'] as const;
export type ArrowKind = (typeof ARROW_KINDS)[number];

/** `hip.same`, `knee.opposite`, `L4`, `pelvis`, `finger-2.same`. */
export const JOINT_REF = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\.(?:same|opposite))?$/;
export const jointRefSchema = z
  .string()
  .regex(
    JOINT_REF,
    'a joint reference is a rig joint id, with .same / .opposite for paired joints',
  );

const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);
const directionSchema = vec3Schema.refine(
  (v) => Math.hypot(v[0], v[1], v[2]) > 1e-6,
  'a direction must not be the zero vector',
);

/** Degrees per motion, per joint: `{ 'hip.same': { flexion: 90, abduction: -10 } }`. */
export const scriptPoseSchema = z.record(
  jointRefSchema,
  z.record(z.string().min(1), z.number().min(-180).max(180)),
);

export const handContactSchema = z.object({
  anchor: jointRefSchema,
  /** Metres, in the anchor joint's rest frame (world-aligned axes). */
  offset: vec3Schema.default([0, 0, 0]),
  shape: z.enum(HAND_SHAPES),
  /** Palm normal, pointing from the operator's hand into the patient (anchor rest frame). */
  normal: directionSchema,
  /** Where the fingers point (anchor rest frame); the scene derives one when absent. */
  fingers: directionSchema.optional(),
  /** From the wrist toward the operator's elbow (anchor rest frame); default: away from the skin. */
  forearm: directionSchema.optional(),
  /** Rhythmic motion of the hand on the skin during the phase (kneading, pumping). */
  oscillate: z
    .object({
      /** Cycles per animation second. */
      rate: z.number().positive().max(10),
      /** Metres, peak. */
      amplitude: z.number().positive().max(0.05),
      axis: directionSchema,
    })
    .optional(),
});

export const arrowSchema = z.object({
  kind: z.enum(ARROW_KINDS),
  anchor: jointRefSchema,
  offset: vec3Schema.default([0, 0, 0]),
  /** Direction of the force (anchor rest frame). */
  direction: directionSchema,
  /** Magnitude in words and figures, e.g. 'gentle isometric, ~20% effort'. */
  label: z.string().trim().min(1).max(120),
  /** Relative arrow length for the scene, 0–1. */
  strength: z.number().min(0).max(1).default(0.5),
});

export const phaseSchema = z.object({
  id: idSchema,
  kind: z.enum(PHASE_KINDS),
  /** Our words; ties to the variant's steps. */
  caption: z.string().trim().min(1).max(300),
  /** Index (0-based) of the variant step this phase shows. */
  step: z.number().int().min(0).max(19).optional(),
  /** Animation seconds. */
  duration: z.number().positive().max(60),
  /** Real seconds, when the phase is shown compressed (or stretched). */
  realDuration: z.number().positive().max(900).optional(),
  /** Hand contacts from this phase on; `null` lifts the hand; absent = unchanged. */
  hands: z
    .object({
      left: handContactSchema.nullable().optional(),
      right: handContactSchema.nullable().optional(),
    })
    .optional(),
  arrows: z.array(arrowSchema).max(6).default([]),
});

export const keyframeSchema = z.object({
  /** The pose is reached at the end of this phase; `start` is the pose at t = 0. */
  at: z.union([idSchema, z.literal('start')]),
  pose: scriptPoseSchema,
  /** Added once per completed iteration of the repeat block containing `at`. */
  perRepeat: scriptPoseSchema.optional(),
  ease: z.enum(EASINGS).default('cubic-in-out'),
});

export const repeatSchema = z.object({
  /** A contiguous run of phase ids, in script order. */
  of: z.array(idSchema).min(1).max(50),
  count: z.number().int().min(2).max(20),
});

export const glowTargetSchema = z.object({
  /** Muscle or region base id. */
  id: idSchema,
  side: z.enum(['same', 'opposite', 'midline']),
});

export const animationScriptSchema = z
  .object({
    patientPosition: z.enum(PATIENT_POSITIONS),
    support: z.enum(SUPPORTS),
    /** Pin the script to one body side whatever side was picked (see header). */
    fixedSide: z.enum(['left', 'right']).optional(),
    /**
     * Where the operator stands, when the technique's text says (lying patients); without it the
     * scene puts the operator on the side of the hands, or at the head for head and neck contacts.
     */
    operatorSide: z.enum(OPERATOR_STANCES).optional(),
    phases: z.array(phaseSchema).min(2).max(60),
    repeats: z.array(repeatSchema).max(12).default([]),
    keyframes: z.array(keyframeSchema).min(1).max(500),
    glow: z.array(glowTargetSchema).max(12).default([]),
    /** Sources of the script's figures (durations, counts, angles). */
    citations: z.array(citationSchema).max(50).default([]),
    /**
     * Which figures the animation shows that no cited source fixes (a rate, a number of cycles,
     * a pause): said in a sentence, so the student knows they are a teaching simplification.
     */
    simplification: z.string().trim().min(1).max(400).optional(),
  })
  .superRefine((s, ctx) => {
    const index = new Map<string, number>();
    s.phases.forEach((p, i) => {
      if (index.has(p.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate phase id '${p.id}'`,
          path: ['phases', i],
        });
      index.set(p.id, i);
    });
    const seenAt = new Set<string>();
    s.keyframes.forEach((k, i) => {
      if (k.at !== 'start' && !index.has(k.at))
        ctx.addIssue({
          code: 'custom',
          message: `keyframe at unknown phase '${k.at}'`,
          path: ['keyframes', i],
        });
      if (seenAt.has(k.at))
        ctx.addIssue({
          code: 'custom',
          message: `two keyframes at '${k.at}'`,
          path: ['keyframes', i],
        });
      seenAt.add(k.at);
    });
    let lastEnd = -1;
    s.repeats.forEach((r, i) => {
      const at = r.of.map((id) => index.get(id));
      if (at.some((x) => x === undefined)) {
        ctx.addIssue({
          code: 'custom',
          message: 'repeat names an unknown phase',
          path: ['repeats', i],
        });
        return;
      }
      const idx = at as number[];
      const first = idx[0]!;
      if (idx.some((x, j) => x !== first + j))
        ctx.addIssue({
          code: 'custom',
          message: 'a repeat block is a contiguous run of phases in script order',
          path: ['repeats', i],
        });
      if (first <= lastEnd)
        ctx.addIssue({
          code: 'custom',
          message: 'repeat blocks must not overlap and must be listed in order',
          path: ['repeats', i],
        });
      lastEnd = idx[idx.length - 1]!;
    });
    s.keyframes.forEach((k, i) => {
      if (k.perRepeat && !s.repeats.some((r) => r.of.includes(k.at)))
        ctx.addIssue({
          code: 'custom',
          message: 'perRepeat only makes sense for a keyframe inside a repeat block',
          path: ['keyframes', i],
        });
    });
  });

export type AnimationScript = z.infer<typeof animationScriptSchema>;
export type AnimationScriptInput = z.input<typeof animationScriptSchema>;
export type AnimationPhase = z.infer<typeof phaseSchema>;
export type HandContact = z.infer<typeof handContactSchema>;
export type HandContactInput = z.input<typeof handContactSchema>;
export type ArrowInput = z.input<typeof arrowSchema>;
export type PhaseInput = z.input<typeof phaseSchema>;
export type ArrowSpec = z.infer<typeof arrowSchema>;
export type ScriptPose = z.infer<typeof scriptPoseSchema>;
export type Keyframe = z.infer<typeof keyframeSchema>;

export function parseAnimationScript(input: unknown): AnimationScript {
  return animationScriptSchema.parse(input);
}
