import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/scene/label-layout';

describe('label layout with fractional sizes', () => {
  it('ends when moving a label up past another lands a rounding error short of it', () => {
    // Found by a random search: (top - h - 4) + h + 4 rounds to just over `top`, so the label
    // kept overlapping the one it had just been moved above (the page hung in its frame loop).
    const boxes = [
      { x: 308.24821246325126, y: 155.4800366114767, w: 80, h: 22.03716700358776 },
      { x: 301.64856014100644, y: 150.0324983313236, w: 80, h: 28.623619234017767 },
    ];
    const out = placeLabels(boxes, 400, 154.32234277135586);
    expect(out).toHaveLength(2);
    const [a, b] = out;
    const apart = a!.top + boxes[0]!.h <= b!.top + 1e-6 || b!.top + boxes[1]!.h <= a!.top + 1e-6;
    expect(apart).toBe(true);
  });
});
