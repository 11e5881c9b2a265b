import { describe, expect, it } from 'vitest';
import { GLOW_BAND, skinGlowWeights } from '../../../src/scene/skin-glow';

/** A flat patch of "skin" in the z = 0 plane, 1 cm spacing, 30 cm square, centred on the origin. */
function sheet(): Float32Array {
  const out: number[] = [];
  for (let i = -15; i <= 15; i++) for (let j = -15; j <= 15; j++) out.push(i / 100, j / 100, 0);
  return new Float32Array(out);
}
const at = (skin: Float32Array, x: number, y: number) => {
  for (let i = 0; i < skin.length / 3; i++)
    if (Math.abs(skin[i * 3]! - x) < 1e-6 && Math.abs(skin[i * 3 + 1]! - y) < 1e-6) return i;
  throw new Error('no vertex there');
};

describe('skin glow over treated structures', () => {
  it('a superficial strip glows in its own outline and nowhere else', () => {
    const skin = sheet();
    // a strip 5 mm under the skin along x, from -10 to +10 cm at y = 0
    const strip: number[] = [];
    for (let x = -10; x <= 10; x++) strip.push(x / 100, 0, -0.005);
    const w = skinGlowWeights(skin, new Float32Array(strip));
    expect(w[at(skin, 0, 0)]).toBe(1);
    expect(w[at(skin, 0.1, 0)]).toBe(1);
    expect(w[at(skin, 0, 0.01)]).toBeGreaterThan(0);
    // beyond the strip's ends and well beside it: no glow
    expect(w[at(skin, 0.14, 0)]).toBe(0);
    expect(w[at(skin, 0, 0.05)]).toBe(0);
  });

  it('a deep structure glows on the nearest patch of skin, fading over the band', () => {
    const skin = sheet();
    const w = skinGlowWeights(skin, new Float32Array([0.03, -0.02, -0.06]));
    expect(w[at(skin, 0.03, -0.02)]).toBe(1);
    // the footprint's edge: distance depth + band from the point
    const reach = Math.sqrt((0.06 + GLOW_BAND) ** 2 - 0.06 ** 2);
    const inside = Math.floor(reach * 100 - 1) / 100;
    expect(w[at(skin, 0.03 + inside, -0.02)]).toBeGreaterThan(0);
    expect(w[at(skin, 0.03 + Math.ceil(reach * 100 + 1) / 100, -0.02)]).toBe(0);
    for (const v of w) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('no structure, no glow', () => {
    expect(skinGlowWeights(sheet(), new Float32Array()).every((v) => v === 0)).toBe(true);
  });
});
