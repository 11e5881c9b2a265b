import type { Camera } from 'three';
import { Vector3 } from 'three';
import type { ArrowKind } from '../../content/animation-schema';

/** Arrow slots per kind; the stage draws at most this many operator and patient arrows. */
export const MAX_ARROWS = 3;
export const ARROW_SLOTS = 2 * MAX_ARROWS;
/** Operator arrows take slots 0–2, the patient's effort 3–5: each keeps its colour and shape. */
export const slotKind = (slot: number): ArrowKind => (slot < MAX_ARROWS ? 'operator' : 'patient');

interface LabelSlot {
  el: HTMLElement | null;
  text: HTMLElement | null;
  shown: string;
  visible: boolean;
  /** Where the label points, world space (the outer end of its arrow). */
  anchor: Vector3;
  x: number;
  y: number;
  w: number;
  h: number;
  right: boolean;
  /** Position chosen this frame (px). */
  nextLeft: number;
  nextTop: number;
  /** Last written position (px), so unchanged labels cost no style write. */
  left: number;
  top: number;
  dx: number;
  dy: number;
}

/**
 * The force labels drawn over the canvas: the DOM layer registers one element per arrow slot,
 * the stage writes each slot's text and anchor, `projectForceLabels` places them every drawn frame
 * beside their arrows without overlapping one another (no React state per frame).
 */
export const forceLabels: LabelSlot[] = Array.from({ length: ARROW_SLOTS }, () => ({
  el: null,
  text: null,
  shown: '',
  visible: false,
  anchor: new Vector3(),
  x: 0,
  y: 0,
  w: 0,
  h: 0,
  right: true,
  nextLeft: 0,
  nextTop: 0,
  left: NaN,
  top: NaN,
  dx: NaN,
  dy: NaN,
}));

/** Shows slot `i` with `label` (the DOM is touched only when the words change). */
export function setForceLabel(i: number, label: string | null): void {
  const s = forceLabels[i];
  if (!s) return;
  s.visible = label !== null;
  if (s.el) s.el.style.visibility = s.visible ? 'visible' : 'hidden';
  if (label !== null && label !== s.shown && s.text) {
    s.text.textContent = label;
    s.shown = label;
  }
}

const v = new Vector3();
const order: LabelSlot[] = [];
const GAP = 6;
const OFFSET = 26;
/** Insertion sort: a handful of labels, and no work array allocated per frame (Array#sort may). */
function sortByY(list: LabelSlot[]) {
  for (let i = 1; i < list.length; i++) {
    const s = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]!.y > s.y) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = s;
  }
}

/**
 * Projects each visible label's anchor and places the label beside it: to the right of the arrow
 * on the left part of the canvas, to the left otherwise; a label that would cover another is
 * pushed down below it; all are kept above `bottom` (the top of the player) and inside the canvas.
 */
export function projectForceLabels(
  camera: Camera,
  width: number,
  height: number,
  bottom: number,
): void {
  order.length = 0;
  for (const s of forceLabels) {
    if (!s.visible || !s.el) continue;
    v.copy(s.anchor).project(camera);
    if (v.z > 1) {
      s.el.style.visibility = 'hidden';
      continue;
    }
    s.el.style.visibility = 'visible';
    s.x = ((v.x + 1) / 2) * width;
    s.y = ((1 - v.y) / 2) * height;
    s.w = s.el.offsetWidth;
    s.h = s.el.offsetHeight;
    s.right = s.x < width * 0.55;
    order.push(s);
  }
  sortByY(order);
  const limit = Math.min(height, bottom) - GAP;
  // Top to bottom, each label goes beside its arrow and below any placed label it would cover.
  for (let i = 0; i < order.length; i++) {
    const s = order[i]!;
    s.nextLeft = Math.round(
      s.right ? Math.min(s.x + OFFSET, width - s.w - GAP) : Math.max(s.x - OFFSET - s.w, GAP),
    );
    let top = Math.max(s.y - s.h / 2, GAP);
    for (let moved = true, guard = 0; moved && guard < order.length; guard++) {
      moved = false;
      for (let j = 0; j < i; j++) {
        const p = order[j]!;
        const overlaps =
          s.nextLeft < p.nextLeft + p.w + GAP &&
          p.nextLeft < s.nextLeft + s.w + GAP &&
          top < p.nextTop + p.h + GAP &&
          p.nextTop < top + s.h + GAP;
        if (overlaps) {
          top = p.nextTop + p.h + GAP;
          moved = true;
        }
      }
    }
    s.nextTop = Math.round(Math.min(top, limit - s.h));
    write(s);
  }
}

function write(s: LabelSlot) {
  if (!s.el) return;
  const left = s.nextLeft;
  const top = s.nextTop;
  const dx = Math.round(s.x - left);
  const dy = Math.round(s.y - top);
  // Style strings are written only when the label or its dot actually moves.
  if (left === s.left && top === s.top && dx === s.dx && dy === s.dy) return;
  s.left = left;
  s.top = top;
  s.dx = dx;
  s.dy = dy;
  s.el.style.transform = `translate(${left}px, ${top}px)`;
  s.el.style.setProperty('--dot-x', `${dx}px`);
  s.el.style.setProperty('--dot-y', `${dy}px`);
}
