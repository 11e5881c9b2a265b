// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLayers, writeGlb } from '../../../src/body/build';
import { GLB_PATH } from './glb';

describe('body generator', () => {
  it('regenerates the committed models/body.glb byte for byte', { timeout: 300_000 }, async () => {
    const glb = await writeGlb(await buildLayers());
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(sha(glb)).toBe(sha(new Uint8Array(readFileSync(GLB_PATH))));
  });
});
