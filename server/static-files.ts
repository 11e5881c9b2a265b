import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/**
 * Serves the built app (`dist/`) from the class server, so one process and one port give the
 * lecturer and the students everything. Hashed assets are cached for good; `index.html` and the
 * service worker are revalidated every time, so an updated build reaches everyone.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.ktx2': 'image/ktx2',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Files that must never be served stale: the page and the service worker that caches it. */
function cacheControlOf(relative: string): string {
  if (relative.startsWith(`assets${sep}`)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** The file under `root` a URL path names, or null when it would step outside `root`. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.split(/[/\\]/).includes('..')) return null;
  const path = join(root, relative);
  return path === root || path.startsWith(`${root}${sep}`) ? path : null;
}

async function fileAt(path: string): Promise<{ size: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { size: info.size } : null;
  } catch {
    return null;
  }
}

/** Answers GET/HEAD for the built app; unknown paths without a file extension get the app. */
export async function serveStatic(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const urlPath = new URL(request.url ?? '/', 'http://x').pathname;
  let path = resolveInside(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  let file = path ? await fileAt(path) : null;
  if (!file && extname(urlPath) === '') {
    path = join(root, 'index.html');
    file = await fileAt(path);
  }
  if (!path || !file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const relative = path.slice(root.length).replace(/^[/\\]+/, '');
  response.writeHead(200, {
    'Content-Type': contentTypeOf(path),
    'Content-Length': file.size,
    'Cache-Control': cacheControlOf(relative),
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(path).pipe(response);
}
