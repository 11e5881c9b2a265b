import { randomInt } from 'node:crypto';
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis as RedisClient } from 'ioredis';
import { z } from '../src/zod';
import {
  CLASS_LIMITS,
  classTokenSchema,
  readMessage,
  roomCodeSchema,
  type RoomCode,
  type ServerMessage,
} from '../src/domain/classroom/protocol';
import {
  decide,
  parseMessage,
  readRoomState,
  REFUSALS,
  writeRoom,
  type Role,
} from './apply-message';
import { MemoryRateLimiter, type RateLimiter } from './rate-limit';
import type { RoomRegistry } from './rooms';

/**
 * The sync engine: Hocuspocus with every connection read-only. Clients change the room only
 * through stateless messages, which pass the rules in `apply-message.ts` before the server writes
 * the room document itself.
 */

export interface SyncOptions {
  registry: RoomRegistry;
  /** Join attempts per address (shared with the HTTP room lookups). */
  joinLimiter: RateLimiter;
  /** With a Redis URL, documents and awareness are shared with other instances. */
  redisUrl?: string;
  log: (event: string) => void;
}

/** Set by onAuthenticate; read by the other hooks from `connection.context`. */
const contextSchema = z.object({ role: z.enum(['lecturer', 'student']), code: roomCodeSchema });
type ClassContext = z.infer<typeof contextSchema>;

/** What the HTTP server passes into every connection's context. */
export interface ConnectionDefaults {
  /** Salted hash of the client address, for the join rate limit. */
  addressKey: string;
  /** Closes the WebSocket (after the refusal is sent), so the provider reconnects and retries. */
  dropSocket: () => void;
}

function connectionDefaults(context: unknown): ConnectionDefaults | null {
  if (typeof context !== 'object' || context === null) return null;
  const { addressKey, dropSocket } = context as Partial<ConnectionDefaults>;
  return typeof addressKey === 'string' && typeof dropSocket === 'function'
    ? { addressKey, dropSocket }
    : null;
}

/** Refusals that may pass: a room not re-claimed yet after a restart, a rate limit. */
const TRANSIENT_REFUSALS = new Set(['unknown room', 'too many attempts']);

/**
 * Client ids for the server's writes, growing with time. Clients keep their copy of a room
 * across a server restart, and Yjs settles two concurrent writes of one key by client id (the
 * higher wins); growing ids make the restarted server's writes win over the ones it lost.
 * (ms × 1024 + random stays below 2^53 for two centuries.)
 */
let lastClientId = 0;
function nextServerClientId(): number {
  lastClientId = Math.max(Date.now() * 1024 + randomInt(1024), lastClientId + 1);
  return lastClientId;
}

/**
 * A refused join. Hocuspocus sends `reason` to the provider (onAuthenticationFailed); having no
 * `message`, it is not logged by Hocuspocus either (we log the event, without who or which room).
 */
class Refusal {
  constructor(readonly reason: string) {}
}
const reject = (reason: string) => new Refusal(reason);

const BROADCAST_STATELESS = 6;

/** The message type after the document name (a varString: varUint length, then bytes). */
function messageType(data: Uint8Array): number | null {
  let offset = 0;
  const readVarUint = (): number | null => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = data[offset];
      if (byte === undefined) return null;
      offset += 1;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return null;
  };
  const nameLength = readVarUint();
  if (nameLength === null) return null;
  offset += nameLength;
  return readVarUint();
}

export function createSync(options: SyncOptions) {
  const { registry, joinLimiter, log } = options;
  const lecturerRate = new MemoryRateLimiter({
    limit: CLASS_LIMITS.lecturerPerSecond,
    windowMs: 1000,
  });
  const answerRate = new MemoryRateLimiter({
    limit: CLASS_LIMITS.answersPerMinute,
    windowMs: 60_000,
  });
  /** The voter id each student connection answered with first. */
  const voters = new WeakMap<Connection, string>();

  const reply = (connection: Connection, message: ServerMessage) =>
    connection.sendStateless(JSON.stringify(message));

  const classContext = (context: unknown): ClassContext | null => {
    const parsed = contextSchema.safeParse(context);
    return parsed.success ? parsed.data : null;
  };

  const extensions: Extension[] = [];
  if (options.redisUrl) {
    extensions.push(
      new RedisExtension({
        createClient: () =>
          new RedisClient(options.redisUrl ?? '').on('error', () => log('redis unreachable')),
        prefix: 'omt-class-sync',
      }),
    );
  }

  async function authenticate(
    token: string,
    documentName: string,
    addressKey: string,
  ): Promise<ClassContext> {
    const rate = await joinLimiter.hit(addressKey);
    if (!rate.allowed) throw reject('too many attempts');
    const code = roomCodeSchema.safeParse(documentName);
    if (!code.success) throw reject('unknown room');
    const claim = readMessage(classTokenSchema, token);
    if (!claim) throw reject('bad token');
    if (claim.role === 'student') {
      const check = await registry.checkStudent(code.data);
      if (check !== 'ok') throw reject(check);
    } else {
      const check = await registry.checkLecturer(code.data, claim.secret);
      if (check === 'wrong secret' || check === 'room ended') throw reject(check);
      if (check === 'reclaimed') log('room re-claimed by its lecturer');
    }
    await registry.touch(code.data);
    return { role: claim.role, code: code.data };
  }

  const hocuspocus = new Hocuspocus({
    name: 'omt-atlas-classroom',
    quiet: true,
    extensions,

    async onAuthenticate({ token, documentName, connectionConfig, context }) {
      // Nobody writes the document directly, whatever their role.
      connectionConfig.readOnly = true;
      const defaults = connectionDefaults(context);
      try {
        return await authenticate(token, documentName, defaults?.addressKey ?? '?');
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        log(`join refused: ${error.reason}`);
        if (TRANSIENT_REFUSALS.has(error.reason)) defaults?.dropSocket();
        throw error;
      }
    },

    async onLoadDocument({ document }) {
      document.clientID = nextServerClientId();
    },

    async beforeHandleMessage({ update }) {
      // A client may not make the server relay its own text to everyone in the room.
      if (messageType(update) === BROADCAST_STATELESS) throw reject('not allowed');
    },

    async onStateless({ connection, document, payload }) {
      const context = classContext(connection.context);
      if (!context) return;
      const role: Role = context.role;
      const key = `${connection.socketId}:${document.name}`;
      const rate = role === 'lecturer' ? lecturerRate.hitNow(key) : answerRate.hitNow(key);
      if (!rate.allowed) return reply(connection, { type: 'refused', reason: REFUSALS.tooFast });
      const parsed = parseMessage(role, payload);
      if ('refused' in parsed)
        return reply(connection, { type: 'refused', reason: parsed.refused });
      const decision = decide(
        role,
        parsed.message,
        readRoomState(document),
        voters.get(connection) ?? null,
      );
      if (decision.kind === 'refused') {
        return reply(connection, { type: 'refused', reason: decision.reason });
      }
      if (decision.bindVoter) voters.set(connection, decision.bindVoter);
      // Origin null: a server write, sent to every follower (and to other instances via Redis).
      writeRoom(document, decision.writes, null);
      if (decision.writes.ended) {
        log('class ended by its lecturer');
        await endRoom(context.code);
      }
    },

    async onDisconnect({ documentName, socketId, clientsCount }) {
      lecturerRate.forget(`${socketId}:${documentName}`);
      answerRate.forget(`${socketId}:${documentName}`);
      const code = roomCodeSchema.safeParse(documentName);
      // The idle clock starts when the last client of this instance leaves.
      if (code.success && clientsCount === 0) await registry.touch(code.data);
    },
  });

  /** Ends a room: marked ended in the document (followers see it), dropped, connections closed. */
  async function endRoom(code: RoomCode) {
    await registry.end(code);
    const document = hocuspocus.documents.get(code);
    if (document && !readRoomState(document).ended) writeRoom(document, { ended: true }, null);
    hocuspocus.closeConnections(code);
  }

  /**
   * Keeps rooms with clients alive and ends rooms whose time is up (run every minute): a room
   * that left the registry (expired, or ended on another instance) is closed here too.
   */
  async function sweep() {
    await registry.purge();
    for (const [name, document] of hocuspocus.documents) {
      const code = roomCodeSchema.safeParse(name);
      if (!code.success) continue;
      if (await registry.exists(code.data)) {
        if (document.getConnectionsCount() > 0) await registry.touch(code.data);
      } else {
        log('room expired');
        await endRoom(code.data);
      }
    }
  }

  return { hocuspocus, sweep };
}
