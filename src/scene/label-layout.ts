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
/** The anchor dot's box (px): no label may cover a dot, its own or another label's. */
const DOT = 12;
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

// Scratch kept between calls: the frame loop lays labels out every drawn frame without allocating
// once the arrays have grown to the number of labels.
interface Rect {
  left: number;
  top: number;
  w: number;
  h: number;
}
const placed: Rect[] = [];
let placedCount = 0;
const order: number[] = [];

function overlapsPlaced(left: number, top: number, w: number, h: number): Rect | null {
  for (let k = 0; k < placedCount; k++) {
    const p = placed[k]!;
    const across = left < p.left + p.w + GAP && left + w + GAP > p.left;
    const down = top < p.top + p.h + GAP && top + h + GAP > p.top;
    if (across && down) return p;
  }
  return null;
}

/**
 * Lays out labels beside their anchors without overlaps: anchors on the left half get labels that
 * extend to the left, the others to the right, so they fan away from the body; labels are nudged
 * down past any label already placed and past every anchor dot (two regions close together, such
 * as the chest and the thoracic spine seen from the front, would otherwise have one label sit on
 * the other's dot). On a narrow view (a phone, a split-screen slide) a label is
 * kept inside the view; when that pushes it over its own anchor it drops just below the anchor so
 * the dot stays clear of the text. A label that would reach below `bottom` (the top of a panel
 * over the canvas) is moved up past the placed labels instead. Results are in the order of
 * `boxes`, written into `out` when given (reused objects: no allocation per call).
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  width: number,
  bottom = Number.POSITIVE_INFINITY,
  out: LabelPlacement[] = [],
): LabelPlacement[] {
  const n = boxes.length;
  while (out.length < n) out.push({ left: 0, top: 0, dotX: 0, dotY: 0 });
  out.length = n;
  order.length = n;
  for (let i = 0; i < n; i++) order[i] = i;
  // Insertion sort by anchor height (a handful of labels; Array#sort may allocate).
  for (let i = 1; i < n; i++) {
    const k = order[i]!;
    let j = i - 1;
    while (j >= 0 && boxes[order[j]!]!.y > boxes[k]!.y) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = k;
  }
  // Every anchor dot is an obstacle from the start.
  placedCount = 0;
  for (let i = 0; i < n; i++) {
    const b = boxes[i]!;
    if (placed.length <= placedCount) placed.push({ left: 0, top: 0, w: 0, h: 0 });
    const r = placed[placedCount++]!;
    r.left = b.x - DOT / 2;
    r.top = b.y - DOT / 2;
    r.w = DOT;
    r.h = DOT;
  }
  for (let pass = 0; pass < 2; pass++) {
    const leftSide = pass === 0;
    for (let o = 0; o < n; o++) {
      const i = order[o]!;
      const b = boxes[i]!;
      if (b.x < width / 2 !== leftSide) continue;
      const left = clamp(leftSide ? b.x - b.w - OFFSET : b.x + OFFSET, EDGE, width - b.w - EDGE);
      const covers = b.x > left - 8 && b.x < left + b.w + 8;
      let top = covers ? b.y + 10 : b.y - b.h / 2;
      // Push down past every placed label this one would overlap, until it overlaps none.
      for (let p = overlapsPlaced(left, top, b.w, b.h); p; p = overlapsPlaced(left, top, b.w, b.h))
        // Always moves on: with fractional sizes the sum can round back onto the same label.
        top = Math.max(p.top + p.h + GAP, top + 0.5);
      if (top + b.h > bottom - EDGE) {
        // No room below: go up from the bottom edge past the labels in the way.
        top = bottom - EDGE - b.h;
        for (
          let p = overlapsPlaced(left, top, b.w, b.h);
          p;
          p = overlapsPlaced(left, top, b.w, b.h)
        )
          top = Math.min(p.top - b.h - GAP, top - 0.5);
      }
      if (placed.length <= placedCount) placed.push({ left: 0, top: 0, w: 0, h: 0 });
      const r = placed[placedCount++]!;
      r.left = left;
      r.top = top;
      r.w = b.w;
      r.h = b.h;
      const p = out[i]!;
      p.left = left;
      p.top = top;
      p.dotX = b.x - left;
      p.dotY = b.y - top;
    }
  }
  return out;
}
