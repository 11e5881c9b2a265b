/**
 * The rig: joints named by id, each with its rest position (world, metres) and the clinical motions
 * it supports, expressed as a rotation axis in the joint's local frame (all joint frames are aligned
 * with the world axes in the rest pose: X = figure's left, Y = up, Z = forward). Positive degrees
 * about the axis (right-hand rule) produce the named motion. See src/body/README.md.
 */
import { POINTS, VERTEBRAE } from './landmarks';

export type Vec3 = readonly [number, number, number];
export type Motions = Record<string, Vec3>;

export interface JointDef {
  id: string;
  parent: string | null;
  /** Rest position, world space. */
  position: Vec3;
  motions: Motions;
}

export interface RigDescription {
  joints: readonly { id: string; parent: string | null; motions: Motions }[];
}

type Side = 'left' | 'right';
const SIDES: readonly Side[] = ['left', 'right'];
const mirror = (p: Vec3, side: Side): Vec3 => (side === 'left' ? p : [-p[0], p[1], p[2]]);
/** +1 on the left (+X), −1 on the right. */
const sg = (side: Side) => (side === 'left' ? 1 : -1);

/** Spinal segments and head: flexion, sideBending (+ = towards the left), rotation (+ = to the left). */
const SPINE_MOTIONS: Motions = { flexion: [1, 0, 0], sideBending: [0, 0, -1], rotation: [0, 1, 0] };

function limbJoints(side: Side): JointDef[] {
  const s = sg(side);
  const j = (id: string, parent: string, p: Vec3, motions: Motions): JointDef => ({
    id: `${id}.${side}`,
    parent:
      parent.includes('.') || parent === 'pelvis' || /^[TLC]\d/.test(parent) ? parent : parent,
    position: mirror(p, side),
    motions,
  });
  const sc = POINTS.sternoclavicular;
  const ac = POINTS.acromion;
  const wrist = POINTS.wrist;
  const elbow = POINTS.elbow;
  const tip = POINTS.fingerTip;
  const mcpY = wrist[1] - 0.098;
  const joints: JointDef[] = [
    // lower limb
    j('hip', 'pelvis', POINTS.hip, {
      flexion: [-1, 0, 0],
      abduction: [0, 0, s],
      internalRotation: [0, -s, 0],
    }),
    j('knee', `hip.${side}`, POINTS.knee, { flexion: [1, 0, 0], internalRotation: [0, -s, 0] }),
    j('ankle', `knee.${side}`, POINTS.ankle, { dorsiflexion: [-1, 0, 0], inversion: [0, 0, -s] }),
    j('toes', `ankle.${side}`, [POINTS.ankle[0] + 0.012, 0.018, 0.135], { extension: [-1, 0, 0] }),
    // shoulder girdle and upper limb
    j('clavicle', 'T1', sc, { elevation: [0, 0, s], protraction: [0, -s, 0] }),
    j('scapula', `clavicle.${side}`, [ac[0] - 0.02, ac[1], ac[2]], { upwardRotation: [0, 0, s] }),
    j('shoulder', `scapula.${side}`, POINTS.shoulder, {
      flexion: [-1, 0, 0],
      abduction: [0, 0, s],
      internalRotation: [0, -s, 0],
    }),
    j('elbow', `shoulder.${side}`, elbow, { flexion: [-1, 0, 0] }),
    j(
      'forearm',
      `elbow.${side}`,
      [(elbow[0] + wrist[0]) / 2, (elbow[1] + wrist[1]) / 2, (elbow[2] + wrist[2]) / 2],
      { pronation: [0, -s, 0] },
    ),
    j('wrist', `forearm.${side}`, wrist, { flexion: [-1, 0, 0], radialDeviation: [0, 0, s] }),
  ];
  // fingers: one joint per finger at the MCP (thumb at the CMC joint)
  const fingerX = [0.034, 0.0315, 0.0105, -0.0105, -0.0305]; // thumb .. little, lateral(+) to medial (from the hand axis)
  for (let f = 1; f <= 5; f++) {
    const fx = fingerX[f - 1]!;
    const p: Vec3 =
      f === 1
        ? [wrist[0] + 0.03, wrist[1] - 0.03, wrist[2] + 0.012]
        : [tip[0] + fx, mcpY, wrist[2] + 0.006];
    joints.push(j(`finger-${f}`, `wrist.${side}`, p, { flexion: [-1, 0, 0] }));
  }
  return joints;
}

function buildRig(): JointDef[] {
  const joints: JointDef[] = [];
  const L5 = VERTEBRAE[0]!;
  joints.push({
    id: 'pelvis',
    parent: null,
    position: [0, 0.97, -0.01],
    motions: { anteriorTilt: [1, 0, 0], sideTilt: [0, 0, -1], rotation: [0, 1, 0] },
  });
  let parent = 'pelvis';
  void L5;
  for (const v of VERTEBRAE) {
    // joint sits at the lower end plate of the vertebra (the disc below it)
    joints.push({ id: v.id, parent, position: [0, v.y - 0.012, v.z], motions: SPINE_MOTIONS });
    parent = v.id;
  }
  joints.push({ id: 'head', parent: 'C1', position: POINTS.headJoint, motions: SPINE_MOTIONS });
  joints.push({
    id: 'jaw',
    parent: 'head',
    position: [0, 1.597, 0.012],
    motions: { opening: [1, 0, 0] },
  });
  for (const side of SIDES) joints.push(...limbJoints(side));
  return joints;
}

export const JOINTS: readonly JointDef[] = buildRig();
export const JOINT_INDEX: ReadonlyMap<string, number> = new Map(JOINTS.map((j, i) => [j.id, i]));

export const jointById = (id: string): JointDef => {
  const i = JOINT_INDEX.get(id);
  if (i === undefined) throw new Error(`unknown joint ${id}`);
  return JOINTS[i]!;
};

/** The description applyClinicalPose needs (also stored in the GLB as node extras). */
export const RIG: RigDescription = {
  joints: JOINTS.map(({ id, parent, motions }) => ({ id, parent, motions })),
};

/** Spinal joints from the sacrum upwards (L5 … C1, then head). */
export const SPINE_JOINT_IDS: readonly string[] = [...VERTEBRAE.map((v) => v.id), 'head'];
