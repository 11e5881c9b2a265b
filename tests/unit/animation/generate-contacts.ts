/**
 * Regenerates src/content/animations/contacts.ts from the skin's signed distance field:
 *   npx tsx tests/unit/animation/generate-contacts.ts && npx prettier --write src/content/animations/contacts.ts
 * Run it when the body's skin changes (contacts.test.ts says so when contacts drift off the skin).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { skinItems } from '../../../src/body/skin';
import { evalItems } from '../../../src/body/sdf';
import { JOINTS } from '../../../src/body/rig';
type V = [number, number, number];
const items = skinItems();
const sdf = (p: V) => evalItems(items, p[0], p[1], p[2]);
const J = (id: string) => {
  const j = JOINTS.find(
    (x) => x.id === id.replace('.same', '.left').replace('.opposite', '.right'),
  );
  if (!j) throw new Error(id);
  return j.position as V;
};
// name: [anchor, from (offset from joint, rest frame), dir, description]
const defs: Record<string, [string, V, V, string]> = {
  // lower limb
  kneeFront: ['knee.same', [0, 0, 0], [0, 0, 1], 'front of the knee (patella)'],
  kneeMedial: ['knee.same', [0, 0, 0], [-1, 0, 0], 'medial knee joint line'],
  kneeLateral: ['knee.same', [0, 0, 0], [1, 0, 0], 'lateral knee joint line'],
  tibiaFront: [
    'knee.same',
    [0, -0.06, 0],
    [0, 0, 1],
    'front of the upper tibia, below the joint line',
  ],
  thighFrontDistal: ['hip.same', [0.007, -0.33, 0], [0, 0, 1], 'front of the thigh above the knee'],
  thighBackDistal: ['hip.same', [0.007, -0.33, 0], [0, 0, -1], 'back of the thigh above the knee'],
  thighLateral: ['hip.same', [0.0, -0.2, 0], [1, 0, 0], 'lateral thigh'],
  shinFront: ['knee.same', [0.003, -0.2, 0], [0, 0, 1], 'front of the shin'],
  calfBack: ['knee.same', [0, -0.14, 0], [0, 0, -1], 'calf'],
  distalShinBack: ['knee.same', [0, -0.33, 0], [0, 0, -1], 'back of the lower leg above the heel'],
  heelBack: ['ankle.same', [0, -0.035, -0.02], [0, 0, -1], 'back of the heel'],
  ankleFront: ['ankle.same', [0, -0.005, 0], [0, 0, 1], 'front of the ankle over the talus'],
  footDorsum: ['ankle.same', [0.008, -0.03, 0.08], [0, 1, 0], 'top of the midfoot'],
  soleMid: ['ankle.same', [0.006, -0.02, 0.07], [0, -1, 0], 'middle of the sole'],
  soleHeel: ['ankle.same', [0, -0.02, -0.03], [0, -1, 0], 'plantar heel (fascia origin)'],
  soleForefoot: ['ankle.same', [0.01, -0.02, 0.12], [0, -1, 0], 'ball of the foot'],
  greaterTrochanter: ['hip.same', [0, 0, 0], [1, 0, 0], 'greater trochanter'],
  thighBackMid: ['hip.same', [0.01, -0.2, 0], [0, 0, -1], 'back of the mid-thigh (hamstrings)'],
  // pelvis and back
  gluteUpper: [
    'pelvis',
    [0.08, 0.0, 0],
    [0.25, 0, -1],
    'upper outer buttock below the iliac crest',
  ],
  piriformisPoint: [
    'pelvis',
    [0.06, -0.06, 0],
    [0, 0, -1],
    'buttock between sacrum and trochanter (piriformis)',
  ],
  psis: [
    'pelvis',
    [0.035, 0.04, 0],
    [0, 0, -1],
    'posterior superior iliac spine / sacroiliac region',
  ],
  sacrum: ['pelvis', [0, -0.01, 0], [0, 0, -1], 'sacrum'],
  iliacFossa: ['pelvis', [0.075, 0.06, 0], [0, 0, 1], 'iliac fossa, medial to the ASIS'],
  lumbosacral: ['L5', [0.0, 0, 0], [0, 0, -1], 'lumbosacral region, midline'],
  paraL5: ['L5', [0.03, 0, 0], [0, 0, -1], 'paraspinal muscles at L5, same side'],
  paraL3: ['L3', [0.03, 0, 0], [0, 0, -1], 'paraspinal muscles at L3, same side'],
  spinousL3: ['L3', [0, 0, 0], [0, 0, -1], 'L3 spinous process'],
  paraL1: ['L1', [0.03, 0, 0], [0, 0, -1], 'paraspinal muscles at L1, same side'],
  paraT10: ['T10', [0.03, 0, 0], [0, 0, -1], 'lower thoracic paraspinals, same side'],
  paraT6: ['T6', [0.03, 0, 0], [0, 0, -1], 'mid-thoracic paraspinals, same side'],
  paraT6Far: ['T6', [-0.03, 0, 0], [0, 0, -1], 'mid-thoracic paraspinals, opposite side'],
  paraT9Far: ['T9', [-0.03, 0, 0], [0, 0, -1], 'lower thoracic paraspinals, opposite side'],
  spinousT6: ['T6', [0, 0, 0], [0, 0, -1], 'T6 spinous process'],
  ribAngleT4: ['T4', [0.055, 0, 0], [0, 0, -1], 'upper rib angles, same side'],
  ribAngleT7: ['T7', [0.06, 0, 0], [0, 0, -1], 'mid rib angles, same side'],
  lowerRibsBack: ['T11', [0.075, 0, 0], [0, 0, -1], 'lower ribs from behind, same side'],
  // neck and head
  paraC4: ['C4', [0.02, 0, 0], [0, 0, -1], 'cervical paraspinals at C4, same side'],
  paraC4Far: ['C4', [-0.02, 0, 0], [0, 0, -1], 'cervical paraspinals at C4, opposite side'],
  pillarC4: ['C4', [0.0, 0, 0], [0.7, 0, -0.7], 'posterolateral articular pillar of C4, same side'],
  pillarC4Far: [
    'C4',
    [0.0, 0, 0],
    [-0.7, 0, -0.7],
    'posterolateral articular pillar of C4, opposite side',
  ],
  anteriorC5: [
    'C5',
    [0.02, 0, 0],
    [0.5, 0, 0.85],
    'anterior tip of the C5 transverse process (scalene attachment)',
  ],
  suboccipital: ['head', [0.025, -0.01, 0], [0, 0, -1], 'below the occipital ridge, same side'],
  suboccipitalFar: [
    'head',
    [-0.025, -0.01, 0],
    [0, 0, -1],
    'below the occipital ridge, opposite side',
  ],
  occiputSquama: ['head', [0.0, 0.045, 0], [0, 0, -1], 'occipital squama, midline'],
  occiputSquamaSame: [
    'head',
    [0.013, 0.045, 0],
    [0, 0, -1],
    'occipital squama just beside the midline, same side',
  ],
  occiputSquamaFar: [
    'head',
    [-0.013, 0.045, 0],
    [0, 0, -1],
    'occipital squama just beside the midline, opposite side',
  ],
  occiputCradle: ['head', [0.0, 0.06, 0], [0, -0.2, -1], 'back of the head (cradle)'],
  vertex: ['head', [0, 0.06, -0.005], [0, 1, 0], 'top of the head'],
  forehead: ['head', [0, 0.06, 0.02], [0, 0, 1], 'forehead'],
  templeFar: ['head', [0, 0.05, 0], [-1, 0, 0], 'side of the head, opposite side'],
  chin: ['jaw', [0, -0.055, 0.055], [0, -0.6, 0.8], 'under the chin'],
  jawAngle: ['jaw', [0.03, -0.02, 0.0], [1, -0.2, 0.3], 'angle of the mandible, same side'],
  // trunk, front
  sternumMid: ['T6', [0, 0, 0.08], [0, 0, 1], 'front of the chest over the mid sternum'],
  // At T4 the chest faces forward: a flat hand lies on it to the fingertips (at T3 the surface
  // still slopes up to the clavicle, and the fingers of a palm set on that slope float).
  upperChest: ['T4', [0.06, 0, 0.05], [0, 0, 1], 'upper chest below the clavicle, same side'],
  upperChestFar: [
    'T4',
    [-0.06, 0, 0.05],
    [0, 0, 1],
    'upper chest below the clavicle, opposite side',
  ],
  firstRibFront: ['T1', [0.055, 0, 0.05], [0, 0.35, 1], 'clavicle and first rib, same side'],
  firstRibFrontFar: [
    'T1',
    [-0.055, 0, 0.05],
    [0, 0.35, 1],
    'clavicle and first rib, opposite side',
  ],
  t1Back: [
    'T1',
    [0.03, 0, 0],
    [0, 0, -1],
    'behind the first thoracic transverse process, same side',
  ],
  t1BackFar: [
    'T1',
    [-0.03, 0, 0],
    [0, 0, -1],
    'behind the first thoracic transverse process, opposite side',
  ],
  lowerRibsFront: ['T11', [0.075, 0, 0.03], [0, 0, 1], 'lower rib cage in front, same side'],
  costalMargin: [
    'T11',
    [0.035, -0.02, 0.04],
    [0, 0, 1],
    'below the costal margin beside the xiphoid, same side',
  ],
  costalMarginFar: [
    'T11',
    [-0.035, -0.02, 0.04],
    [0, 0, 1],
    'below the costal margin beside the xiphoid, opposite side',
  ],
  abdomenSigmoid: [
    'L5',
    [0.06, 0.0, 0.05],
    [0, 0, 1],
    'left lower abdomen (sigmoid colon) in the canonical script',
  ],
  abdomenDescending: ['L3', [0.085, 0.0, 0.05], [0, 0, 1], 'flank (descending colon), same side'],
  abdomenTransverse: ['L1', [0.0, 0.0, 0.05], [0, 0, 1], 'upper abdomen (transverse colon)'],
  abdomenAscending: [
    'L3',
    [-0.085, 0.0, 0.05],
    [0, 0, 1],
    'flank (ascending colon), opposite side',
  ],
  abdomenLower: ['L5', [0.0, 0.0, 0.05], [0, 0, 1], 'lower abdomen, midline'],
  abdomenLowerFar: ['L5', [-0.04, 0.0, 0.05], [0, 0, 1], 'lower abdomen, opposite side'],
  // upper limb
  shoulderFront: ['shoulder.same', [-0.01, 0, 0], [0, 0, 1], 'front of the shoulder'],
  shoulderTop: [
    'scapula.same',
    [-0.022, -0.021, -0.003],
    [0, 1, 0],
    'top of the shoulder over clavicle and acromion',
  ],
  shoulderGirdleTop: [
    'scapula.same',
    [-0.01, 0.01, -0.005],
    [1, 0.4, 0],
    'top of the shoulder girdle over the acromion (stays put while the arm moves)',
  ],
  upperArmLateral: ['shoulder.same', [0.01, -0.14, 0], [1, 0, 0], 'lateral upper arm'],
  elbowBack: ['elbow.same', [0, 0, 0], [0, 0, -1], 'back of the elbow'],
  elbowFront: ['elbow.same', [0, 0, 0], [0, 0, 1], 'front of the elbow'],
  forearmFront: ['forearm.same', [0, 0, 0], [0, 0, 1], 'front of the forearm'],
  wristFront: ['wrist.same', [0, 0, 0], [0, 0, 1], 'front of the wrist'],
  elbowBackFar: ['elbow.opposite', [0, 0, 0], [0, 0, -1], 'back of the elbow, opposite arm'],
};
function grad(p: V): V {
  const h = 1e-4;
  const g: V = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    const a = [...p] as V;
    const b = [...p] as V;
    a[k] = a[k]! + h;
    b[k] = b[k]! - h;
    g[k] = (sdf(a) - sdf(b)) / (2 * h);
  }
  const l = Math.hypot(...g) || 1;
  return [g[0] / l, g[1] / l, g[2] / l];
}
const r3 = (v: number) => Math.round(v * 1000) / 1000;
const r2 = (v: number) => Math.round(v * 100) / 100;
let out = '';
for (const [name, [anchor, from, dirIn, desc]] of Object.entries(defs)) {
  const j = J(anchor);
  const l = Math.hypot(...dirIn);
  const dir: V = [dirIn[0] / l, dirIn[1] / l, dirIn[2] / l];
  const p0: V = [j[0] + from[0], j[1] + from[1], j[2] + from[2]];
  if (sdf(p0) > 0) console.error('WARN start outside', name, sdf(p0));
  let t = 0;
  while (t < 0.4 && sdf([p0[0] + dir[0] * t, p0[1] + dir[1] * t, p0[2] + dir[2] * t]) < 0)
    t += 0.002;
  let lo = Math.max(0, t - 0.002),
    hi = t;
  for (let i = 0; i < 40; i++) {
    const m = (lo + hi) / 2;
    if (sdf([p0[0] + dir[0] * m, p0[1] + dir[1] * m, p0[2] + dir[2] * m]) < 0) lo = m;
    else hi = m;
  }
  const s: V = [p0[0] + dir[0] * hi, p0[1] + dir[1] * hi, p0[2] + dir[2] * hi];
  const g = grad(s);
  const offset = [r3(s[0] - j[0]), r3(s[1] - j[1]), r3(s[2] - j[2])];
  const normal = [r2(-g[0]), r2(-g[1]), r2(-g[2])];
  if (t >= 0.4) console.error('WARN no surface', name);
  out += `  /** ${desc} */\n  ${name}: { anchor: '${anchor}', offset: [${offset.join(', ')}], normal: [${normal.join(', ')}] },\n`;
}
const file = `/**
 * Contact points on the skin for the animation scripts: an anchor joint (relative side), the offset
 * of the skin point from that joint in the rest pose (metres, X = the figure's left / the picked
 * side in a script, Y = up, Z = forward) and the inward skin normal there (the palm normal of a hand
 * pressing on it).
 *
 * Computed once from the skin's signed distance field (src/body/skin.ts, rest pose): from a point
 * inside the segment, march along a direction to the zero level set, take the gradient there;
 * rounded to the millimetre / 0.01, by tests/unit/animation/generate-contacts.ts (rerun it when the
 * skin changes). tests/unit/animation/contacts.test.ts re-measures every contact used by a script
 * against the skin and against models/body.glb.
 */
import type { HandContactInput } from '../animation-schema';

type ContactPoint = Pick<HandContactInput, 'anchor' | 'offset' | 'normal'>;

export const SKIN = {
${out}} as const satisfies Record<string, ContactPoint>;

export type SkinPointId = keyof typeof SKIN;
`;
writeFileSync(resolve(import.meta.dirname, '../../../src/content/animations/contacts.ts'), file);
console.log('wrote', Object.keys(defs).length);
