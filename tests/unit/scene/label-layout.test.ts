import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from '../../../src/scene/label-layout';

const overlap = (
  a: { left: number; top: number; w: number; h: number },
  b: { left: number; top: number; w: number; h: number },
) => a.left < b.left + b.w && a.left + a.w > b.left && a.top < b.top + b.h && a.top + a.h > b.top;

/** The placed rectangles, checked pairwise for overlaps. */
function placedRects(boxes: LabelBox[], out: { left: number; top: number }[]) {
  const rects = out.map((p, i) => ({ left: p.left, top: p.top, w: boxes[i]!.w, h: boxes[i]!.h }));
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(false);
  return rects;
}

describe('placeLabels', () => {
  it('fans labels away from the body: left anchors get labels to their left, right ones to their right', () => {
    const [l, r] = placeLabels(
      [
        { x: 300, y: 200, w: 120, h: 24 },
        { x: 700, y: 200, w: 120, h: 24 },
      ],
      1000,
    );
    expect(l!.left + 120).toBeLessThanOrEqual(300);
    expect(r!.left).toBeGreaterThanOrEqual(700);
    // The dot marks the anchor.
    expect(l!.left + l!.dotX).toBe(300);
    expect(r!.top + r!.dotY).toBe(200);
  });

  it('keeps a label inside a narrow view and moves it off its own anchor', () => {
    const [p] = placeLabels([{ x: 60, y: 100, w: 200, h: 24 }], 390);
    expect(p!.left).toBeGreaterThanOrEqual(0);
    expect(p!.left + 200).toBeLessThanOrEqual(390);
    // The anchor is not under the label's text.
    expect(100 < p!.top || 100 > p!.top + 24).toBe(true);
  });

  it('never overlaps two labels, whatever the anchors (property)', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 390 }),
      y: fc.integer({ min: 0, max: 700 }),
      w: fc.integer({ min: 40, max: 260 }),
      h: fc.integer({ min: 16, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 12 }), (boxes: LabelBox[]) => {
        const rects = placedRects(boxes, placeLabels(boxes, 390));
        for (const r of rects) {
          expect(r.left).toBeGreaterThanOrEqual(0);
          expect(r.left + r.w).toBeLessThanOrEqual(390);
        }
      }),
    );
  });

  it('keeps labels above a panel at the bottom, still without overlaps (property)', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 900 }),
      y: fc.integer({ min: 0, max: 700 }),
      w: fc.integer({ min: 40, max: 220 }),
      h: fc.integer({ min: 16, max: 44 }),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 8 }), (boxes: LabelBox[]) => {
        const rects = placedRects(boxes, placeLabels(boxes, 900, 520));
        for (const r of rects) expect(r.top + r.h).toBeLessThanOrEqual(520);
      }),
    );
  });

  it("covers no anchor dot, its own or another label's, even above a bottom panel (property)", () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 390 }),
      y: fc.integer({ min: 0, max: 700 }),
      w: fc.integer({ min: 40, max: 260 }),
      h: fc.integer({ min: 16, max: 30 }),
    });
    const bottoms = fc.oneof(
      fc.constant(Number.POSITIVE_INFINITY),
      fc.integer({ min: 200, max: 800 }),
    );
    fc.assert(
      fc.property(fc.array(box, { maxLength: 8 }), bottoms, (boxes: LabelBox[], bottom) => {
        const out = placeLabels(boxes, 390, bottom);
        for (let i = 0; i < boxes.length; i++)
          for (const dot of boxes) {
            const p = out[i]!;
            const onDot =
              dot.x > p.left - 4 &&
              dot.x < p.left + boxes[i]!.w + 4 &&
              dot.y > p.top - 4 &&
              dot.y < p.top + boxes[i]!.h + 4;
            expect(onDot).toBe(false);
          }
      }),
    );
  });

  it("two regions close together (the chest and the thoracic spine from the front): neither label sits on the other's dot", () => {
    const chest = { x: 217, y: 278, w: 176, h: 27 };
    const spine = { x: 210, y: 285, w: 196, h: 27 };
    const [a, b] = placeLabels([chest, spine], 390);
    for (const [p, box] of [
      [a!, chest],
      [b!, spine],
    ] as const)
      for (const dot of [chest, spine])
        expect(
          dot.x > p.left - 4 &&
            dot.x < p.left + box.w + 4 &&
            dot.y > p.top - 4 &&
            dot.y < p.top + box.h + 4,
        ).toBe(false);
  });
});
