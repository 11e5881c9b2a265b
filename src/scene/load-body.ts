import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

export const BODY_URL = 'models/body.glb';

export type BodyLoad =
  { status: 'ready'; scene: Group } | { status: 'missing' } | { status: 'failed'; message: string };

const GLB_MAGIC = 0x46546c67; // 'glTF'

let pending: Promise<BodyLoad> | null = null;

/**
 * Loads the generated body once. A server answers a missing file with the app page (SPA
 * fallback), so the magic number, not the status code, tells "model not built" apart.
 */
export function loadBody(url = BODY_URL): Promise<BodyLoad> {
  pending ??= (async (): Promise<BodyLoad> => {
    let buffer: ArrayBuffer;
    try {
      const res = await fetch(url);
      if (res.status === 404) return { status: 'missing' };
      if (!res.ok) return { status: 'failed', message: `the server answered ${res.status}` };
      buffer = await res.arrayBuffer();
    } catch (e) {
      return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
    if (buffer.byteLength < 12 || new DataView(buffer).getUint32(0, true) !== GLB_MAGIC)
      return { status: 'missing' };
    try {
      const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
      const gltf = await loader.parseAsync(buffer, '');
      return { status: 'ready', scene: gltf.scene };
    } catch (e) {
      return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  })();
  return pending;
}
