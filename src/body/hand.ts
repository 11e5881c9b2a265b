/**
 * Geometry of the hand rays shared by the hand bones (bone-arm.ts) and the skin hand (skin.ts), so
 * the skin fingers follow the phalanges. Left hand, anatomical position (palm forward, +Z); the
 * right side mirrors x. Joints where the rig has them: finger MCP joints at `mcpY`, the thumb's
 * carpometacarpal joint at `THUMB_CMC` (rig.ts).
 *
 * Lengths follow adult proportions (hand length 0.108 H): metacarpal 3 about 6.5 cm, proximal,
 * middle and distal phalanges of the middle finger about 4.1, 2.5 and 1.75 cm, the middle finger
 * longest, index and ring close behind, the little finger ending near the ring finger's distal
 * joint; the thumb (metacarpal 4.3, phalanges 2.9 and 2.2 cm) reaches the middle of the index
 * finger's proximal phalanx. Relaxed fingers are slightly flexed at every joint.
 */
import { POINTS } from './landmarks';
import { along, norm, type V3 } from './sdf';

const wr = POINTS.wrist;
/** Finger axes from the wrist point, index … little (as the rig's finger joints). */
export const FINGER_X = [0.0355, 0.0145, -0.0065, -0.0265] as const;
/** Height of the MCP joints (the rig's finger joints). */
export const MCP_Y = wr[1] - 0.098;
/** Thumb carpometacarpal joint (the rig's finger-1 joint). */
export const THUMB_CMC: V3 = [wr[0] + 0.03, wr[1] - 0.03, wr[2] + 0.012];

/** Phalanx lengths (proximal, middle, distal) for index … little, metres. */
const PHALANX = [
  [0.0375, 0.022, 0.016],
  [0.041, 0.025, 0.0175],
  [0.039, 0.0245, 0.017],
  [0.031, 0.018, 0.015],
] as const;
/** MCP heads of the ring and little fingers sit a little higher (the knuckles make an arc). */
const MCP_UP = [0.0, 0.0, 0.0015, 0.0035] as const;
/** Sideways lean of each finger (dx per unit length): they fan out a little. */
const FAN = [0.03, 0.006, -0.018, -0.045] as const;
/** Cumulative flexion (degrees) of the proximal, middle and distal phalanx: a relaxed hand. */
const CURL = [5, 16, 24] as const;
/** Joint gap between bone ends, metres (cartilage). */
export const JOINT_GAP = 0.0015;
/** Radius of the metacarpal heads of the fingers. */
export const MC_HEAD_R = 0.0056;

export interface Segment {
  /** Bone ends (proximal, distal). */
  a: V3;
  b: V3;
  dir: V3;
}

export interface FingerRay {
  /** MCP joint (metacarpal head centre). */
  mcp: V3;
  /** Proximal, middle and distal phalanx. */
  bones: Segment[];
  /** Skin axis points: MCP, PIP, DIP, fingertip (pad end). */
  joints: V3[];
}

/** Finger f = 2 (index) … 5 (little), left hand. */
export function fingerRay(f: number): FingerRay {
  const i = f - 2;
  const mcp: V3 = [wr[0] + FINGER_X[i]!, MCP_Y + MCP_UP[i]!, wr[2] + 0.006];
  const bones: Segment[] = [];
  const joints: V3[] = [mcp];
  let p = mcp;
  let gap = MC_HEAD_R + JOINT_GAP;
  for (let k = 0; k < 3; k++) {
    const t = (CURL[k]! * Math.PI) / 180;
    const dir = norm([FAN[i]!, -Math.cos(t), Math.sin(t)]);
    const a = along(p, dir, gap);
    const b = along(a, dir, PHALANX[i]![k]!);
    bones.push({ a, b, dir });
    // the next joint's centre lies inside this bone's head, about one head radius from its end
    joints.push(k < 2 ? along(b, dir, -0.0035) : along(b, dir, 0.0035));
    p = b;
    gap = JOINT_GAP;
  }
  return { mcp, bones, joints };
}

/** Thumb: metacarpal and two phalanges, from the CMC joint down, out and forward. */
export function thumbRay(): { bones: Segment[]; joints: V3[] } {
  const dirs: V3[] = [
    norm([0.4, -0.85, 0.27]),
    norm([0.26, -0.9, 0.25]),
    norm([0.12, -0.92, 0.24]),
  ];
  const lens = [0.043, 0.029, 0.022];
  const bones: Segment[] = [];
  const joints: V3[] = [THUMB_CMC];
  let p = along(THUMB_CMC, dirs[0]!, -0.0015);
  for (let k = 0; k < 3; k++) {
    const a = k === 0 ? p : along(p, dirs[k]!, JOINT_GAP);
    const b = along(a, dirs[k]!, lens[k]!);
    bones.push({ a, b, dir: dirs[k]! });
    joints.push(k < 2 ? along(b, dirs[k]!, -0.0045) : along(b, dirs[k]!, 0.0035));
    p = b;
  }
  return { bones, joints };
}
