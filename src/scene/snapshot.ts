/**
 * "Export image": renders the current view at a fixed size (1920×1080 by default) with the R3F
 * renderer, copies the frame into a 2D canvas in the same task (so no preserveDrawingBuffer is
 * needed), restores the on-screen size, then draws the body labels, the force labels of a playing
 * technique (as on screen: who pushes and how) and a legend with the 2D API.
 */
import {
  PerspectiveCamera,
  Vector2,
  Vector3,
  type Camera,
  type Scene,
  type WebGLRenderer,
} from 'three';
import { findPart } from './body-parts';
import { bodyRuntime } from './body-runtime';
import { ARROW_COLORS } from './technique/ForceArrow';
import { FORCE_MARK, FORCE_WHO, forceLabels, slotKind } from './technique/force-labels';
import type { ArrowKind } from '../content/animation-schema';

export interface SnapshotSource {
  gl: WebGLRenderer;
  scene: Scene;
  camera: Camera;
  /** Asks R3F for a fresh frame once the on-screen size is back. */
  invalidate: () => void;
}

/** Registered by `SnapshotRegistrar` inside the Canvas; null while there is no 3D view. */
export const snapshotSource: { current: SnapshotSource | null } = { current: null };

export interface SnapshotLabel {
  /** Part id whose anchor the label points at (`knee.left`). */
  id: string;
  text: string;
  /** Small words under the name ("pain felt here"). */
  role: string;
  color: string;
  numbers: number[];
}

export interface SnapshotLegend {
  title: string;
  lines: string[];
  keys: { color: string; text: string }[];
  footer: string;
}

export interface SnapshotOptions {
  width?: number;
  height?: number;
  labels: SnapshotLabel[];
  legend: SnapshotLegend;
}

const v = new Vector3();
const toCamera = new Vector3();
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Renders the scene off the on-screen size and returns the finished picture. */
export function renderSnapshot(options: SnapshotOptions): HTMLCanvasElement {
  const source = snapshotSource.current;
  if (!source) throw new Error('the 3D view is not available');
  const { gl, scene, camera, invalidate } = source;
  const width = options.width ?? 1920;
  const height = options.height ?? 1080;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');

  const oldSize = gl.getSize(new Vector2());
  const oldRatio = gl.getPixelRatio();
  const perspective = camera instanceof PerspectiveCamera ? camera : null;
  const oldAspect = perspective?.aspect ?? 1;
  const points = new Map<string, { x: number; y: number; front: boolean }>();
  const forces: ForcePoint[] = [];
  try {
    gl.setPixelRatio(1);
    gl.setSize(width, height, false);
    if (perspective) {
      perspective.aspect = width / height;
      perspective.updateProjectionMatrix();
    }
    gl.render(scene, camera);
    // Same task as the render: the drawing buffer still holds the frame.
    ctx.drawImage(gl.domElement, 0, 0, width, height);
    for (const label of options.labels) {
      const info = findPart(bodyRuntime.parts, label.id);
      if (!info) continue;
      v.copy(info.anchor);
      toCamera.subVectors(camera.position, v);
      const front = toCamera.dot(info.normal) > -0.2 * toCamera.length();
      v.project(camera);
      if (v.z >= 1) continue;
      points.set(label.id, { x: ((v.x + 1) / 2) * width, y: ((1 - v.y) / 2) * height, front });
    }
    forceLabels.forEach((slot, i) => {
      if (!slot.visible || !slot.words) return;
      v.copy(slot.anchor).project(camera);
      if (v.z >= 1) return;
      const x = ((v.x + 1) / 2) * width;
      const y = ((1 - v.y) / 2) * height;
      forces.push({ kind: slotKind(i), text: slot.words, x, y });
    });
  } finally {
    gl.setPixelRatio(oldRatio);
    gl.setSize(oldSize.x, oldSize.y, false);
    if (perspective) {
      perspective.aspect = oldAspect;
      perspective.updateProjectionMatrix();
    }
    invalidate();
  }
  const legend = layoutLegend(ctx, options.legend, width, height);
  const used = drawLabels(ctx, options.labels, points, width, legend.rect);
  drawForceLabels(ctx, forces, width, height, [legend.rect, ...used]);
  legend.draw();
  return out;
}

/** A leader line from an anchor to its label box, and a ringed dot on the anchor. */
function drawLeader(
  ctx: CanvasRenderingContext2D,
  from: { x: number; y: number },
  to: { x: number; y: number },
  color: string,
  style: { width: number; dot: number; dash: number[] },
) {
  ctx.strokeStyle = color;
  ctx.lineWidth = style.width;
  ctx.setLineDash(style.dash);
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  ctx.lineTo(to.x, to.y);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(from.x, from.y, style.dot, 0, Math.PI * 2);
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#000';
  ctx.stroke();
}

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: SnapshotLabel[],
  points: Map<string, { x: number; y: number; front: boolean }>,
  width: number,
  avoid: Rect,
): Rect[] {
  const used: Rect[] = [];
  const size = Math.round(width / 60); // 32 px at 1920 wide
  const small = Math.round(size * 0.62);
  const placed = labels
    .map((l) => ({ label: l, p: points.get(l.id) }))
    .filter(
      (e): e is { label: SnapshotLabel; p: { x: number; y: number; front: boolean } } => !!e.p,
    )
    .sort((a, b) => a.p.y - b.p.y);
  const h = size + small + 18;
  // Labels on the left half extend to the left, unless they would land on the legend.
  const sideOf = new Map<SnapshotLabel, boolean>();
  for (const { label, p } of placed) {
    let left = p.x < width / 2;
    if (
      left &&
      p.y > avoid.y - h &&
      p.y < avoid.y + avoid.h + h &&
      p.x - 40 < avoid.x + avoid.w + 420
    )
      left = false;
    sideOf.set(label, left);
  }
  for (const left of [true, false]) {
    let bottom = -Infinity;
    for (const { label, p } of placed) {
      if (sideOf.get(label) !== left) continue;
      ctx.font = `700 ${size}px ${FONT}`;
      const nameW = ctx.measureText(label.text).width;
      ctx.font = `600 ${small}px ${FONT}`;
      const roleW = ctx.measureText(label.role.toUpperCase()).width;
      const numW = label.numbers.length * (size + 6);
      const w = Math.max(nameW, roleW) + numW + 34;
      const top = Math.max(p.y - h / 2, bottom + 8);
      bottom = top + h;
      const x = left ? p.x - w - 40 : p.x + 40;
      used.push({ x, y: top, w, h });
      // Leader line and dot on the body (dashed when the point is on the far side).
      drawLeader(ctx, p, { x: left ? x + w : x, y: top + h / 2 }, label.color, {
        width: 4,
        dot: 9,
        dash: p.front ? [] : [10, 8],
      });
      // Box.
      ctx.fillStyle = 'rgba(0, 0, 0, 0.88)';
      roundRect(ctx, x, top, w, h, 14);
      ctx.fill();
      ctx.lineWidth = 4;
      ctx.strokeStyle = label.color;
      ctx.stroke();
      let tx = x + 14;
      for (const n of label.numbers) {
        ctx.fillStyle = label.color;
        ctx.beginPath();
        ctx.arc(tx + size / 2, top + h / 2, size / 2, 0, Math.PI * 2);
        ctx.fill();
        ctx.fillStyle = '#000';
        ctx.font = `800 ${Math.round(size * 0.7)}px ${FONT}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(String(n), tx + size / 2, top + h / 2 + 1);
        tx += size + 6;
      }
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      ctx.fillStyle = '#fff';
      ctx.font = `700 ${size}px ${FONT}`;
      ctx.fillText(label.text, tx + 6, top + 7);
      ctx.fillStyle = '#d6dde6';
      ctx.font = `600 ${small}px ${FONT}`;
      ctx.fillText(label.role.toUpperCase(), tx + 6, top + 9 + size);
    }
  }
  return used;
}

interface ForcePoint {
  kind: ArrowKind;
  text: string;
  /** The label's anchor (outer end of its arrow), picture pixels. */
  x: number;
  y: number;
}

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/**
 * The force labels as the player shows them: who ("Operator" / "Patient effort", in the arrow's
 * colour, dashed for the patient) and the script's words, beside the arrow with a dot on its end,
 * pushed down past the body labels, the legend and each other.
 */
function drawForceLabels(
  ctx: CanvasRenderingContext2D,
  forces: ForcePoint[],
  width: number,
  height: number,
  avoid: Rect[],
) {
  const size = Math.round(width / 72); // ~27 px at 1920 wide
  const small = Math.round(size * 0.72);
  const pad = Math.round(size * 0.55);
  const maxText = Math.round(width * 0.2);
  const taken = [...avoid];
  for (const f of [...forces].sort((a, b) => a.y - b.y)) {
    const color = ARROW_COLORS[f.kind];
    ctx.font = `600 ${size}px ${FONT}`;
    const lines = wrap(ctx, f.text, maxText);
    const textW = Math.max(...lines.map((l) => ctx.measureText(l).width));
    ctx.font = `700 ${small}px ${FONT}`;
    const who = `${FORCE_MARK[f.kind]} ${FORCE_WHO[f.kind].toUpperCase()}`;
    const w = Math.max(textW, ctx.measureText(who).width) + 2 * pad;
    const h = pad * 2 + small * 1.25 + lines.length * size * 1.25;
    const right = f.x < width * 0.55;
    const box: Rect = {
      x: Math.min(Math.max(right ? f.x + 36 : f.x - 36 - w, 8), width - w - 8),
      y: Math.max(f.y - h / 2, 8),
      w,
      h,
    };
    for (let hit = taken.find((r) => overlaps(box, r, 8)); hit;) {
      box.y = hit.y + hit.h + 8;
      hit = taken.find((r) => overlaps(box, r, 8));
    }
    box.y = Math.min(box.y, height - h - 8);
    taken.push(box);
    // Leader and dot on the arrow's end.
    drawLeader(ctx, f, { x: right ? box.x : box.x + w, y: box.y + h / 2 }, color, {
      width: 3,
      dot: 8,
      dash: [],
    });
    ctx.fillStyle = 'rgba(14, 18, 24, 0.92)';
    roundRect(ctx, box.x, box.y, w, h, 12);
    ctx.fill();
    ctx.lineWidth = 4;
    ctx.strokeStyle = color;
    ctx.setLineDash(f.kind === 'patient' ? [12, 8] : []);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = color;
    ctx.font = `700 ${small}px ${FONT}`;
    ctx.fillText(who, box.x + pad, box.y + pad);
    ctx.fillStyle = '#fff';
    ctx.font = `600 ${size}px ${FONT}`;
    lines.forEach((l, k) =>
      ctx.fillText(l, box.x + pad, box.y + pad + small * 1.25 + k * size * 1.25),
    );
  }
}

function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > max && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function layoutLegend(
  ctx: CanvasRenderingContext2D,
  legend: SnapshotLegend,
  width: number,
  height: number,
): { rect: Rect; draw: () => void } {
  const pad = Math.round(width / 64);
  const title = Math.round(width / 48); // 40 px at 1920
  const body = Math.round(width / 70); // ~27 px
  const boxW = Math.round(width * 0.34);
  ctx.font = `700 ${title}px ${FONT}`;
  const titleLines = wrap(ctx, legend.title, boxW - 2 * pad);
  ctx.font = `500 ${body}px ${FONT}`;
  const bodyLines = legend.lines.flatMap((l) => wrap(ctx, l, boxW - 2 * pad));
  const lineH = body * 1.35;
  const boxH =
    pad * 2 +
    titleLines.length * title * 1.2 +
    (legend.keys.length ? lineH * legend.keys.length + pad / 2 : 0) +
    bodyLines.length * lineH;
  const rect = { x: pad, y: pad, w: boxW, h: boxH };
  const draw = () => {
    ctx.fillStyle = 'rgba(0, 0, 0, 0.85)';
    roundRect(ctx, pad, pad, boxW, boxH, 16);
    ctx.fill();
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    let y = pad * 2;
    ctx.fillStyle = '#fff';
    ctx.font = `700 ${title}px ${FONT}`;
    for (const l of titleLines) {
      ctx.fillText(l, pad * 2, y);
      y += title * 1.2;
    }
    ctx.font = `600 ${body}px ${FONT}`;
    if (legend.keys.length) y += pad / 2;
    for (const key of legend.keys) {
      ctx.fillStyle = key.color;
      ctx.beginPath();
      ctx.arc(pad * 2 + body / 2, y + body / 2 + 2, body / 2, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.fillText(key.text, pad * 2 + body * 1.6, y);
      y += lineH;
    }
    ctx.font = `500 ${body}px ${FONT}`;
    ctx.fillStyle = '#d6dde6';
    for (const l of bodyLines) {
      ctx.fillText(l, pad * 2, y);
      y += lineH;
    }
    // Footer: where the picture comes from.
    ctx.font = `500 ${Math.round(body * 0.8)}px ${FONT}`;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.fillText(legend.footer, width - pad, height - pad);
    ctx.textAlign = 'left';
  };
  return { rect, draw };
}
