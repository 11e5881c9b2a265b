/**
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
  /** front of the knee (patella) */
  kneeFront: { anchor: 'knee.same', offset: [0, 0, 0.056], normal: [0, 0.14, -0.99] },
  /** medial knee joint line */
  kneeMedial: { anchor: 'knee.same', offset: [-0.051, 0, 0], normal: [1, 0.01, 0.01] },
  /** lateral knee joint line */
  kneeLateral: { anchor: 'knee.same', offset: [0.051, 0, 0], normal: [-1, -0.07, -0.02] },
  /** front of the upper tibia, below the joint line */
  tibiaFront: { anchor: 'knee.same', offset: [0, -0.06, 0.053], normal: [0.01, -0.11, -0.99] },
  /** front of the thigh above the knee */
  thighFrontDistal: {
    anchor: 'hip.same',
    offset: [0.007, -0.33, 0.054],
    normal: [-0.17, 0.13, -0.98],
  },
  /** back of the thigh above the knee */
  thighBackDistal: {
    anchor: 'hip.same',
    offset: [0.007, -0.33, -0.077],
    normal: [0.02, 0.23, 0.97],
  },
  /** lateral thigh */
  thighLateral: { anchor: 'hip.same', offset: [0.079, -0.2, 0], normal: [-1, 0.01, 0] },
  /** front of the shin */
  shinFront: { anchor: 'knee.same', offset: [0.003, -0.2, 0.052], normal: [-0.04, 0.29, -0.96] },
  /** calf */
  calfBack: { anchor: 'knee.same', offset: [0, -0.14, -0.075], normal: [-0.1, 0.05, 0.99] },
  /** back of the lower leg above the heel */
  distalShinBack: { anchor: 'knee.same', offset: [0, -0.33, -0.051], normal: [0.14, -0.1, 0.99] },
  /** back of the heel */
  heelBack: { anchor: 'ankle.same', offset: [0, -0.035, -0.062], normal: [0.07, 0.06, 1] },
  /** front of the ankle over the talus */
  ankleFront: { anchor: 'ankle.same', offset: [0, -0.005, 0.065], normal: [0.07, -0.95, -0.31] },
  /** top of the midfoot */
  footDorsum: { anchor: 'ankle.same', offset: [0.008, -0.01, 0.08], normal: [-0.08, -0.95, -0.3] },
  /** middle of the sole */
  soleMid: { anchor: 'ankle.same', offset: [0.006, -0.065, 0.07], normal: [0.26, 0.96, -0.01] },
  /** plantar heel (fascia origin) */
  soleHeel: { anchor: 'ankle.same', offset: [0, -0.067, -0.03], normal: [-0.03, 0.94, 0.35] },
  /** ball of the foot */
  soleForefoot: {
    anchor: 'ankle.same',
    offset: [0.01, -0.02, 0.12],
    normal: [-0.05, -0.96, -0.26],
  },
  /** greater trochanter */
  greaterTrochanter: { anchor: 'hip.same', offset: [0.078, 0, 0], normal: [-0.97, -0.19, -0.14] },
  /** back of the mid-thigh (hamstrings) */
  thighBackMid: { anchor: 'hip.same', offset: [0.01, -0.2, -0.092], normal: [-0.03, 0.03, 1] },
  /** upper outer buttock below the iliac crest */
  gluteUpper: { anchor: 'pelvis', offset: [0.106, 0, -0.104], normal: [-0.37, -0.43, 0.82] },
  /** buttock between sacrum and trochanter (piriformis) */
  piriformisPoint: { anchor: 'pelvis', offset: [0.06, -0.06, -0.125], normal: [0.01, -0.02, 1] },
  /** posterior superior iliac spine / sacroiliac region */
  psis: { anchor: 'pelvis', offset: [0.035, 0.04, -0.105], normal: [-0.02, -0.09, 1] },
  /** sacrum */
  sacrum: { anchor: 'pelvis', offset: [0, -0.01, -0.101], normal: [0, -0.09, 1] },
  /** iliac fossa, medial to the ASIS */
  iliacFossa: { anchor: 'pelvis', offset: [0.075, 0.06, 0.098], normal: [-0.44, 0.05, -0.9] },
  /** lumbosacral region, midline */
  lumbosacral: { anchor: 'L5', offset: [0, 0, -0.074], normal: [-0.01, 0, 1] },
  /** paraspinal muscles at L5, same side */
  paraL5: { anchor: 'L5', offset: [0.03, 0, -0.087], normal: [0.08, -0.09, 0.99] },
  /** paraspinal muscles at L3, same side */
  paraL3: { anchor: 'L3', offset: [0.03, 0, -0.103], normal: [0.1, 0.01, 1] },
  /** L3 spinous process */
  spinousL3: { anchor: 'L3', offset: [0, 0, -0.092], normal: [-0.04, 0.03, 1] },
  /** paraspinal muscles at L1, same side */
  paraL1: { anchor: 'L1', offset: [0.03, 0, -0.096], normal: [0.08, -0.02, 1] },
  /** lower thoracic paraspinals, same side */
  paraT10: { anchor: 'T10', offset: [0.03, 0, -0.074], normal: [-0.02, 0.13, 0.99] },
  /** mid-thoracic paraspinals, same side */
  paraT6: { anchor: 'T6', offset: [0.03, 0, -0.068], normal: [-0.04, 0, 1] },
  /** mid-thoracic paraspinals, opposite side */
  paraT6Far: { anchor: 'T6', offset: [-0.03, 0, -0.068], normal: [0.04, 0, 1] },
  /** lower thoracic paraspinals, opposite side */
  paraT9Far: { anchor: 'T9', offset: [-0.03, 0, -0.071], normal: [0.04, 0.11, 0.99] },
  /** T6 spinous process */
  spinousT6: { anchor: 'T6', offset: [0, 0, -0.061], normal: [0, -0.04, 1] },
  /** upper rib angles, same side */
  ribAngleT4: { anchor: 'T4', offset: [0.055, 0, -0.069], normal: [0.03, -0.27, 0.96] },
  /** mid rib angles, same side */
  ribAngleT7: { anchor: 'T7', offset: [0.06, 0, -0.068], normal: [0.08, 0, 1] },
  /** lower ribs from behind, same side */
  lowerRibsBack: { anchor: 'T11', offset: [0.075, 0, -0.069], normal: [-0.34, 0.2, 0.92] },
  /** cervical paraspinals at C4, same side */
  paraC4: { anchor: 'C4', offset: [0.02, 0, -0.056], normal: [-0.18, -0.52, 0.83] },
  /** cervical paraspinals at C4, opposite side */
  paraC4Far: { anchor: 'C4', offset: [-0.02, 0, -0.056], normal: [0.18, -0.52, 0.83] },
  /** posterolateral articular pillar of C4, same side */
  pillarC4: { anchor: 'C4', offset: [0.045, 0, -0.045], normal: [-0.48, -0.6, 0.64] },
  /** posterolateral articular pillar of C4, opposite side */
  pillarC4Far: { anchor: 'C4', offset: [-0.045, 0, -0.045], normal: [0.48, -0.6, 0.64] },
  /** anterior tip of the C5 transverse process (scalene attachment) */
  anteriorC5: { anchor: 'C5', offset: [0.049, 0, 0.05], normal: [-0.83, -0.06, -0.55] },
  /** below the occipital ridge, same side */
  suboccipital: { anchor: 'head', offset: [0.025, -0.01, -0.072], normal: [-0.44, 0.55, 0.71] },
  /** below the occipital ridge, opposite side */
  suboccipitalFar: { anchor: 'head', offset: [-0.025, -0.01, -0.072], normal: [0.44, 0.55, 0.71] },
  /** occipital squama, midline */
  occiputSquama: { anchor: 'head', offset: [0, 0.045, -0.105], normal: [0, 0.12, 0.99] },
  /** occipital squama just beside the midline, same side */
  occiputSquamaSame: {
    anchor: 'head',
    offset: [0.013, 0.045, -0.104],
    normal: [-0.23, 0.12, 0.96],
  },
  /** occipital squama just beside the midline, opposite side */
  occiputSquamaFar: { anchor: 'head', offset: [-0.013, 0.045, -0.104], normal: [0.23, 0.12, 0.96] },
  /** back of the head (cradle) */
  occiputCradle: { anchor: 'head', offset: [0, 0.039, -0.104], normal: [0, 0.18, 0.98] },
  /** top of the head */
  vertex: { anchor: 'head', offset: [0, 0.154, -0.005], normal: [0, -1, -0.04] },
  /** forehead */
  forehead: { anchor: 'head', offset: [0, 0.06, 0.098], normal: [0, -0.25, -0.97] },
  /** side of the head, opposite side */
  templeFar: { anchor: 'head', offset: [-0.073, 0.05, 0], normal: [1, -0.03, -0.05] },
  /** under the chin */
  chin: { anchor: 'jaw', offset: [0, -0.071, 0.076], normal: [0, 0.69, -0.72] },
  /** angle of the mandible, same side */
  jawAngle: { anchor: 'jaw', offset: [0.065, -0.027, 0.01], normal: [-0.91, 0.4, 0.06] },
  /** front of the chest over the mid sternum */
  sternumMid: { anchor: 'T6', offset: [0, 0, 0.165], normal: [-0.02, -0.34, -0.94] },
  /** upper chest below the clavicle, same side */
  upperChest: { anchor: 'T4', offset: [0.06, 0, 0.143], normal: [-0.2, -0.17, -0.96] },
  /** upper chest below the clavicle, opposite side */
  upperChestFar: { anchor: 'T4', offset: [-0.06, 0, 0.143], normal: [0.2, -0.17, -0.96] },
  /** clavicle and first rib, same side */
  firstRibFront: { anchor: 'T1', offset: [0.055, 0.008, 0.073], normal: [-0.46, -0.5, -0.74] },
  /** clavicle and first rib, opposite side */
  firstRibFrontFar: { anchor: 'T1', offset: [-0.055, 0.008, 0.073], normal: [0.46, -0.5, -0.74] },
  /** behind the first thoracic transverse process, same side */
  t1Back: { anchor: 'T1', offset: [0.03, 0, -0.064], normal: [-0.16, -0.34, 0.93] },
  /** behind the first thoracic transverse process, opposite side */
  t1BackFar: { anchor: 'T1', offset: [-0.03, 0, -0.064], normal: [0.16, -0.34, 0.93] },
  /** lower rib cage in front, same side */
  lowerRibsFront: { anchor: 'T11', offset: [0.075, 0, 0.135], normal: [-0.32, 0.24, -0.92] },
  /** below the costal margin beside the xiphoid, same side */
  costalMargin: { anchor: 'T11', offset: [0.035, -0.02, 0.142], normal: [-0.03, -0.03, -1] },
  /** below the costal margin beside the xiphoid, opposite side */
  costalMarginFar: { anchor: 'T11', offset: [-0.035, -0.02, 0.142], normal: [0.03, -0.03, -1] },
  /** left lower abdomen (sigmoid colon) in the canonical script */
  abdomenSigmoid: { anchor: 'L5', offset: [0.06, 0, 0.119], normal: [-0.3, 0.18, -0.94] },
  /** flank (descending colon), same side */
  abdomenDescending: { anchor: 'L3', offset: [0.085, 0, 0.093], normal: [-0.61, -0.02, -0.79] },
  /** upper abdomen (transverse colon) */
  abdomenTransverse: { anchor: 'L1', offset: [0, 0, 0.121], normal: [-0.02, 0.06, -1] },
  /** flank (ascending colon), opposite side */
  abdomenAscending: { anchor: 'L3', offset: [-0.085, 0, 0.093], normal: [0.61, -0.02, -0.79] },
  /** lower abdomen, midline */
  abdomenLower: { anchor: 'L5', offset: [0, 0, 0.122], normal: [0, 0.18, -0.98] },
  /** lower abdomen, opposite side */
  abdomenLowerFar: { anchor: 'L5', offset: [-0.04, 0, 0.123], normal: [0.11, 0.2, -0.97] },
  /** front of the shoulder */
  shoulderFront: {
    anchor: 'shoulder.same',
    offset: [-0.01, 0, 0.053],
    normal: [-0.12, -0.22, -0.97],
  },
  /** top of the shoulder over clavicle and acromion */
  shoulderTop: {
    anchor: 'scapula.same',
    offset: [-0.022, 0.045, -0.003],
    normal: [-0.25, -0.96, -0.14],
  },
  /** top of the shoulder girdle over the acromion (stays put while the arm moves) */
  shoulderGirdleTop: {
    anchor: 'scapula.same',
    offset: [0.031, 0.027, -0.005],
    normal: [-0.6, -0.8, 0.06],
  },
  /** lateral upper arm */
  upperArmLateral: {
    anchor: 'shoulder.same',
    offset: [0.048, -0.14, 0],
    normal: [-0.97, -0.08, -0.22],
  },
  /** back of the elbow */
  elbowBack: { anchor: 'elbow.same', offset: [0, 0, -0.036], normal: [-0.11, 0.01, 0.99] },
  /** front of the elbow */
  elbowFront: { anchor: 'elbow.same', offset: [0, 0, 0.039], normal: [-0.04, -0.09, -1] },
  /** front of the forearm */
  forearmFront: { anchor: 'forearm.same', offset: [0, 0, 0.025], normal: [0.03, 0, -1] },
  /** front of the wrist */
  wristFront: { anchor: 'wrist.same', offset: [0, 0, 0.02], normal: [0.02, -0.48, -0.87] },
  /** back of the elbow, opposite arm */
  elbowBackFar: { anchor: 'elbow.opposite', offset: [0, 0, -0.036], normal: [0.11, 0.01, 0.99] },
} as const satisfies Record<string, ContactPoint>;

export type SkinPointId = keyof typeof SKIN;
