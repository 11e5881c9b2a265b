import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassroomServer, type ClassroomServer } from '../../../server/classroom-server';
import { resolveInside } from '../../../server/static-files';

/** The built app served by the class server (a small stand-in build in a temporary folder). */

let root = '';
let server: ClassroomServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'class-dist-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'sw.js'), 'self.skipWaiting()');
  await writeFile(join(root, 'manifest.webmanifest'), '{}');
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(root, 'body.glb'), 'glTF');
  server = await createClassroomServer({ port: 0, host: '127.0.0.1', distDir: root });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url));

/** A raw request, so the path reaches the server exactly as written (fetch would tidy `..`). */
function rawBody(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });
}

describe('the app from the class server', () => {
  it('serves index.html for / and for app paths, never cached stale', async () => {
    for (const path of ['/', '/index.html', '/some/app/path']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>app</title>');
    }
  });

  it('serves files with their content types; hashed assets cached for good', async () => {
    const script = await get('/assets/index-abc123.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    const worker = await get('/sw.js');
    expect(await worker.text()).toBe('self.skipWaiting()');
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toContain(
      'application/manifest+json',
    );
    expect((await get('/body.glb')).headers.get('content-type')).toBe('model/gltf-binary');
    expect((await get('/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the build', async () => {
    for (const path of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/a/..%2f..%2f..%2fetc']) {
      const resolved = resolveInside('/srv/dist', path);
      expect(resolved === null || resolved.startsWith('/srv/dist/')).toBe(true);
    }
    // Climbing out lands back inside the build: the app (or a 404), never the system file.
    for (const path of [
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/../../etc/passwd',
    ]) {
      expect(await rawBody(path)).not.toContain('root:');
    }
  });
});
