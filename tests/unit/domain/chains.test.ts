import { describe, expect, it } from 'vitest';
import { buildContentIndex } from '../../../src/domain/content-index';
import {
  chainPath,
  chainStructures,
  chainsForRegion,
  isSideDependent,
  resolveChain,
  resolveChainById,
} from '../../../src/domain/chains';
import { fixture } from './fixture';

const index = buildContentIndex(fixture());
const ids = (list: { chain: { id: string } }[]) => list.map((r) => r.chain.id);

describe('resolveChain', () => {
  it('resolves hip → opposite shoulder for a left hip', () => {
    const resolved = resolveChainById(index, 'hip-opposite-shoulder', 'left')!;
    expect(chainPath(resolved.links)).toEqual(['hip.left', 'lumbar-spine', 'shoulder.right']);
    expect(chainStructures(resolved.links)).toEqual([
      'gluteus-maximus.left',
      'thoracolumbar-fascia',
      'latissimus-dorsi.right',
    ]);
    expect(resolved.side).toBe('left');
    expect(resolved.sideDependent).toBe(true);
  });

  it('mirrors for a right hip', () => {
    const resolved = resolveChainById(index, 'hip-opposite-shoulder', 'right')!;
    expect(chainPath(resolved.links)).toEqual(['hip.right', 'lumbar-spine', 'shoulder.left']);
  });

  it('keeps absolute sides whatever is picked', () => {
    const chain = index.chains.get('gallbladder-shoulder')!;
    expect(isSideDependent(chain)).toBe(false);
    for (const side of ['left', 'right'] as const) {
      const resolved = resolveChain(chain, side);
      expect(chainPath(resolved.links)).toEqual(['gallbladder', 'shoulder.right', 'scapula.right']);
      expect(resolved.side).toBe('left'); // canonical when it does not matter
    }
  });

  it('answers undefined for an unknown chain', () => {
    expect(resolveChainById(index, 'nope', 'left')).toBeUndefined();
  });
});

describe('chainsForRegion', () => {
  it('left ankle starts a chain that reaches the left knee', () => {
    const { startingHere } = chainsForRegion(index, 'ankle.left');
    expect(ids(startingHere)).toEqual(['ankle-knee']);
    expect(startingHere[0]!.side).toBe('left');
    expect(chainPath(startingHere[0]!.links)).toContain('knee.left');
  });

  it('left knee is where that chain ends', () => {
    const { endingHere, startingHere } = chainsForRegion(index, 'knee.left');
    expect(ids(endingHere)).toEqual(['ankle-knee']);
    expect(startingHere).toEqual([]);
  });

  it('left hip leads to the right shoulder', () => {
    const { startingHere } = chainsForRegion(index, 'hip.left');
    const sling = startingHere.find((r) => r.chain.id === 'hip-opposite-shoulder')!;
    expect(sling.side).toBe('left');
    expect(sling.links.at(-1)!.to).toBe('shoulder.right');
  });

  it('right shoulder collects gallbladder, diaphragm and the left-hip sling', () => {
    const { endingHere } = chainsForRegion(index, 'shoulder.right');
    expect(ids(endingHere).sort()).toEqual(['diaphragm-shoulder', 'hip-opposite-shoulder'].sort());
    const sling = endingHere.find((r) => r.chain.id === 'hip-opposite-shoulder')!;
    expect(sling.links[0]!.from).toBe('hip.left');
    const diaphragm = endingHere.find((r) => r.chain.id === 'diaphragm-shoulder')!;
    expect(diaphragm.side).toBe('right');
    // The gallbladder chain passes the right shoulder on its way to the scapula.
    const { passingThrough } = chainsForRegion(index, 'shoulder.right');
    expect(ids(passingThrough)).toEqual(['gallbladder-shoulder']);
  });

  it('the left shoulder never sees the right-sided gallbladder chain', () => {
    const all = chainsForRegion(index, 'shoulder.left');
    const every = [...all.startingHere, ...all.endingHere, ...all.passingThrough];
    expect(ids(every)).not.toContain('gallbladder-shoulder');
  });

  it('gallbladder starts one chain to the right shoulder and scapula (deduplicated)', () => {
    const { startingHere } = chainsForRegion(index, 'gallbladder');
    expect(ids(startingHere)).toEqual(['gallbladder-shoulder']);
    expect(chainPath(startingHere[0]!.links)).toEqual([
      'gallbladder',
      'shoulder.right',
      'scapula.right',
    ]);
  });

  it('a midline start that spreads to a side appears once per side', () => {
    const { startingHere, passingThrough } = chainsForRegion(index, 'lumbar-spine');
    const radicular = startingHere.filter((r) => r.chain.id === 'lumbar-thigh');
    expect(radicular.map((r) => r.side)).toEqual(['left', 'right']);
    expect(radicular.map((r) => r.links[0]!.to)).toEqual(['thigh.left', 'thigh.right']);
    expect(ids(passingThrough)).toEqual(['hip-opposite-shoulder', 'hip-opposite-shoulder']);
  });

  it('a chain through midline regions only appears once, even with sided muscles', () => {
    const { startingHere } = chainsForRegion(index, 'lumbar-spine');
    const neck = startingHere.filter((r) => r.chain.id === 'lumbar-neck');
    expect(neck).toHaveLength(1);
    expect(neck[0]!.side).toBe('left');
    expect(neck[0]!.links[0]!.via).toEqual(['latissimus-dorsi.left']);
    expect(ids(chainsForRegion(index, 'cervical-spine').endingHere)).toEqual(['lumbar-neck']);
  });

  it('unknown or malformed regions touch nothing', () => {
    for (const id of ['nowhere', 'Ankle', 'ankle']) {
      const r = chainsForRegion(index, id);
      expect([...r.startingHere, ...r.endingHere, ...r.passingThrough]).toEqual([]);
    }
  });
});
