import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { Redis as RedisClient } from 'ioredis';
import { WebSocketServer } from 'ws';
import {
  CLASS_API,
  CLASS_LIMITS,
  CLASS_PROTOCOL_VERSION,
  CLASS_SERVICE,
  roomCodeSchema,
  type CreatedRoom,
  type Hello,
} from '../src/domain/classroom/protocol';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter, type RateRule } from './rate-limit';
import { MemoryRoomStore, RedisRoomStore, RoomRegistry } from './rooms';
import { serveStatic } from './static-files';
import { createSync, type ConnectionDefaults } from './sync';

export interface ClassroomServerOptions {
  port: number;
  host: string;
  /** The built app to serve; without it only the API and the sync engine answer. */
  distDir?: string;
  redisUrl?: string;
  /** Take the client address from X-Forwarded-For (only behind a proxy you trust). */
  trustProxy?: boolean;
  /** How often rooms are checked for expiry. */
  sweepMs?: number;
  now?: () => number;
  log?: (event: string) => void;
}

export interface ClassroomServer {
  url: string;
  port: number;
  /** Runs the expiry check now (it also runs every `sweepMs`). */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

/** Addresses students on the same network can open, loopback last (the lecturer's own laptop). */
export function studentUrls(port: number): string[] {
  const urls: string[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) urls.push(`http://${entry.address}:${port}/`);
    }
  }
  return [...urls.slice(0, 15), `http://127.0.0.1:${port}/`];
}

function sendJson(response: ServerResponse, status: number, body: unknown, extra = {}) {
  response
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...extra,
    })
    .end(JSON.stringify(body));
}

export async function createClassroomServer(
  options: ClassroomServerOptions,
): Promise<ClassroomServer> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const redis = options.redisUrl ? new RedisClient(options.redisUrl) : null;
  // ioredis reconnects by itself; without a listener each failed try would be an uncaught error.
  redis?.on('error', () => log('redis unreachable'));

  // Rate-limit keys are salted hashes of addresses: counters never hold an address itself. The
  // salt is shared through Redis so every instance counts the same address under one key.
  let salt = randomBytes(16).toString('hex');
  if (redis) {
    await redis.set('omt-class:salt', salt, 'NX');
    salt = (await redis.get('omt-class:salt')) ?? salt;
  }
  const addressKeyOf = (request: IncomingMessage): string => {
    const forwarded = request.headers['x-forwarded-for'];
    const fromProxy =
      options.trustProxy && typeof forwarded === 'string'
        ? forwarded.split(',').at(-1)?.trim()
        : undefined;
    const address = fromProxy || request.socket.remoteAddress || '?';
    return createHash('sha256').update(salt).update(address).digest('base64url').slice(0, 22);
  };

  const limiter = (name: string, rule: RateRule): RateLimiter =>
    redis ? new RedisRateLimiter(redis, name, rule) : new MemoryRateLimiter(rule, now);
  const joinLimiter = limiter('join', { limit: CLASS_LIMITS.joinsPerMinute, windowMs: 60_000 });
  const roomsLimiter = limiter('rooms', {
    limit: CLASS_LIMITS.roomsPerHour,
    windowMs: 60 * 60_000,
  });
  const registry = new RoomRegistry(redis ? new RedisRoomStore(redis) : new MemoryRoomStore(), now);
  const { hocuspocus, sweep } = createSync({
    registry,
    joinLimiter,
    redisUrl: options.redisUrl,
    log,
  });
  const distDir = options.distDir ? resolve(options.distDir) : null;
  let port = options.port;

  async function handleApi(request: IncomingMessage, response: ServerResponse, path: string) {
    if (path === CLASS_API.hello && request.method === 'GET') {
      const hello: Hello = {
        service: CLASS_SERVICE,
        version: CLASS_PROTOCOL_VERSION,
        urls: studentUrls(port),
      };
      return sendJson(response, 200, hello);
    }
    if (path === CLASS_API.rooms && request.method === 'POST') {
      const rate = await roomsLimiter.hit(addressKeyOf(request));
      if (!rate.allowed) {
        return sendJson(
          response,
          429,
          { error: 'too many rooms' },
          {
            'Retry-After': String(rate.retryAfterS),
          },
        );
      }
      const created: CreatedRoom = await registry.create();
      log('room created');
      return sendJson(response, 201, created);
    }
    const roomPrefix = `${CLASS_API.rooms}/`;
    if (path.startsWith(roomPrefix) && request.method === 'GET') {
      const rate = await joinLimiter.hit(addressKeyOf(request));
      if (!rate.allowed) {
        return sendJson(
          response,
          429,
          { error: 'too many attempts' },
          {
            'Retry-After': String(rate.retryAfterS),
          },
        );
      }
      let raw = '';
      try {
        raw = decodeURIComponent(path.slice(roomPrefix.length));
      } catch {
        // Not a code: answered as an unknown room below.
      }
      const code = roomCodeSchema.safeParse(raw);
      if (code.success && (await registry.exists(code.data))) {
        return sendJson(response, 200, { code: code.data });
      }
      return sendJson(response, 404, { error: 'unknown room' });
    }
    return sendJson(response, 404, { error: 'not found' });
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    // Request bodies are never read: drain them so keep-alive connections stay usable.
    request.resume();
    const handled = path.startsWith('/class/api/')
      ? handleApi(request, response, path)
      : distDir
        ? serveStatic(distDir, request, response)
        : Promise.resolve(sendJson(response, 404, { error: 'not found' }));
    handled.catch(() => {
      log('request failed');
      if (!response.headersSent) sendJson(response, 500, { error: 'server error' });
      else response.destroy();
    });
  });

  // Frames past 64 KiB are refused outright: no class message comes near that.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path !== CLASS_API.sync) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      const defaults: ConnectionDefaults = {
        addressKey: addressKeyOf(request),
        // A moment later, so the refusal goes out before the close.
        dropSocket: () => setTimeout(() => webSocket.close(4000, 'retry'), 50),
      };
      hocuspocus.handleConnection(webSocket, request, defaults);
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      done();
    });
  });
  port = (server.address() as AddressInfo).port;
  const sweeper = setInterval(() => {
    sweep().catch(() => log('sweep failed'));
  }, options.sweepMs ?? 60_000);
  sweeper.unref();

  const shownHost =
    options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    sweep,
    async close() {
      clearInterval(sweeper);
      hocuspocus.closeConnections();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      redis?.disconnect();
    },
  };
}
