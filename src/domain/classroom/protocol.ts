import { z } from '../../zod';

/**
 * The live-class contract shared by the app and `server/`: the HTTP API, the Yjs document's
 * shape and every message, as schemas. Both ends check every message against these; one that
 * does not match is refused (server) or ignored (client), never used half-filled.
 *
 * Who writes what: every client connects read-only. The lecturer (who holds the room's secret)
 * and students send *stateless* messages; the server validates them, checks the sender's role,
 * size and rate, and only then writes the room document, which Yjs syncs to every follower
 * (through Redis when several server instances share rooms). So a student can never change what
 * the room shows, whatever their client sends.
 */

/** HTTP endpoints (same origin as the app) and the WebSocket path of the sync engine. */
export const CLASS_API = {
  hello: '/class/api/hello',
  rooms: '/class/api/rooms',
  /** `GET /class/api/rooms/<code>`: 200 when the room exists, 404 when not, 429 when rate-limited. */
  room: (code: string) => `/class/api/rooms/${encodeURIComponent(code)}`,
  sync: '/class/sync',
} as const;

export const CLASS_SERVICE = 'omt-atlas-classroom';
export const CLASS_PROTOCOL_VERSION = 1;

/**
 * Room codes: 8 characters from 32 unambiguous ones (no 0/O, 1/I), 40 random bits, shown and
 * typed as `ABCD-EFGH`. Guessing is made hopeless by the join rate limit on top of the size.
 */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 8;
export const roomCodeSchema = z
  .string()
  .regex(/^[23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4}$/, 'not a class code');
export type RoomCode = z.infer<typeof roomCodeSchema>;

/** What a typed or scanned code becomes: upper case, spaces dropped, dash put back; or null. */
export function normaliseRoomCode(raw: string): RoomCode | null {
  const bare = raw.toUpperCase().replace(/[\s-]/g, '');
  if (bare.length !== ROOM_CODE_LENGTH) return null;
  const code = `${bare.slice(0, 4)}-${bare.slice(4)}`;
  return roomCodeSchema.safeParse(code).success ? code : null;
}

/** `GET hello`: the class server answers, so the app shows its class controls. */
export const helloSchema = z.object({
  service: z.literal(CLASS_SERVICE),
  version: z.number().int(),
  /** Addresses students on the local network can open (the lecturer may be on localhost). */
  urls: z.array(z.string().url().max(200)).max(16),
});
export type Hello = z.infer<typeof helloSchema>;

/** `POST rooms` answer: the room's code and the lecturer's secret (kept in the lecturer's tab). */
export const createdRoomSchema = z.object({
  code: roomCodeSchema,
  secret: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/),
  expiresAt: z.number().int(),
});
export type CreatedRoom = z.infer<typeof createdRoomSchema>;

/** The token a connection authenticates with (JSON text). Students need no name or account. */
export const classTokenSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('lecturer'), secret: createdRoomSchema.shape.secret }),
  z.object({ role: z.literal('student') }),
]);
export type ClassToken = z.infer<typeof classTokenSchema>;

const restPoint = z.tuple([
  z.number().finite().min(-5).max(5),
  z.number().finite().min(-5).max(5),
  z.number().finite().min(-5).max(5),
]);
const shortText = z.string().max(300);
const anonId = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/);

/**
 * What the lecturer shows, as followers apply it. `hash` is the view as a deep link (page,
 * camera, layers, overlays, zones, touched point, painting: the URL contract), so following
 * reuses the one codec that links and lesson steps use.
 */
export const classViewSchema = z.object({
  hash: z.string().max(8000),
  /** The technique's clock: where it is, and whether it runs (followers run their own clock). */
  technique: z
    .object({ time: z.number().finite().min(0).max(3600), playing: z.boolean() })
    .nullable(),
  /** The lesson being presented, for the followers' caption. */
  lesson: z
    .object({
      title: shortText,
      step: z.number().int().min(0).max(1000),
      steps: z.number().int().min(0).max(1000),
      stepTitle: shortText,
    })
    .nullable(),
  /** The laser pointer on the body (rest position of the point under it), or off. */
  laser: restPoint.nullable(),
  blanked: z.boolean(),
  /** Lecturer's clock when sent (ms since epoch): lets the load script measure latency. */
  sentAt: z.number().finite(),
});
export type ClassView = z.infer<typeof classViewSchema>;

/**
 * A tap poll. `refers-where`: "tap where <source> refers pain"; the answer is `zones`.
 * `source-of`: "tap a source of the pain felt here" at `at`; the answer is the sources of the
 * differential there, drawn by `zones`.
 */
export const classPollSchema = z.object({
  id: anonId,
  kind: z.enum(['refers-where', 'source-of']),
  prompt: shortText,
  zones: z.array(z.string().max(120)).max(64),
  at: restPoint.nullable(),
  open: z.boolean(),
  revealed: z.boolean(),
});
export type ClassPoll = z.infer<typeof classPollSchema>;

/** One student's answer as stored in the room: anonymous (a random id per tab). */
export const classTapSchema = z.object({ poll: anonId, at: restPoint, region: z.string().max(80) });
export type ClassTap = z.infer<typeof classTapSchema>;

/**
 * The room document (Y.Doc), written by the server only:
 * - map `room`: `view` (ClassView), `poll` (ClassPoll | null), `ended` (boolean)
 * - map `taps`: voter id → ClassTap, for the current poll (cleared when a poll opens)
 * Awareness (each client's own, not stored): ClassPresence.
 */
export const ROOM_MAP = 'room';
export const TAPS_MAP = 'taps';

export const classPresenceSchema = z.object({
  role: z.enum(['lecturer', 'student']),
  following: z.boolean(),
});
export type ClassPresence = z.infer<typeof classPresenceSchema>;

/** Stateless messages from lecturer clients (refused from a student connection). */
export const lecturerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view'), view: classViewSchema }),
  z.object({ type: z.literal('poll-open'), poll: classPollSchema }),
  z.object({ type: z.literal('poll-reveal'), poll: anonId }),
  z.object({ type: z.literal('poll-close'), poll: anonId }),
  z.object({ type: z.literal('end') }),
]);
export type LecturerMessage = z.infer<typeof lecturerMessageSchema>;

/** Stateless messages from students: only poll answers. */
export const studentMessageSchema = z.object({
  type: z.literal('answer'),
  voter: anonId,
  tap: classTapSchema,
});
export type StudentMessage = z.infer<typeof studentMessageSchema>;

/** Stateless replies from the server to one connection. */
export const serverMessageSchema = z.object({
  type: z.literal('refused'),
  reason: z.string().max(200),
});
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Caps the server enforces (the client stays under them by throttling). */
export const CLASS_LIMITS = {
  /** Largest stateless message, in characters of JSON. */
  messageChars: 16_000,
  /** Lecturer messages per second (the client sends camera moves at most 10 per second). */
  lecturerPerSecond: 30,
  /** Answers per student connection per minute. */
  answersPerMinute: 30,
  /** Join attempts (room lookups and connections) per address per minute. */
  joinsPerMinute: 30,
  /** Rooms created per address per hour. */
  roomsPerHour: 20,
  /** A room ends this long after it was created, or after its last client left. */
  roomLifetimeMs: 12 * 60 * 60 * 1000,
  idleRoomMs: 60 * 60 * 1000,
} as const;

/** Parses a JSON text message with a schema; null when it is not JSON, too big or does not match. */
export function readMessage<T>(schema: z.ZodType<T>, text: string): T | null {
  if (text.length > CLASS_LIMITS.messageChars) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
