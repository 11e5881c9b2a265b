import { Color } from 'three';
import { describe, expect, it } from 'vitest';
import { MUSCLE_BASE_IDS } from '../../../src/content/ids';
import { muscleShade } from '../../../src/scene/muscle-shades';
import { BASE_COLORS } from '../../../src/scene/paint-colors';

const base = BASE_COLORS.muscles;
const hsl = (c: Color) => c.getHSL({ h: 0, s: 0, l: 0 });

describe('muscle shades', () => {
  it('gives both sides of a muscle the same shade and is deterministic', () => {
    expect(muscleShade('deltoid.left', base).equals(muscleShade('deltoid.right', base))).toBe(true);
    expect(muscleShade('soleus.left', base).getHex()).toBe(
      muscleShade('soleus.left', base).getHex(),
    );
  });

  it('varies between muscles but keeps every muscle red', () => {
    const muscles = MUSCLE_BASE_IDS.filter((id) => !/fascia|band/.test(id));
    const hexes = new Set(muscles.map((id) => muscleShade(id, base).getHex()));
    expect(hexes.size).toBeGreaterThan(muscles.length * 0.9);
    for (const id of muscles) {
      const { h, l } = hsl(muscleShade(id, base));
      const hue = h > 0.5 ? h - 1 : h;
      expect(Math.abs(hue - hsl(base).h), id).toBeLessThan(0.03);
      expect(Math.abs(l - hsl(base).l), id).toBeLessThan(0.08);
    }
  });

  it('draws fasciae paler than any muscle', () => {
    const darkestFascia = Math.min(
      ...['thoracolumbar-fascia', 'iliotibial-band.left', 'plantar-fascia.right'].map(
        (id) => hsl(muscleShade(id, base)).l,
      ),
    );
    for (const id of ['trapezius.left', 'gluteus-maximus.right', 'quadratus-lumborum.left'])
      expect(hsl(muscleShade(id, base)).l).toBeLessThan(darkestFascia - 0.2);
  });
});
