/** A label to place: its anchor on screen (px) and its size. */
export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a label goes: its top-left corner and its anchor dot relative to that corner. */
export interface LabelPlacement {
  left: number;
  top: number;
  dotX: number;
  dotY: number;
}

const GAP = 4;
const EDGE = 4;
const OFFSET = 14;
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/**
 * Lays out labels beside their anchors without overlaps: anchors on the left half get labels that
 * extend to the left, the others to the right, so they fan away from the body; labels are nudged
 * down past any label already placed. On a narrow view (a phone, a split-screen slide) a label is
 * kept inside the view; when that pushes it over its own anchor it drops just below the anchor so
 * the dot stays clear of the text. Results are in the order of `boxes`.
 */
export function placeLabels(boxes: readonly LabelBox[], width: number): LabelPlacement[] {
  const out: LabelPlacement[] = boxes.map(() => ({ left: 0, top: 0, dotX: 0, dotY: 0 }));
  const placed: { left: number; top: number; w: number; h: number }[] = [];
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.y - boxes[b]!.y);
  for (const leftSide of [true, false]) {
    for (const i of order) {
      const b = boxes[i]!;
      if (b.x < width / 2 !== leftSide) continue;
      const left = clamp(leftSide ? b.x - b.w - OFFSET : b.x + OFFSET, EDGE, width - b.w - EDGE);
      const covers = b.x > left - 8 && b.x < left + b.w + 8;
      let top = covers ? b.y + 10 : b.y - b.h / 2;
      // Push down past every placed label this one would overlap, until it overlaps none.
      for (let moved = true; moved;) {
        moved = false;
        for (const p of placed) {
          const across = left < p.left + p.w + GAP && left + b.w + GAP > p.left;
          const down = top < p.top + p.h + GAP && top + b.h + GAP > p.top;
          if (across && down) {
            top = p.top + p.h + GAP;
            moved = true;
          }
        }
      }
      placed.push({ left, top, w: b.w, h: b.h });
      out[i] = { left, top, dotX: b.x - left, dotY: b.y - top };
    }
  }
  return out;
}
