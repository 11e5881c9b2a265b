import { describe, expect, it } from 'vitest';
import { JOINTS, RIG } from '../../../src/body/rig';
import { applyClinicalPose } from '../../../src/body/pose';
import {
  animationScriptSchema,
  type AnimationScriptInput,
} from '../../../src/content/animation-schema';
import {
  createSkeleton,
  jointIndex,
  jointPosition,
  localRotation,
  motionSlot,
  poseSkeleton,
  type Vec3,
} from '../../../src/domain/kinematics';
import {
  compileTimeline,
  createFrame,
  ease,
  evaluate,
  evaluateInto,
  expandPhases,
  nextPhaseTime,
  phaseStartTimes,
  previousPhaseTime,
  scriptDuration,
  wrapTime,
} from '../../../src/domain/timeline';

const input: AnimationScriptInput = {
  patientPosition: 'side-lying-left',
  support: 'table',
  phases: [
    { id: 'setup', kind: 'position', caption: 'Position', duration: 2 },
    {
      id: 'barrier',
      kind: 'engage-barrier',
      caption: 'Barrier',
      duration: 2,
      hands: {
        left: { anchor: 'knee.same', offset: [0, 0, 0.05], shape: 'flat-palm', normal: [0, 0, -1] },
      },
    },
    {
      id: 'contract',
      kind: 'patient-contracts',
      caption: 'Contract',
      duration: 4,
      arrows: [
        {
          kind: 'patient',
          anchor: 'knee.same',
          direction: [1, 0, 0],
          label: 'gentle, ~20% effort',
        },
      ],
    },
    { id: 'relax', kind: 'relax', caption: 'Relax', duration: 1 },
    { id: 'new-barrier', kind: 'take-up-slack', caption: 'New barrier', duration: 1 },
    { id: 'hold', kind: 'hold', caption: 'Hold', duration: 6, realDuration: 90 },
    {
      id: 'back',
      kind: 'return',
      caption: 'Return',
      duration: 3,
      hands: {
        left: null,
        right: { anchor: 'L3', offset: [0.03, 0, -0.09], shape: 'thumb', normal: [0, 0, 1] },
      },
    },
  ],
  repeats: [{ of: ['contract', 'relax', 'new-barrier'], count: 3 }],
  keyframes: [
    { at: 'start', pose: { 'hip.same': { flexion: 0 } } },
    { at: 'barrier', pose: { 'hip.same': { flexion: 60 }, L3: { rotation: 10 } }, ease: 'linear' },
    {
      at: 'new-barrier',
      pose: { 'hip.same': { flexion: 65 } },
      perRepeat: { 'hip.same': { flexion: 5 } },
    },
    { at: 'back', pose: { 'hip.same': { flexion: 0 }, L3: { rotation: 0 } } },
  ],
  glow: [{ id: 'biceps-femoris', side: 'same' }],
};
const script = animationScriptSchema.parse(input);

describe('easing and time', () => {
  it('easings hit their endpoints and are symmetric at the midpoint', () => {
    for (const k of ['linear', 'smoothstep', 'cubic-in-out', 'sine-in-out'] as const) {
      expect(ease(k, 0)).toBe(0);
      expect(ease(k, 1)).toBe(1);
      expect(ease(k, 0.5)).toBeCloseTo(0.5, 12);
      expect(ease(k, -1)).toBe(0);
      expect(ease(k, 2)).toBe(1);
    }
    expect(ease('quick-out', 0.25)).toBeGreaterThan(0.6);
  });
  it('wrapTime loops or clamps', () => {
    expect(wrapTime(12, 10, true)).toBeCloseTo(2);
    expect(wrapTime(-1, 10, true)).toBeCloseTo(9);
    expect(wrapTime(25, 10, true)).toBeCloseTo(5);
    expect(wrapTime(12, 10, false)).toBe(10);
    expect(wrapTime(-3, 10, false)).toBe(0);
    expect(wrapTime(4, 10, false)).toBe(4);
    expect(wrapTime(4, 0, true)).toBe(0);
    // speed is the caller's: t = wall * speed; 0.25x over 8 s of wall time = 2 s of script
    expect(wrapTime(8 * 0.25, 10, false)).toBe(2);
  });
});

describe('phases and repetition', () => {
  it('unrolls repeat blocks into explicit instances', () => {
    const ph = expandPhases(script);
    expect(ph.map((p) => p.id)).toEqual([
      'setup',
      'barrier',
      ...Array.from({ length: 3 }, () => ['contract', 'relax', 'new-barrier']).flat(),
      'hold',
      'back',
    ]);
    expect(ph.filter((p) => p.kind === 'patient-contracts').map((p) => p.iteration)).toEqual([
      0, 1, 2,
    ]);
    expect(scriptDuration(script)).toBe(2 + 2 + 3 * (4 + 1 + 1) + 6 + 3);
    expect(phaseStartTimes(script).slice(0, 4)).toEqual([0, 2, 4, 8]);
  });
  it('next / previous phase times', () => {
    expect(nextPhaseTime(script, 0)).toBe(2);
    expect(nextPhaseTime(script, 2)).toBe(4);
    expect(nextPhaseTime(script, 1.5)).toBe(2);
    expect(nextPhaseTime(script, 30)).toBe(31);
    expect(previousPhaseTime(script, 3)).toBe(2);
    expect(previousPhaseTime(script, 2)).toBe(0);
    expect(previousPhaseTime(script, 0)).toBe(0);
    expect(previousPhaseTime(script, 2.2, 0.5)).toBe(0);
  });
  it('rejects broken scripts', () => {
    const bad = (patch: Partial<AnimationScriptInput>) =>
      animationScriptSchema.safeParse({ ...input, ...patch }).success;
    expect(bad({ repeats: [{ of: ['contract', 'new-barrier'], count: 3 }] })).toBe(false);
    expect(bad({ repeats: [{ of: ['nope'], count: 3 }] })).toBe(false);
    expect(bad({ keyframes: [{ at: 'nope', pose: {} }] })).toBe(false);
    expect(bad({ keyframes: [{ at: 'barrier', pose: { 'hip.left': { flexion: 3 } } }] })).toBe(
      false,
    );
  });
});

describe('evaluate', () => {
  it('endpoints of an eased segment are exact, the midpoint follows the easing', () => {
    expect(evaluate(script, 2, 'left', RIG_K).pose['hip.left']!.flexion).toBe(0);
    expect(evaluate(script, 4, 'left', RIG_K).pose['hip.left']!.flexion).toBe(60);
    expect(evaluate(script, 3, 'left', RIG_K).pose['hip.left']!.flexion).toBeCloseTo(30, 10); // linear
    // cubic-in-out segment 'back' from 80 (3rd barrier: 65 + 2*5 = 75? see next test) to 0
    const f = evaluate(script, 2 + 2 + 18 + 6 + 0.75, 'left', RIG_K);
    expect(f.phase.id).toBe('back');
    expect(f.pose['hip.left']!.flexion).toBeCloseTo(75 * (1 - ease('cubic-in-out', 0.25)), 10);
  });
  it('the barrier moves on in every repetition (perRepeat)', () => {
    const ends = expandPhases(script)
      .filter((p) => p.id === 'new-barrier')
      .map((p) => evaluate(script, p.end - 1e-9, 'left', RIG_K).pose['hip.left']!.flexion);
    expect(ends[0]).toBeCloseTo(65, 5);
    expect(ends[1]).toBeCloseTo(70, 5);
    expect(ends[2]).toBeCloseTo(75, 5);
  });
  it('the pose holds during phases without a keyframe and is continuous at boundaries', () => {
    const ph = expandPhases(script);
    for (const p of ph.slice(1)) {
      const before = evaluate(script, p.start - 1e-7, 'left', RIG_K).pose['hip.left']!.flexion;
      const at = evaluate(script, p.start, 'left', RIG_K).pose['hip.left']!.flexion;
      expect(Math.abs(before! - at!)).toBeLessThan(1e-3);
    }
    const c = evaluate(script, 6, 'left', RIG_K);
    expect(c.phase.kind).toBe('patient-contracts');
    expect(c.pose['hip.left']!.flexion).toBe(60);
  });
  it('phase boundaries: t at a start belongs to the new phase; the end to the last phase', () => {
    expect(evaluate(script, 2, 'left', RIG_K).phase.id).toBe('barrier');
    expect(evaluate(script, 1.9999, 'left', RIG_K).phase.id).toBe('setup');
    const end = evaluate(script, 999, 'left', RIG_K);
    expect(end.t).toBe(scriptDuration(script));
    expect(end.phase.id).toBe('back');
    expect(evaluate(script, -5, 'left', RIG_K).t).toBe(0);
  });
  it('captions, repetition counter and the real-time clock of a compressed hold', () => {
    const f = evaluate(script, 4 + 6 + 0.5, 'left', RIG_K);
    expect(f.caption).toBe('Contract');
    expect(f.repetition).toEqual({ index: 2, count: 3 });
    const hold = expandPhases(script).find((p) => p.id === 'hold')!;
    const h = evaluate(script, hold.start + 3, 'left', RIG_K);
    expect(h.realClock).toEqual({ elapsed: 45, total: 90, compressed: true });
    expect(evaluate(script, hold.end - 1e-9, 'left', RIG_K).realClock.elapsed).toBeCloseTo(90, 5);
    const notCompressed = evaluate(script, 1, 'left', RIG_K).realClock;
    expect(notCompressed).toEqual({ elapsed: 1, total: 2, compressed: false });
  });
  it('resolves relative sides and mirrors the script for the right side', () => {
    const l = evaluate(script, 6, 'left', RIG_K);
    const r = evaluate(script, 6, 'right', RIG_K);
    expect(l.pose['hip.left']!.flexion).toBe(60);
    expect(r.pose['hip.right']!.flexion).toBe(60);
    expect(r.pose['hip.left']).toBeUndefined();
    expect(l.pose.L3!.rotation).toBe(10);
    expect(r.pose.L3!.rotation).toBe(-10);
    expect(l.patientPosition).toBe('side-lying-left');
    expect(r.patientPosition).toBe('side-lying-right');
    expect(l.glow).toEqual(['biceps-femoris.left']);
    expect(r.glow).toEqual(['biceps-femoris.right']);
    // the operator's hands swap and the geometry mirrors in x
    expect(l.hands[0].visible).toBe(true);
    expect(r.hands[1].visible).toBe(true);
    expect(r.hands[1].position[0]).toBeCloseTo(-l.hands[0].position[0], 9);
    expect(r.hands[1].position[1]).toBeCloseTo(l.hands[0].position[1], 9);
    expect(r.arrows[0]!.dir[0]).toBeCloseTo(-l.arrows[0]!.dir[0], 9);
  });
  it('a script pinned to one side ignores the picked side', () => {
    const pinned = animationScriptSchema.parse({ ...input, fixedSide: 'right' });
    const a = evaluate(pinned, 6, 'left', RIG_K);
    const b = evaluate(pinned, 6, 'right', RIG_K);
    expect(a.side).toBe('right');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.pose['hip.right']!.flexion).toBe(60);
  });

  it('refuses motion names that are only inherited object properties', () => {
    const sk = createSkeleton({ joints: JOINTS });
    const knee = jointIndex(sk, 'knee.left');
    expect(motionSlot(sk, knee, 'constructor')).toBe(-1);
    expect(motionSlot(sk, knee, 'toString')).toBe(-1);
    expect(() => poseSkeleton(sk, { 'knee.left': { constructor: 10 } })).toThrow(
      /has no motion 'constructor'/,
    );
  });

  it('hands: arrive, stay anchored to the posed body, leave', () => {
    const stay = evaluate(script, 6, 'left', RIG_K).hands[0];
    expect(stay.inContact).toBe(true);
    expect(stay.anchor).toBe('knee.left');
    expect(stay.shape).toBe('flat-palm');
    // contact = FK knee position + rotated offset
    const sk = createSkeleton({ joints: JOINTS });
    poseSkeleton(sk, { 'hip.left': { flexion: 60 }, L3: { rotation: 10 } });
    const knee = jointPosition(sk, jointIndex(sk, 'knee.left'), [0, 0, 0]);
    // hip flexion 60 lifts the knee forwards: the contact is in front of the posed knee
    expect(stay.position[2]).toBeGreaterThan(knee[2]);
    expect(Math.hypot(...sub(stay.position, knee))).toBeCloseTo(0.05, 6);
    const back = expandPhases(script).find((p) => p.id === 'back')!;
    const gone = evaluate(script, back.end, 'left', RIG_K).hands;
    expect(gone[0].visible).toBe(false);
    expect(gone[1].visible).toBe(true);
    expect(gone[1].anchor).toBe('L3');
  });
  it('is deterministic and evaluateInto reuses its frame', () => {
    const tl = compileTimeline(script, 'left', RIG_K);
    const frame = createFrame(tl);
    const poseObj = frame.pose;
    const handPos = frame.hands[0].position;
    for (let k = 0; k < 200; k++) evaluateInto(frame, tl, (k * 0.173) % tl.duration);
    evaluateInto(frame, tl, 7.25);
    expect(frame.pose).toBe(poseObj);
    expect(frame.hands[0].position).toBe(handPos);
    expect(JSON.stringify(frame)).toBe(JSON.stringify(evaluate(script, 7.25, 'left', RIG_K)));
  });
});

describe('forward kinematics', () => {
  it('local rotations match applyClinicalPose', () => {
    const pose = {
      'hip.left': { flexion: 40, abduction: 10, internalRotation: -15 },
      'shoulder.right': { flexion: 90, abduction: 20, internalRotation: 30 },
      T6: { flexion: 5, sideBending: 3, rotation: -7 },
    };
    const ref = applyClinicalPose(RIG, pose);
    const sk = createSkeleton({ joints: JOINTS });
    poseSkeleton(sk, pose);
    for (const [id, q] of Object.entries(ref)) {
      const mine = localRotation(sk, jointIndex(sk, id));
      for (let k = 0; k < 4; k++) expect(mine[k]).toBeCloseTo(q[k]!, 12);
    }
  });
  it('flexing the knee 90° points the shank backwards; rest pose = rest positions', () => {
    const sk = createSkeleton({ joints: JOINTS });
    poseSkeleton(sk, {});
    for (const j of JOINTS) {
      const p = jointPosition(sk, jointIndex(sk, j.id), [0, 0, 0]);
      for (let k = 0; k < 3; k++) expect(p[k]).toBeCloseTo(j.position[k]!, 12);
    }
    poseSkeleton(sk, { 'knee.left': { flexion: 90 } });
    const knee = jointPosition(sk, jointIndex(sk, 'knee.left'), [0, 0, 0]);
    const ankle = jointPosition(sk, jointIndex(sk, 'ankle.left'), [0, 0, 0]);
    expect(ankle[2]).toBeLessThan(knee[2] - 0.2);
    expect(Math.abs(ankle[1] - knee[1])).toBeLessThan(0.02);
  });
});

const RIG_K = JOINTS_AS_RIG();
function JOINTS_AS_RIG() {
  return { joints: JOINTS };
}
function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
