/**
 * Every hand contact of every script lands on the skin: measured against the skin's signed
 * distance field (the surface the body generator polygonises) in the rest pose, for both sides,
 * and — once models/body.glb exists — against the vertices of its skin mesh. Contacts are rigid
 * offsets from their anchor joint, so a contact on the rest skin stays on the posed segment.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOINTS } from '../../../src/body/rig';
import { evalItems } from '../../../src/body/sdf';
import { skinItems } from '../../../src/body/skin';
import { animationScriptSchema } from '../../../src/content/animation-schema';
import { animations } from '../../../src/content/animations';
import type { Side } from '../../../src/content/ids';
import { compileTimeline, createFrame, evaluateInto } from '../../../src/domain/timeline';

const RIG = { joints: JOINTS };
const items = skinItems();
const sdf = (p: readonly number[]) => evalItems(items, p[0]!, p[1]!, p[2]!);
const rest = new Map(JOINTS.map((j) => [j.id, j.position]));

interface RestContact {
  where: string;
  point: [number, number, number];
  normal: [number, number, number];
}

/** Every distinct hand contact of every script, in the rest frame, for both sides. */
function restContacts(): RestContact[] {
  const out: RestContact[] = [];
  for (const [id, input] of Object.entries(animations)) {
    const script = animationScriptSchema.parse(input);
    for (const side of ['left', 'right'] as Side[]) {
      const tl = compileTimeline(script, side, RIG);
      const seen = new Set<unknown>();
      for (const inst of tl.instances)
        for (const c of [...inst.handTo, ...inst.handFrom]) {
          if (!c || seen.has(c)) continue;
          seen.add(c);
          const j = rest.get(c.joint)!;
          out.push({
            where: `${id} (${side}) ${inst.info.id} @${c.joint}`,
            point: [j[0] + c.offset[0], j[1] + c.offset[1], j[2] + c.offset[2]],
            normal: c.normal,
          });
        }
    }
  }
  return out;
}

const contacts = restContacts();

/** Distance from p to the segment between joints a and b of a posed skeleton. */
function segmentDistance(p: readonly number[], pos: Float64Array, a: number, b: number): number {
  const ax = pos[a * 3]!,
    ay = pos[a * 3 + 1]!,
    az = pos[a * 3 + 2]!;
  const dx = pos[b * 3]! - ax,
    dy = pos[b * 3 + 1]! - ay,
    dz = pos[b * 3 + 2]! - az;
  const len2 = dx * dx + dy * dy + dz * dz || 1;
  const t = Math.max(
    0,
    Math.min(1, ((p[0]! - ax) * dx + (p[1]! - ay) * dy + (p[2]! - az) * dz) / len2),
  );
  return Math.hypot(p[0]! - ax - t * dx, p[1]! - ay - t * dy, p[2]! - az - t * dz);
}

describe('hand contacts', () => {
  it('there are contacts to check', () => {
    expect(contacts.length).toBeGreaterThan(100);
  });

  it('every contact lies on the skin surface (|signed distance| ≤ 1.5 cm) in the rest pose', () => {
    const bad = contacts
      .map((c) => ({ c, d: sdf(c.point) }))
      .filter(({ d }) => Math.abs(d) > 0.015)
      .map(({ c, d }) => `${c.where}: ${(d * 100).toFixed(1)} cm`);
    expect(bad).toEqual([]);
  });

  it('every palm normal points into the body', () => {
    const h = 1e-4;
    const bad: string[] = [];
    for (const c of contacts) {
      const g = [0, 1, 2].map((k) => {
        const a = [...c.point];
        const b = [...c.point];
        a[k]! += h;
        b[k]! -= h;
        return (sdf(a) - sdf(b)) / (2 * h);
      });
      const l = Math.hypot(...g) || 1;
      const dot = -(g[0]! * c.normal[0] + g[1]! * c.normal[1] + g[2]! * c.normal[2]) / l;
      if (dot < 0.7) bad.push(`${c.where}: cos ${dot.toFixed(2)}`);
    }
    expect(bad).toEqual([]);
  });

  it('hands in contact stay on the posed body (within 18 cm of the nearest posed bone segment)', () => {
    const bad: string[] = [];
    for (const [id, input] of Object.entries(animations)) {
      const script = animationScriptSchema.parse(input);
      for (const side of ['left', 'right'] as Side[]) {
        const tl = compileTimeline(script, side, RIG);
        const frame = createFrame(tl);
        const sk = tl.skeleton;
        for (const inst of tl.instances)
          for (const u of [0.5, 1]) {
            evaluateInto(
              frame,
              tl,
              inst.info.start + u * inst.info.duration - (u === 1 ? 1e-9 : 0),
            );
            for (const hnd of frame.hands) {
              if (!hnd.inContact) continue;
              let best = Infinity;
              for (let j = 0; j < sk.ids.length; j++) {
                const p = sk.parent[j]!;
                if (p < 0) continue;
                best = Math.min(best, segmentDistance(hnd.position, sk.worldPos, p, j));
              }
              if (best > 0.18) bad.push(`${id} ${side} ${inst.info.id}: ${best.toFixed(3)} m`);
            }
          }
      }
    }
    expect(bad).toEqual([]);
  });

  it('a contact anchored to a limb joint lies on that limb, so it moves with the skin under it', () => {
    // The top of the shoulder anchored to the humerus floated off the shoulder as the arm moved:
    // the skin there belongs to the shoulder girdle. In the rest pose, the bones the anchor moves
    // must be (about) the nearest to the contact.
    const sk = compileTimeline(
      animationScriptSchema.parse(Object.values(animations)[0]),
      'left',
      RIG,
    ).skeleton;
    const pos = new Float64Array(sk.rest);
    const movedBy = (anchor: number, j: number) => {
      for (let k = j; k >= 0; k = sk.parent[k]!) if (k === anchor) return true;
      return false;
    };
    const bad: string[] = [];
    for (const c of contacts) {
      const joint = c.where.split('@')[1]!;
      if (!joint.includes('.')) continue; // spine, pelvis and head contacts: not limbs
      // The greater trochanter is part of the femur, though off the hip–knee line of the rig.
      if (c.where.includes('toward-trochanter')) continue;
      const anchor = sk.index.get(joint)!;
      let nearest = Infinity;
      let own = Infinity;
      for (let j = 0; j < sk.ids.length; j++) {
        const p = sk.parent[j]!;
        if (p < 0) continue;
        const d = segmentDistance(c.point, pos, p, j);
        nearest = Math.min(nearest, d);
        if (movedBy(anchor, p)) own = Math.min(own, d);
      }
      if (own - nearest > 0.02)
        bad.push(`${c.where}: ${((own - nearest) * 100).toFixed(1)} cm nearer another bone`);
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  const glb = resolve(import.meta.dirname, '../../../models/body.glb');
  it.skipIf(!existsSync(glb))(
    'every contact is within 2 cm of a vertex of the skin mesh in models/body.glb',
    async () => {
      const { NodeIO } = await import('@gltf-transform/core');
      const { EXTMeshoptCompression, KHRMeshQuantization } =
        await import('@gltf-transform/extensions');
      const { MeshoptDecoder } = await import('meshoptimizer');
      await MeshoptDecoder.ready;
      const io = new NodeIO()
        .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
        .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
      const doc = await io.read(glb);
      const node = doc
        .getRoot()
        .listNodes()
        .find((n) => n.getName() === 'skin' || n.getMesh()?.getName() === 'skin');
      expect(node, 'a node named skin').toBeTruthy();
      // Quantised skinned mesh: the dequantisation lives in the inverse bind matrices, so in the bind
      // pose a vertex lands at (joint world matrix · inverse bind matrix) · v, for any joint.
      const skin = node!.getSkin()!;
      const J = skin.listJoints()[0]!.getWorldMatrix();
      const ibm: number[] = [];
      skin.getInverseBindMatrices()!.getElement(0, ibm);
      const m = new Array<number>(16).fill(0);
      for (let c = 0; c < 4; c++)
        for (let r = 0; r < 4; r++)
          for (let k = 0; k < 4; k++) m[c * 4 + r]! += J[k * 4 + r]! * ibm[c * 4 + k]!;
      const verts: number[] = [];
      for (const prim of node!.getMesh()!.listPrimitives()) {
        const pos = prim.getAttribute('POSITION')!;
        const el: number[] = [];
        for (let i = 0; i < pos.getCount(); i++) {
          pos.getElement(i, el);
          const [x, y, z] = el as [number, number, number];
          verts.push(
            m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
            m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
            m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
          );
        }
      }
      // uniform grid for nearest-vertex queries
      const cell = 0.04;
      const grid = new Map<string, number[]>();
      const key = (x: number, y: number, z: number) =>
        `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
      for (let i = 0; i < verts.length; i += 3) {
        const k = key(verts[i]!, verts[i + 1]!, verts[i + 2]!);
        (grid.get(k) ?? grid.set(k, []).get(k)!).push(i);
      }
      const nearest = (p: readonly number[]) => {
        let best = Infinity;
        const [cx, cy, cz] = p.map((v) => Math.floor(v / cell)) as [number, number, number];
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++)
            for (let dz = -1; dz <= 1; dz++)
              for (const i of grid.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? [])
                best = Math.min(
                  best,
                  Math.hypot(verts[i]! - p[0]!, verts[i + 1]! - p[1]!, verts[i + 2]! - p[2]!),
                );
        return best;
      };
      const bad = contacts
        .map((c) => ({ c, d: nearest(c.point) }))
        .filter(({ d }) => d > 0.02)
        .map(({ c, d }) => `${c.where}: ${(d * 100).toFixed(1)} cm`);
      expect(bad).toEqual([]);
    },
  );
});
