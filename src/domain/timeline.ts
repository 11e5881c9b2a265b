/**
 * The timeline engine: animation script + time → what the scene draws (patient pose in clinical
 * degrees, the operator's hands, force arrows, caption, phase, real-time clock). Pure and
 * deterministic; see src/content/animation-schema.ts for the script model (relative sides,
 * repetition blocks, keyframes at phase ends, sticky hand contacts).
 *
 * Per frame: `compileTimeline` once (cached per script, side and rig), then `evaluateInto(frame,
 * timeline, t)` fills a frame made by `createFrame` without allocating. `evaluate(script, t, side,
 * rig)` is the convenient allocating form.
 *
 * Geometry is in the body frame: the rest frame of the standing figure (metres, Y up, +Z forward,
 * +X = the figure's left), posed by forward kinematics. The scene places that frame on the table
 * according to `patientPosition`.
 */
import type {
  AnimationPhase,
  AnimationScript,
  ArrowKind,
  Easing,
  HandContact,
  HandShape,
  PhaseKind,
  ScriptPose,
  Support,
} from '../content/animation-schema';
import type { PatientPosition, Side } from '../content/ids';
import {
  createSkeleton,
  directionToWorld,
  jointIndex,
  motionSlot,
  pointToWorld,
  poseFromAngles,
  type ClinicalPose,
  type KinematicRig,
  type Skeleton,
  type Vec3,
} from './kinematics';
import { formatConcreteId, oppositeSide, resolveSide } from './sides';

export type { ClinicalPose, KinematicRig, Vec3 } from './kinematics';

// ---------------------------------------------------------------------------------------------
// Easing and time helpers

export function ease(kind: Easing, u: number): number {
  if (!(u > 0)) return 0;
  if (u >= 1) return 1;
  const x = u;
  switch (kind) {
    case 'linear':
      return x;
    case 'smoothstep':
      return x * x * (3 - 2 * x);
    case 'cubic-in-out':
      return x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
    case 'sine-in-out':
      return -(Math.cos(Math.PI * x) - 1) / 2;
    case 'quick-out':
      return 1 - Math.pow(1 - x, 4);
  }
}

/** Playback time helper: loops (t mod duration) or clamps to [0, duration]. */
export function wrapTime(t: number, duration: number, loop: boolean): number {
  if (!(duration > 0) || !Number.isFinite(t)) return 0;
  if (loop) {
    const r = t % duration;
    return r < 0 ? r + duration : r;
  }
  return t < 0 ? 0 : t > duration ? duration : t;
}

// ---------------------------------------------------------------------------------------------
// Phase expansion (no rig needed)

export interface PhaseInstance {
  /** Index in the expanded timeline. */
  index: number;
  /** Index of the phase in `script.phases`. */
  phaseIndex: number;
  id: string;
  kind: PhaseKind;
  caption: string;
  step: number | null;
  start: number;
  end: number;
  duration: number;
  /** Iteration within the repeat block (0-based) and the block's count; 0 / 1 outside blocks. */
  iteration: number;
  count: number;
  /** Real seconds the phase stands for. */
  realDuration: number;
  compressed: boolean;
}

const expansionCache = new WeakMap<AnimationScript, readonly PhaseInstance[]>();

/** The phases in play order, repeat blocks unrolled, with start and end times. */
export function expandPhases(script: AnimationScript): readonly PhaseInstance[] {
  const cached = expansionCache.get(script);
  if (cached) return cached;
  const index = new Map(script.phases.map((p, i) => [p.id, i]));
  const out: PhaseInstance[] = [];
  let t = 0;
  const push = (phaseIndex: number, iteration: number, count: number) => {
    const p = script.phases[phaseIndex]!;
    const real = p.realDuration ?? p.duration;
    out.push({
      index: out.length,
      phaseIndex,
      id: p.id,
      kind: p.kind,
      caption: p.caption,
      step: p.step ?? null,
      start: t,
      end: t + p.duration,
      duration: p.duration,
      iteration,
      count,
      realDuration: real,
      compressed: p.realDuration !== undefined && Math.abs(real - p.duration) > 1e-9,
    });
    t += p.duration;
  };
  for (let i = 0; i < script.phases.length;) {
    const block = script.repeats.find((r) => index.get(r.of[0]!) === i);
    if (block) {
      for (let k = 0; k < block.count; k++)
        for (let j = 0; j < block.of.length; j++) push(i + j, k, block.count);
      i += block.of.length;
    } else {
      push(i, 0, 1);
      i++;
    }
  }
  expansionCache.set(script, out);
  return out;
}

export function scriptDuration(script: AnimationScript): number {
  const ph = expandPhases(script);
  return ph.length ? ph[ph.length - 1]!.end : 0;
}

/** Start time of every phase instance, in play order (the player's phase marks). */
export function phaseStartTimes(script: AnimationScript): number[] {
  return expandPhases(script).map((p) => p.start);
}

const EPS = 1e-6;

/** Index of the phase instance playing at t (t clamped; the end belongs to the last phase). */
export function phaseIndexAt(script: AnimationScript, t: number): number {
  return findInstance(expandPhases(script), t);
}

function findInstance(ph: readonly PhaseInstance[], t: number): number {
  let lo = 0;
  let hi = ph.length - 1;
  if (hi < 0) return -1;
  if (t >= ph[hi]!.start) return hi;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ph[mid]!.start <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start of the next phase after t; the script's end when t is in the last phase. */
export function nextPhaseTime(script: AnimationScript, t: number): number {
  for (const p of expandPhases(script)) if (p.start > t + EPS) return p.start;
  return scriptDuration(script);
}

/**
 * Start of the current phase if t is more than `grace` seconds into it, otherwise the start of the
 * previous phase (as media players do: "previous" first rewinds the step, then goes back one).
 */
export function previousPhaseTime(script: AnimationScript, t: number, grace = 0): number {
  let best = 0;
  for (const p of expandPhases(script)) if (p.start < t - grace - EPS) best = p.start;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Compilation for a side and a rig

/** Motions of midline joints that change sign in the mirror image. */
const MIRRORED_MOTIONS = new Set(['sideBending', 'rotation', 'sideTilt', 'lateralDeviation']);

interface ResolvedContact {
  joint: string;
  jointIndex: number;
  offset: Vec3;
  normal: Vec3;
  fingers: Vec3 | null;
  forearm: Vec3 | null;
  shape: HandShape;
  osc: { rate: number; amplitude: number; axis: Vec3 } | null;
}

interface ResolvedArrow {
  kind: ArrowKind;
  joint: string;
  jointIndex: number;
  offset: Vec3;
  direction: Vec3;
  label: string;
  strength: number;
}

interface CompiledInstance {
  info: PhaseInstance;
  poseFrom: Float64Array;
  poseTo: Float64Array;
  moves: boolean;
  ease: Easing;
  /** Operator hands [left, right] (already swapped for the mirror image). */
  handFrom: [ResolvedContact | null, ResolvedContact | null];
  handTo: [ResolvedContact | null, ResolvedContact | null];
  arrows: ResolvedArrow[];
  repetition: { index: number; count: number } | null;
}

export interface Timeline {
  script: AnimationScript;
  /** The side the script was resolved for (the picked side, or the script's fixed side). */
  side: Side;
  mirrored: boolean;
  duration: number;
  patientPosition: PatientPosition;
  support: Support;
  glow: readonly string[];
  /** Pose channels: (concrete joint id, motion) pairs any keyframe names. */
  channels: readonly { joint: string; motion: string }[];
  /** Skeleton motion slot of each channel. */
  channelSlots: Int32Array;
  instances: readonly CompiledInstance[];
  /**
   * The rig's FK state (shared by the timelines of one rig): after `evaluateInto` it holds the
   * evaluated pose — `skeleton.local` (joint-local quaternions x, y, z, w, in `skeleton.ids` order)
   * is what the scene copies onto the GLB's bones; `worldPos` / `worldRot` are the posed joints.
   */
  skeleton: Skeleton;
}

const norm3 = (v: readonly number[]): Vec3 => {
  const l = Math.hypot(v[0]!, v[1]!, v[2]!) || 1;
  return [v[0]! / l, v[1]! / l, v[2]! / l];
};
const mirrorVec = (v: readonly number[], m: boolean): Vec3 => [m ? -v[0]! : v[0]!, v[1]!, v[2]!];

/** `hip.same` → `hip.left` (for side left); `L4` → `L4`. */
export function resolveJointRef(ref: string, side: Side): string {
  const dot = ref.lastIndexOf('.');
  if (dot < 0) return ref;
  const rel = ref.slice(dot + 1);
  const base = ref.slice(0, dot);
  if (rel === 'same') return `${base}.${side}`;
  if (rel === 'opposite') return `${base}.${oppositeSide(side)}`;
  return ref;
}

function isMidlineJoint(ref: string): boolean {
  return !ref.includes('.');
}

/** A script pose for a side: concrete joint ids, mirrored signs (a ClinicalPose). */
export function resolveScriptPose(pose: ScriptPose, side: Side, mirrored: boolean): ClinicalPose {
  const out: ClinicalPose = {};
  for (const [ref, motions] of Object.entries(pose)) {
    const id = resolveJointRef(ref, side);
    const dst = (out[id] ??= {});
    for (const [m, deg] of Object.entries(motions))
      dst[m] = mirrored && isMidlineJoint(ref) && MIRRORED_MOTIONS.has(m) ? -deg : deg;
  }
  return out;
}

const timelineCache = new WeakMap<AnimationScript, Map<string, Timeline>>();
const skeletonCache = new WeakMap<KinematicRig, Skeleton>();
let rigIds = new WeakMap<KinematicRig, number>();
let nextRigId = 1;

function skeletonFor(rig: KinematicRig): Skeleton {
  let sk = skeletonCache.get(rig);
  if (!sk) {
    sk = createSkeleton(rig);
    skeletonCache.set(rig, sk);
  }
  return sk;
}

/** Resolves a script for the picked side and a rig; cached per (script, side, rig). */
export function compileTimeline(
  script: AnimationScript,
  pickedSide: Side,
  rig: KinematicRig,
): Timeline {
  const side: Side = script.fixedSide ?? pickedSide;
  let rid = rigIds.get(rig);
  if (rid === undefined) {
    rid = nextRigId++;
    rigIds.set(rig, rid);
  }
  const key = `${side}:${rid}`;
  let perScript = timelineCache.get(script);
  const hit = perScript?.get(key);
  if (hit) return hit;
  const tl = buildTimeline(script, side, skeletonFor(rig));
  if (!perScript) {
    perScript = new Map();
    timelineCache.set(script, perScript);
  }
  perScript.set(key, tl);
  return tl;
}

/** Drops cached timelines (tests; a lecturer's edited script is a new object anyway). */
export function clearTimelineCache(): void {
  rigIds = new WeakMap();
}

function buildTimeline(script: AnimationScript, side: Side, sk: Skeleton): Timeline {
  const mirrored = side === 'right';
  const expanded = expandPhases(script);

  // channels
  const channelIndex = new Map<string, number>();
  const channels: { joint: string; motion: string }[] = [];
  const resolvedKeyframes = new Map<
    string,
    { pose: ClinicalPose; perRepeat: ClinicalPose | null; ease: Easing }
  >();
  for (const k of script.keyframes) {
    const pose = resolveScriptPose(k.pose, side, mirrored);
    const perRepeat = k.perRepeat ? resolveScriptPose(k.perRepeat, side, mirrored) : null;
    resolvedKeyframes.set(k.at, { pose, perRepeat, ease: k.ease });
    for (const p of [pose, perRepeat])
      if (p)
        for (const [joint, motions] of Object.entries(p)) {
          const ji = jointIndex(sk, joint);
          for (const motion of Object.keys(motions)) {
            if (!sk.motions[ji]!.some((m) => m.name === motion))
              throw new Error(`animation: joint '${joint}' has no motion '${motion}'`);
            const key = `${joint}|${motion}`;
            if (!channelIndex.has(key)) {
              channelIndex.set(key, channels.length);
              channels.push({ joint, motion });
            }
          }
        }
  }
  const nc = channels.length;
  const apply = (target: Float64Array, pose: ClinicalPose, times: number, add: boolean) => {
    for (const [joint, motions] of Object.entries(pose))
      for (const [motion, deg] of Object.entries(motions)) {
        const c = channelIndex.get(`${joint}|${motion}`)!;
        target[c] = add ? target[c]! + deg * times : deg;
      }
  };

  let cur = new Float64Array(nc);
  const start = resolvedKeyframes.get('start');
  if (start) apply(cur, start.pose, 1, false);

  const resolveContact = (c: HandContact): ResolvedContact => {
    const joint = resolveJointRef(c.anchor, side);
    return {
      joint,
      jointIndex: jointIndex(sk, joint),
      offset: mirrorVec(c.offset, mirrored),
      normal: norm3(mirrorVec(c.normal, mirrored)),
      fingers: c.fingers ? norm3(mirrorVec(c.fingers, mirrored)) : null,
      forearm: c.forearm ? norm3(mirrorVec(c.forearm, mirrored)) : null,
      shape: c.shape,
      osc: c.oscillate
        ? {
            rate: c.oscillate.rate,
            amplitude: c.oscillate.amplitude,
            axis: norm3(mirrorVec(c.oscillate.axis, mirrored)),
          }
        : null,
    };
  };
  // resolve each phase's contacts once so sticky contacts keep their identity
  const phaseHands = script.phases.map((p: AnimationPhase) => ({
    left: p.hands?.left === undefined ? undefined : p.hands.left && resolveContact(p.hands.left),
    right:
      p.hands?.right === undefined ? undefined : p.hands.right && resolveContact(p.hands.right),
  }));
  // operator hand slots [left, right]: the script's left hand is the right one in the mirror image
  let hands: [ResolvedContact | null, ResolvedContact | null] = [null, null];
  const L = mirrored ? 1 : 0;
  const R = mirrored ? 0 : 1;

  const instances: CompiledInstance[] = expanded.map((info) => {
    const phase = script.phases[info.phaseIndex]!;
    const kf = resolvedKeyframes.get(phase.id);
    let poseFrom = cur;
    let poseTo = cur;
    let moves = false;
    if (kf) {
      poseFrom = cur;
      poseTo = new Float64Array(cur);
      apply(poseTo, kf.pose, 1, false);
      if (kf.perRepeat && info.iteration > 0) apply(poseTo, kf.perRepeat, info.iteration, true);
      moves = true;
      cur = poseTo;
    }
    const from = hands;
    const ph = phaseHands[info.phaseIndex]!;
    const to: [ResolvedContact | null, ResolvedContact | null] = [from[0], from[1]];
    if (ph.left !== undefined) to[L] = ph.left;
    if (ph.right !== undefined) to[R] = ph.right;
    hands = to;
    const arrows: ResolvedArrow[] = phase.arrows.map((a) => {
      const joint = resolveJointRef(a.anchor, side);
      return {
        kind: a.kind,
        joint,
        jointIndex: jointIndex(sk, joint),
        offset: mirrorVec(a.offset, mirrored),
        direction: norm3(mirrorVec(a.direction, mirrored)),
        label: a.label,
        strength: a.strength,
      };
    });
    return {
      info,
      poseFrom,
      poseTo,
      moves,
      ease: kf?.ease ?? 'cubic-in-out',
      handFrom: from,
      handTo: to,
      arrows,
      repetition: info.count > 1 ? { index: info.iteration + 1, count: info.count } : null,
    };
  });

  let patientPosition = script.patientPosition;
  if (mirrored && patientPosition === 'side-lying-left') patientPosition = 'side-lying-right';
  else if (mirrored && patientPosition === 'side-lying-right') patientPosition = 'side-lying-left';

  const glow = script.glow.map((g) =>
    formatConcreteId(g.id, g.side === 'midline' ? null : resolveSide(g.side, side)),
  );

  return {
    script,
    side,
    mirrored,
    duration: expanded.length ? expanded[expanded.length - 1]!.end : 0,
    patientPosition,
    support: script.support,
    glow,
    channels,
    channelSlots: Int32Array.from(channels, (c) =>
      motionSlot(sk, jointIndex(sk, c.joint), c.motion),
    ),
    instances,
    skeleton: sk,
  };
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export interface HandFrame {
  /** The operator's hand. */
  side: Side;
  /** False while the hand is off the patient. */
  visible: boolean;
  /** True when the hand rests on its contact (not travelling between contacts). */
  inContact: boolean;
  /** Concrete joint id the contact is anchored to (null when the hand is off). */
  anchor: string | null;
  shape: HandShape;
  /** Contact point on the skin, body frame (metres). */
  position: Vec3;
  /** Unit palm normal, pointing from the hand into the patient. */
  normal: Vec3;
  /** Unit direction of the fingers when the script gives one, else [0, 0, 0]. */
  fingers: Vec3;
  /** Unit direction from the wrist toward the operator's elbow (default: straight off the skin). */
  forearm: Vec3;
}

export interface ArrowFrame {
  kind: ArrowKind;
  anchor: string;
  /** Tail of the arrow, body frame. */
  from: Vec3;
  /** Unit direction. */
  dir: Vec3;
  label: string;
  /** Relative length 0–1. */
  strength: number;
}

export interface RealClock {
  /** Real seconds elapsed within the phase. */
  elapsed: number;
  /** Real seconds the phase stands for. */
  total: number;
  /** True when the phase is shown faster (or slower) than real time. */
  compressed: boolean;
}

export interface TimelineFrame {
  /** Time evaluated (clamped to [0, duration]). */
  t: number;
  duration: number;
  side: Side;
  patientPosition: PatientPosition;
  support: Support;
  /** Concrete joint id → motion → degrees; every channel the script uses is present. */
  pose: ClinicalPose;
  /** The operator's hands, always [left, right]. */
  hands: [HandFrame, HandFrame];
  arrows: ArrowFrame[];
  caption: string;
  phaseIndex: number;
  phase: PhaseInstance;
  /** Which repetition of a repeat block is playing (1-based), null outside blocks. */
  repetition: { index: number; count: number } | null;
  realClock: RealClock;
  /** Concrete ids of the treated structures (the scene makes them glow). */
  glow: readonly string[];
}

const newHand = (side: Side): HandFrame => ({
  side,
  visible: false,
  inContact: false,
  anchor: null,
  shape: 'flat-palm',
  position: [0, 0, 0],
  normal: [0, 0, -1],
  fingers: [0, 0, 0],
  forearm: [0, 0, 1],
});

interface FrameInternals {
  arrowPool: ArrowFrame[];
  /** Channel values (degrees); `frame.pose` reads them through getters. */
  values: Float64Array;
}
const internals = new WeakMap<TimelineFrame, FrameInternals>();

/** A frame to reuse with `evaluateInto` (allocates once). */
export function createFrame(tl: Timeline): TimelineFrame {
  // The pose's numbers live in a typed array; the ClinicalPose object reads them through
  // enumerable getters, so filling a frame stores no boxed numbers.
  const values = new Float64Array(tl.channels.length);
  const pose: ClinicalPose = {};
  tl.channels.forEach(({ joint, motion }, c) => {
    Object.defineProperty((pose[joint] ??= {}), motion, {
      get: () => values[c]!,
      enumerable: true,
    });
  });
  const first = tl.instances[0]!;
  const frame: TimelineFrame = {
    t: 0,
    duration: tl.duration,
    side: tl.side,
    patientPosition: tl.patientPosition,
    support: tl.support,
    pose,
    hands: [newHand('left'), newHand('right')],
    arrows: [],
    caption: first.info.caption,
    phaseIndex: 0,
    phase: first.info,
    repetition: null,
    realClock: { elapsed: 0, total: first.info.realDuration, compressed: first.info.compressed },
    glow: tl.glow,
  };
  const maxArrows = Math.max(0, ...tl.instances.map((i) => i.arrows.length));
  internals.set(frame, {
    values,
    arrowPool: Array.from({ length: maxArrows }, () => ({
      kind: 'operator' as ArrowKind,
      anchor: '',
      from: [0, 0, 0] as Vec3,
      dir: [0, 0, 1] as Vec3,
      label: '',
      strength: 0.5,
    })),
  });
  return frame;
}

const tmpA: Vec3 = [0, 0, 0];
const tmpB: Vec3 = [0, 0, 0];
const tmpN: Vec3 = [0, 0, 0];
const tmpM: Vec3 = [0, 0, 0];
/** How far (m) a hand hovers off the skin when it arrives or leaves. */
const HOVER = 0.12;
/** Fraction of a phase a hand takes to travel to a new contact. */
const HAND_TRAVEL = 0.6;

/** out = normalise(a + (b − a)·e), arrays in, so no number is boxed. */
function lerpNormalised(out: Vec3, a: Vec3, b: Vec3, e: number) {
  const x = a[0] + (b[0] - a[0]) * e;
  const y = a[1] + (b[1] - a[1]) * e;
  const z = a[2] + (b[2] - a[2]) * e;
  const l = Math.sqrt(x * x + y * y + z * z) || 1;
  out[0] = x / l;
  out[1] = y / l;
  out[2] = z / l;
}

function contactWorld(sk: Skeleton, c: ResolvedContact, posOut: Vec3, normalOut: Vec3) {
  pointToWorld(sk, c.jointIndex, c.offset, posOut);
  directionToWorld(sk, c.jointIndex, c.normal, normalOut);
}

function fillHand(
  out: HandFrame,
  sk: Skeleton,
  from: ResolvedContact | null,
  to: ResolvedContact | null,
  u: number,
  localTime: number,
) {
  const e = ease('cubic-in-out', u / HAND_TRAVEL);
  if (!from && !to) {
    // off the patient: neutral values so a frame depends only on t
    out.visible = false;
    out.inContact = false;
    out.anchor = null;
    out.shape = 'flat-palm';
    out.position[0] = out.position[1] = out.position[2] = 0;
    out.normal[0] = out.normal[1] = 0;
    out.normal[2] = -1;
    out.fingers[0] = out.fingers[1] = out.fingers[2] = 0;
    out.forearm[0] = out.forearm[1] = 0;
    out.forearm[2] = 1;
    return;
  }
  out.visible = true;
  if (from && to && from !== to) {
    contactWorld(sk, from, tmpA, tmpN);
    contactWorld(sk, to, tmpB, tmpM);
    const lift = Math.sin(Math.PI * e) * 0.05;
    lerpNormalised(out.normal, tmpN, tmpM, e);
    for (let k = 0; k < 3; k++)
      out.position[k] = tmpA[k]! + (tmpB[k]! - tmpA[k]!) * e - out.normal[k]! * lift;
    const c = e < 0.5 ? from : to;
    out.shape = c.shape;
    out.anchor = c.joint;
    out.inContact = e >= 1;
    setFingers(out, sk, c);
    return;
  }
  // arriving (from null), leaving (to null) or staying
  const c = (to ?? from)!;
  contactWorld(sk, c, out.position, out.normal);
  const off = from === null ? (1 - e) * HOVER : to === null ? e * HOVER : 0;
  if (off > 0)
    for (let k = 0; k < 3; k++) out.position[k] = out.position[k]! - out.normal[k]! * off;
  if (c.osc && to !== null) {
    const fade = from === to ? 1 : e;
    directionToWorld(sk, c.jointIndex, c.osc.axis, tmpA);
    const s = Math.sin(2 * Math.PI * c.osc.rate * localTime) * c.osc.amplitude * fade;
    for (let k = 0; k < 3; k++) out.position[k] = out.position[k]! + tmpA[k]! * s;
  }
  out.visible = to !== null || e < 1;
  out.inContact = off === 0;
  out.shape = c.shape;
  out.anchor = to === null && e >= 1 ? null : c.joint;
  setFingers(out, sk, c);
}

function setFingers(out: HandFrame, sk: Skeleton, c: ResolvedContact) {
  if (c.fingers) directionToWorld(sk, c.jointIndex, c.fingers, out.fingers);
  else out.fingers[0] = out.fingers[1] = out.fingers[2] = 0;
  if (c.forearm) directionToWorld(sk, c.jointIndex, c.forearm, out.forearm);
  else {
    out.forearm[0] = -out.normal[0];
    out.forearm[1] = -out.normal[1];
    out.forearm[2] = -out.normal[2];
  }
}

/** Fills `out` (made by `createFrame(tl)`) for time t (clamped to the script). No allocation. */
export function evaluateInto(out: TimelineFrame, tl: Timeline, time: number): TimelineFrame {
  const t = time < 0 || !Number.isFinite(time) ? 0 : time > tl.duration ? tl.duration : time;
  const infos = tl.instances;
  // binary search: the last phase instance starting at or before t
  let i = 0;
  let hi = infos.length - 1;
  if (t >= infos[hi]!.info.start) i = hi;
  else
    while (i < hi) {
      const mid = (i + hi + 1) >> 1;
      if (infos[mid]!.info.start <= t) i = mid;
      else hi = mid - 1;
    }
  const inst = infos[i]!;
  const info = inst.info;
  const local = t - info.start;
  const u = info.duration > 0 ? Math.min(1, Math.max(0, local / info.duration)) : 1;

  // pose
  const w = inst.moves ? ease(inst.ease, u) : 1;
  const sk = tl.skeleton;
  const internal = internals.get(out);
  if (!internal || internal.values.length !== tl.channels.length)
    throw new Error('evaluateInto: the frame was not made by createFrame for this timeline');
  const values = internal.values;
  sk.angles.fill(0);
  for (let c = 0; c < values.length; c++) {
    const a = inst.poseFrom[c]!;
    const v = a + (inst.poseTo[c]! - a) * w;
    values[c] = v;
    sk.angles[tl.channelSlots[c]!] = v;
  }
  poseFromAngles(sk);

  // hands
  fillHand(out.hands[0], tl.skeleton, inst.handFrom[0], inst.handTo[0], u, local);
  fillHand(out.hands[1], tl.skeleton, inst.handFrom[1], inst.handTo[1], u, local);

  // arrows
  const pool = internal?.arrowPool;
  const n = inst.arrows.length;
  for (let k = 0; k < n; k++) {
    const a = inst.arrows[k]!;
    let f = pool?.[k];
    if (!f) {
      f = { kind: a.kind, anchor: '', from: [0, 0, 0], dir: [0, 0, 1], label: '', strength: 0.5 };
      if (pool) pool[k] = f;
    }
    f.kind = a.kind;
    f.anchor = a.joint;
    f.label = a.label;
    f.strength = a.strength;
    pointToWorld(tl.skeleton, a.jointIndex, a.offset, f.from);
    directionToWorld(tl.skeleton, a.jointIndex, a.direction, f.dir);
    out.arrows[k] = f;
  }
  if (out.arrows.length !== n) out.arrows.length = n;

  out.t = t;
  out.duration = tl.duration;
  out.caption = info.caption;
  out.phaseIndex = i;
  out.phase = info;
  out.repetition = inst.repetition;
  out.realClock.total = info.realDuration;
  out.realClock.elapsed = u * info.realDuration;
  out.realClock.compressed = info.compressed;
  return out;
}

/** Evaluates a script at time t for the picked side (allocates a fresh frame). */
export function evaluate(
  script: AnimationScript,
  t: number,
  pickedSide: Side,
  rig: KinematicRig,
): TimelineFrame {
  const tl = compileTimeline(script, pickedSide, rig);
  return evaluateInto(createFrame(tl), tl, t);
}
