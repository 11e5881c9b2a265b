/**
 * Anthropometric landmarks of the generated body, as fractions of stature H.
 *
 * Source: segment-length proportions of Drillis & Contini (1966), "Body segment parameters",
 * Report 1166-03, New York University, as tabulated in D. A. Winter, *Biomechanics and Motor Control
 * of Human Movement*, 4th ed., Wiley 2009, ch. 4 (Fig. 4.1 "Body segment lengths expressed as a
 * fraction of body height H").
 *
 * Spinal levels (iliac crests at L4, inferior angle of the scapula near T7, vertebra prominens C7,
 * sternal angle at T4/5) are the usual surface-anatomy levels given in Standring (ed.), *Gray's
 * Anatomy*, 42nd ed., 2020 (surface anatomy of the back and thorax).
 *
 * The tests in tests/unit/body measure these on the generated geometry, not on these constants.
 */

/** Stature in metres. */
export const STATURE = 1.75;

/** Heights (fraction of H, from the floor) and widths (fraction of H). */
export const PROPORTIONS = {
  /** Eye level (Winter Fig. 4.1). Measured: mean height of the skin 'orbit' region. */
  eye: 0.936,
  /** Chin (Winter). Measured: lowest skin vertex of the 'face' region. */
  chin: 0.87,
  /** Shoulder = acromion (Winter). Measured: highest point of the scapula bone (acromion). */
  acromion: 0.818,
  /** Chest = nipple level (Winter). Measured: most anterior point of the skin 'chest' region. */
  chest: 0.72,
  /** Elbow joint axis (Winter). Measured: between the distal humerus and proximal ulna. */
  elbow: 0.63,
  /** Hip = greater trochanter (Winter). Measured: lateral-most point of the femur. */
  greaterTrochanter: 0.53,
  /** Wrist joint axis (Winter). Measured: between the distal radius and the carpus. */
  wrist: 0.485,
  /**
   * 'Knuckle' (Winter Fig. 4.1 marks 0.377H at the distal end of the hand segment, hand length
   * 0.108H = 0.485H − 0.377H). We place the tip of the middle finger there; measured as the lowest
   * point of the hand skeleton.
   */
  knuckle: 0.377,
  /** Knee joint axis (Winter). Measured: between the distal femur and the proximal tibia. */
  knee: 0.285,
  /** Ankle joint axis (Winter). Measured: lower end of the tibia (plafond). */
  ankle: 0.039,
  /** Shoulder width, bideltoid (Winter 0.259H). Measured: skin width across the shoulders. */
  shoulderWidth: 0.259,
  /** Hip width (Winter 0.191H). Measured: skin width of the 'hip' regions. */
  hipWidth: 0.191,
  /** Foot length (Winter 0.152H). Measured: heel-to-toe length of the skin 'foot'/'sole'. */
  footLength: 0.152,
} as const;

export type ProportionId = keyof typeof PROPORTIONS;

/** Metres. */
export const LM = Object.fromEntries(
  Object.entries(PROPORTIONS).map(([k, v]) => [k, v * STATURE]),
) as Record<ProportionId, number>;

/** Rounded to the millimetre so the generator is independent of float noise in the table. */
const mm = (v: number) => Math.round(v * 1000) / 1000;

/**
 * Key skeletal points (metres, Y up, +Z forward, +X = the figure's left) from which the rig, the
 * bones, the muscles and the skin are built. Left side given; the right side mirrors x.
 */
export const POINTS = {
  // lower limb
  hip: [0.088, mm(LM.greaterTrochanter), 0.01] as const,
  knee: [0.095, mm(LM.knee), 0.005] as const,
  ankle: [0.098, mm(LM.ankle), -0.01] as const,
  heel: [0.098, 0.0, -0.072] as const,
  toeTip: [0.118, 0.0, mm(-0.072 + LM.footLength - 0.006)] as const,
  // upper limb (palms forward)
  shoulder: [0.178, 1.405, -0.015] as const,
  acromion: [0.185, mm(LM.acromion - 0.006), -0.012] as const,
  elbow: [0.202, mm(LM.elbow), -0.025] as const,
  wrist: [0.228, mm(LM.wrist), 0.0] as const,
  fingerTip: [0.232, mm(LM.knuckle + 0.004), 0.012] as const,
  sternoclavicular: [0.022, 1.418, 0.07] as const,
  // head
  eye: [0.032, mm(LM.eye), 0.072] as const,
  chin: [0.0, mm(LM.chin), 0.095] as const,
  headJoint: [0.0, 1.6, -0.005] as const,
} as const;

/**
 * Vertebral body centres, from L5 up to C1 (metres). Lumbar lordosis, thoracic kyphosis and
 * cervical lordosis via z. Iliac crests (y ≈ 1.07) lie at L4; T7 at the inferior scapular angle
 * (y ≈ 1.30); C7 (vertebra prominens) near y = 1.49.
 */
export const VERTEBRAE: readonly { id: string; y: number; z: number; size: number }[] = (() => {
  const out: { id: string; y: number; z: number; size: number }[] = [];
  // lumbar: 3.8 cm per level incl. disc
  const lumbarY = [1.02, 1.058, 1.096, 1.134, 1.172];
  const lumbarZ = [-0.028, -0.018, -0.012, -0.012, -0.018];
  for (let i = 0; i < 5; i++)
    out.push({ id: `L${5 - i}`, y: lumbarY[i]!, z: lumbarZ[i]!, size: 1.0 - i * 0.03 });
  // thoracic T12..T1: 2.9 cm (T12) down to 2.0 cm (T1)
  let y = 1.172;
  for (let n = 12; n >= 1; n--) {
    const step = 0.02 + ((n - 1) / 11) * 0.009;
    y += step;
    const t = (12 - n) / 11; // 0 at T12, 1 at T1
    // kyphosis: most posterior around T6-T7
    const z = -0.028 - 0.026 * Math.sin(Math.PI * Math.min(1, t * 1.05)) - 0.008 * t;
    out.push({ id: `T${n}`, y: mm(y), z: mm(z), size: 0.85 - 0.3 * t });
  }
  // cervical C7..C1: 1.6 cm per level
  for (let n = 7; n >= 1; n--) {
    y += n === 7 ? 0.019 : 0.0155;
    const t = (7 - n) / 6;
    const z = -0.038 + 0.022 * Math.sin(Math.PI * 0.8 * t);
    out.push({ id: `C${n}`, y: mm(y), z: mm(z), size: 0.5 - 0.05 * t });
  }
  return out;
})();

export const vertebra = (id: string) => {
  const v = VERTEBRAE.find((x) => x.id === id);
  if (!v) throw new Error(`unknown vertebra ${id}`);
  return v;
};
