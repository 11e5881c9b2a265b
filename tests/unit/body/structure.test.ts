// @vitest-environment node
import { statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUSCLE_PAIRING, SURFACE_REGIONS, VISCERAL_REGIONS } from '../../../src/content/ids';
import { JOINTS } from '../../../src/body/rig';
import { GLB_PATH, loadBody } from './glb';

const expand = (pairing: Record<string, string>) =>
  Object.entries(pairing).flatMap(([id, p]) =>
    p === 'paired' ? [`${id}.left`, `${id}.right`] : [id],
  );

const countByPart = (part: Uint16Array, n: number) => {
  const c = new Array<number>(n).fill(0);
  for (const p of part) c[p] = (c[p] ?? 0) + 1;
  return c;
};

describe('body GLB structure and conventions', () => {
  it('has four skinned layer meshes sharing one skin, each with id, layer and partIds extras', async () => {
    const { doc, layers } = await loadBody();
    expect(Object.keys(layers).sort()).toEqual(['muscles', 'organs', 'skeleton', 'skin']);
    const skins = doc.getRoot().listSkins();
    expect(skins).toHaveLength(1);
    for (const [layer, l] of Object.entries(layers)) {
      expect(l.node.getSkin()).toBe(skins[0]);
      const ex = l.node.getExtras() as { id: string; layer: string; partIds: string[] };
      expect(ex.layer).toBe(layer);
      expect(ex.id).toBe(layer);
      expect(new Set(ex.partIds).size).toBe(ex.partIds.length);
      for (const p of l.part) expect(p).toBeLessThan(ex.partIds.length);
    }
  });

  it('names every joint by id and gives it its clinical motion axes', async () => {
    const { doc } = await loadBody();
    const joints = doc.getRoot().listSkins()[0]!.listJoints();
    const ids = joints.map((j) => (j.getExtras() as { id: string }).id);
    expect(ids).toEqual(JOINTS.map((j) => j.id));
    for (const id of [
      'pelvis',
      'hip.left',
      'knee.right',
      'ankle.left',
      'shoulder.left',
      'elbow.right',
      'wrist.left',
      'L5',
      'L1',
      'T12',
      'T1',
      'C7',
      'C1',
      'head',
      'scapula.left',
      'clavicle.right',
    ])
      expect(ids).toContain(id);
    const hip = joints.find((j) => (j.getExtras() as { id: string }).id === 'hip.left')!;
    expect((hip.getExtras() as { motions: Record<string, number[]> }).motions).toEqual({
      flexion: [-1, 0, 0],
      abduction: [0, 0, 1],
      internalRotation: [0, -1, 0],
    });
  });

  it('gives every surface region skin vertices, and every skin vertex one region', async () => {
    const { layers } = await loadBody();
    const skin = layers.skin!;
    const counts = countByPart(skin.part, skin.partIds.length);
    for (const id of expand(SURFACE_REGIONS)) {
      const i = skin.partIds.indexOf(id);
      expect(i, id).toBeGreaterThanOrEqual(0);
      expect(counts[i], id).toBeGreaterThan(10);
    }
    const valid = new Set(expand(SURFACE_REGIONS));
    for (const id of skin.partIds) expect(valid.has(id), id).toBe(true);
  });

  it('models every muscle of the content, every organ, and the named bones', async () => {
    const { layers } = await loadBody();
    for (const [layer, ids] of [
      ['muscles', expand(MUSCLE_PAIRING)],
      ['organs', expand(VISCERAL_REGIONS)],
      [
        'skeleton',
        [
          'cranium',
          'mandible',
          'C1',
          'C7',
          'T1',
          'T12',
          'L1',
          'L5',
          'sacrum',
          'coccyx',
          'innominate.left',
          'rib-1.left',
          'rib-12.right',
          'sternum',
          'clavicle.left',
          'scapula.right',
          'humerus.left',
          'radius.left',
          'ulna.left',
          'carpals.left',
          'metacarpal-1.left',
          'phalanges-5.right',
          'femur.left',
          'patella.left',
          'tibia.right',
          'fibula.left',
          'talus.left',
          'calcaneus.left',
          'metatarsal-1.left',
          'toe-phalanges-5.right',
        ],
      ],
    ] as const) {
      const l = layers[layer]!;
      const counts = countByPart(l.part, l.partIds.length);
      for (const id of ids) {
        const i = l.partIds.indexOf(id);
        expect(i, `${layer}: ${id}`).toBeGreaterThanOrEqual(0);
        expect(counts[i], `${layer}: ${id}`).toBeGreaterThan(8);
      }
    }
    expect(layers.muscles!.partIds.length).toBeGreaterThanOrEqual(2 * 40 + 1);
  });

  it('has a closed, manifold skin (every edge shared by exactly two triangles)', async () => {
    const { layers } = await loadBody();
    const ix = layers.skin!.indices;
    const edges = new Map<number, number>();
    for (let t = 0; t < ix.length; t += 3)
      for (let s = 0; s < 3; s++) {
        const a = ix[t + s]!,
          b = ix[t + ((s + 1) % 3)]!;
        const k = a < b ? a * 1048576 + b : b * 1048576 + a;
        edges.set(k, (edges.get(k) ?? 0) + 1);
      }
    let bad = 0;
    for (const c of edges.values()) if (c !== 2) bad++;
    expect(bad).toBe(0);
  });

  it('has skin weights summing to 1 on every layer, on valid joints', async () => {
    const { layers } = await loadBody();
    for (const [name, l] of Object.entries(layers)) {
      // Counted, then checked once: an expect per vertex (hundreds of thousands) is slow.
      let badSums = 0;
      for (let v = 0; v < l.weights.length / 4; v++) {
        const s =
          l.weights[v * 4]! + l.weights[v * 4 + 1]! + l.weights[v * 4 + 2]! + l.weights[v * 4 + 3]!;
        if (!(Math.abs(s - 1) < 0.01)) badSums++;
      }
      expect(badSums, `${name}: vertices whose weights do not sum to 1`).toBe(0);
      expect(l.joints.filter((j) => !(j < JOINTS.length)).length, `${name}: bad joints`).toBe(0);
    }
  });

  it('respects the budgets', async () => {
    const { layers } = await loadBody();
    const tris = Object.fromEntries(
      Object.entries(layers).map(([k, l]) => [k, l.indices.length / 3]),
    );
    expect(tris.skin).toBeLessThanOrEqual(60000);
    expect(Object.values(tris).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(300000);
    const dir = dirname(GLB_PATH);
    const total = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(2.5 * 1024 * 1024);
  });
});

describe('layers nest inside the skin', () => {
  it('keeps bones, muscles and organs under the skin surface (bones may graze it by ≤ 8 mm)', async () => {
    const { skinItems } = await import('../../../src/body/skin');
    const { cullItems, evalItems } = await import('../../../src/body/sdf');
    const items = skinItems();
    const { layers } = await loadBody();
    const limit = { skeleton: 0.008, muscles: 0.003, organs: 0.003 } as const;
    for (const [name, tol] of Object.entries(limit)) {
      const l = layers[name]!;
      let worst = 0;
      for (let v = 0; v < l.part.length; v += 2) {
        const x = l.positions[v * 3]!,
          y = l.positions[v * 3 + 1]!,
          z = l.positions[v * 3 + 2]!;
        const near = cullItems(
          items,
          [x - 0.01, y - 0.01, z - 0.01],
          [x + 0.01, y + 0.01, z + 0.01],
          0.01,
        );
        worst = Math.max(worst, evalItems(near, x, y, z));
      }
      expect(worst, name).toBeLessThanOrEqual(tol);
    }
  });
});
