// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PROPORTIONS, STATURE, type ProportionId } from '../../../src/body/landmarks';
import { loadBody, partVertices } from './glb';

const H = STATURE;
const min = (v: [number, number, number][], a: number) => Math.min(...v.map((p) => p[a]!));
const max = (v: [number, number, number][], a: number) => Math.max(...v.map((p) => p[a]!));

/** Each landmark measured on the generated geometry (skin or skeleton), in metres. */
async function measure(): Promise<Record<ProportionId, number>> {
  const { layers } = await loadBody();
  const skin = layers.skin!,
    bones = layers.skeleton!;
  const orbit = partVertices(skin, ['orbit.left', 'orbit.right']);
  const chest = partVertices(skin, 'chest.left');
  const chestFront = chest.reduce((a, b) => (b[2] > a[2] ? b : a));
  const femur = partVertices(bones, 'femur.left');
  const trochanter = femur.reduce((a, b) => (b[0] > a[0] ? b : a));
  const acromionY = max(partVertices(bones, 'scapula.left'), 1);
  const allSkin: [number, number, number][] = [];
  for (let v = 0; v < skin.positions.length / 3; v++)
    allSkin.push([skin.positions[v * 3]!, skin.positions[v * 3 + 1]!, skin.positions[v * 3 + 2]!]);
  const shoulderBand = allSkin.filter((p) => p[1] > acromionY - 0.12 && p[1] < acromionY + 0.02);
  const hips = partVertices(skin, ['hip.left', 'hip.right']);
  const foot = partVertices(skin, ['foot.left', 'sole.left', 'ankle.left']).filter(
    (p) => p[1] < 0.1,
  );
  return {
    eye: orbit.reduce((s, p) => s + p[1], 0) / orbit.length,
    chin: min(partVertices(skin, 'face'), 1),
    acromion: acromionY,
    chest: chestFront[1],
    elbow:
      (min(partVertices(bones, 'humerus.left'), 1) + max(partVertices(bones, 'ulna.left'), 1)) / 2,
    greaterTrochanter: trochanter[1],
    wrist:
      (min(partVertices(bones, 'radius.left'), 1) + max(partVertices(bones, 'carpals.left'), 1)) /
      2,
    knuckle: min(partVertices(bones, 'phalanges-3.left'), 1),
    knee: (min(femur, 1) + max(partVertices(bones, 'tibia.left'), 1)) / 2,
    ankle: max(partVertices(bones, 'talus.left'), 1),
    shoulderWidth: max(shoulderBand, 0) - min(shoulderBand, 0),
    hipWidth: max(hips, 0) - min(hips, 0),
    footLength: max(foot, 2) - min(foot, 2),
  };
}

describe('body proportions (Drillis & Contini via Winter), measured on the geometry', () => {
  it('stands 1.75 m tall with feet on the floor', async () => {
    const { layers } = await loadBody();
    const p = layers.skin!.positions;
    let lo = Infinity,
      hi = -Infinity;
    for (let i = 1; i < p.length; i += 3) {
      lo = Math.min(lo, p[i]!);
      hi = Math.max(hi, p[i]!);
    }
    expect(lo).toBeGreaterThan(-0.003);
    expect(lo).toBeLessThan(0.004);
    expect(hi).toBeGreaterThan(H * 0.985);
    expect(hi).toBeLessThan(H * 1.01);
  });

  for (const id of Object.keys(PROPORTIONS) as ProportionId[]) {
    it(`${id} ≈ ${PROPORTIONS[id]}H (±3 %)`, async () => {
      const got = (await measure())[id] / H;
      expect(Math.abs(got - PROPORTIONS[id]) / PROPORTIONS[id]).toBeLessThanOrEqual(0.03);
    });
  }
});
