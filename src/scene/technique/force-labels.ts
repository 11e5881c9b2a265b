import type { Camera } from 'three';
import { Vector3 } from 'three';
import type { ArrowKind } from '../../content/animation-schema';
import { placeLabels, type LabelBox, type LabelPlacement } from '../label-layout';

/** Arrow slots per kind; the stage draws at most this many operator and patient arrows. */
export const MAX_ARROWS = 3;
export const ARROW_SLOTS = 2 * MAX_ARROWS;
/** Operator arrows take slots 0–2, the patient's effort 3–5: each keeps its colour and shape. */
export const slotKind = (slot: number): ArrowKind => (slot < MAX_ARROWS ? 'operator' : 'patient');
/** Who a force label speaks of, and its mark (on screen and in exported pictures alike). */
export const FORCE_WHO: Record<ArrowKind, string> = {
  operator: 'Operator',
  patient: 'Patient effort',
};
export const FORCE_MARK: Record<ArrowKind, string> = { operator: '➜', patient: '⇢' };

interface LabelSlot {
  el: HTMLElement | null;
  text: HTMLElement | null;
  /** The words the DOM element shows (reset when the element is replaced). */
  shown: string;
  /** The words of the slot's arrow now, '' when unused (what an exported picture draws). */
  words: string;
  visible: boolean;
  /** Where the label points, world space (the outer end of its arrow). */
  anchor: Vector3;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Projected and measured this frame, waiting for the layout. */
  placed: boolean;
  /** Last written position (px), so unchanged labels cost no style write. */
  left: number;
  top: number;
  dx: number;
  dy: number;
}

/**
 * The force labels drawn over the canvas: the DOM layer registers one element per arrow slot,
 * the stage writes each slot's text and anchor, `projectForceLabels` projects them every drawn
 * frame and `layoutScreenLabels` places them beside their arrows together with the region labels
 * (no React state per frame).
 */
export const forceLabels: LabelSlot[] = Array.from({ length: ARROW_SLOTS }, () => ({
  el: null,
  text: null,
  shown: '',
  words: '',
  visible: false,
  anchor: new Vector3(),
  x: 0,
  y: 0,
  w: 0,
  h: 0,
  placed: false,
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
  s.words = label ?? '';
  if (s.el) s.el.style.visibility = s.visible ? 'visible' : 'hidden';
  if (label !== null && label !== s.shown && s.text) {
    s.text.textContent = label;
    s.shown = label;
  }
}

const v = new Vector3();

/**
 * Projects each visible label's anchor (the outer end of its arrow) to the canvas and measures the
 * label; `layoutScreenLabels` then places it. Runs every drawn frame, before the layout.
 */
export function projectForceLabels(camera: Camera, width: number, height: number): void {
  for (const s of forceLabels) {
    s.placed = false;
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
    s.placed = true;
  }
}

/** A DOM label over the canvas with its projected anchor and size (px). */
export interface ScreenLabel extends LabelBox {
  el: HTMLElement;
}

const boxes: LabelBox[] = [];
const layout: LabelPlacement[] = [];

/**
 * Lays out the region labels (`regions`, projected by the label projector) and the force labels
 * projected this frame in ONE placement (label-layout.ts), so neither kind covers the other; all of
 * them stay above `bottom` (the top of the technique player) and inside the canvas. Writes each
 * label's position and dot; no allocation per frame once the arrays have grown.
 */
export function layoutScreenLabels(
  regions: readonly ScreenLabel[],
  width: number,
  bottom: number,
): void {
  boxes.length = 0;
  for (let i = 0; i < regions.length; i++) boxes.push(regions[i]!);
  const first = boxes.length;
  for (const s of forceLabels) if (s.placed) boxes.push(s);
  placeLabels(boxes, width, bottom, layout);
  for (let i = 0; i < first; i++) writeLabel(regions[i]!.el, layout[i]!);
  let k = first;
  for (const s of forceLabels) if (s.placed) writeSlot(s, layout[k++]!);
}

function writeLabel(el: HTMLElement, p: LabelPlacement) {
  el.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
  el.style.setProperty('--dot-x', `${Math.round(p.dotX)}px`);
  el.style.setProperty('--dot-y', `${Math.round(p.dotY)}px`);
}

function writeSlot(s: LabelSlot, p: LabelPlacement) {
  if (!s.el) return;
  const left = Math.round(p.left);
  const top = Math.round(p.top);
  const dx = Math.round(p.dotX);
  const dy = Math.round(p.dotY);
  // Style strings are written only when the label or its dot actually moves.
  if (left === s.left && top === s.top && dx === s.dx && dy === s.dy) return;
  s.left = left;
  s.top = top;
  s.dx = dx;
  s.dy = dy;
  writeLabel(s.el, p);
}
