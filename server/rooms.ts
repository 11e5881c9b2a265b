import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Redis as RedisClient } from 'ioredis';
import { z } from '../src/zod';
import {
  CLASS_LIMITS,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
  type RoomCode,
} from '../src/domain/classroom/protocol';

/**
 * The room registry: which codes exist, the hash of each lecturer secret, and when each room
 * ends. Rooms live in memory (one instance) or in Redis (several instances share them); both
 * stores drop an entry by itself when it expires, so nothing outlives a class.
 */

/** What the registry keeps about a room: never the secret itself, only its hash. */
export interface RoomRecord {
  secretHash: string;
  /** Hard end: creation + roomLifetimeMs. */
  expiresAt: number;
  /** Soft end: pushed forward while clients are connected, idleRoomMs after the last left. */
  idleUntil: number;
}

const roomRecordSchema = z.object({
  secretHash: z.string().regex(/^[0-9a-f]{64}$/),
  expiresAt: z.number().int(),
  idleUntil: z.number().int(),
});

/** Storage behind the registry. `put` with `onlyNew` refuses to replace an existing room. */
export interface RoomStore {
  get(code: RoomCode, now: number): Promise<RoomRecord | null>;
  put(code: RoomCode, record: RoomRecord, onlyNew: boolean, now: number): Promise<boolean>;
  delete(code: RoomCode): Promise<void>;
  /** Marks a code as ended for `ms`, so a lecturer tab cannot re-claim a room that ended. */
  markEnded(code: RoomCode, ms: number, now: number): Promise<void>;
  isEnded(code: RoomCode, now: number): Promise<boolean>;
  /** Drops expired entries, where the store does not expire them by itself. */
  purge?(now: number): void;
}

const endOf = (record: RoomRecord) => Math.min(record.expiresAt, record.idleUntil);

export class MemoryRoomStore implements RoomStore {
  private readonly rooms = new Map<RoomCode, RoomRecord>();
  private readonly ended = new Map<RoomCode, number>();

  async get(code: RoomCode, now: number) {
    const record = this.rooms.get(code);
    if (!record) return null;
    if (now >= endOf(record)) {
      this.rooms.delete(code);
      return null;
    }
    return record;
  }

  async put(code: RoomCode, record: RoomRecord, onlyNew: boolean, now: number) {
    if (onlyNew && (await this.get(code, now))) return false;
    this.rooms.set(code, record);
    return true;
  }

  async delete(code: RoomCode) {
    this.rooms.delete(code);
  }

  async markEnded(code: RoomCode, ms: number, now: number) {
    this.ended.set(code, now + ms);
  }

  async isEnded(code: RoomCode, now: number) {
    const until = this.ended.get(code);
    if (until === undefined) return false;
    if (now < until) return true;
    this.ended.delete(code);
    return false;
  }

  /** Drops expired entries (the registry calls this from its sweep). */
  purge(now: number) {
    for (const [code, record] of this.rooms) if (now >= endOf(record)) this.rooms.delete(code);
    for (const [code, until] of this.ended) if (now >= until) this.ended.delete(code);
  }
}

/** Rooms in Redis: one JSON value per room whose key expires with the room (PEXPIREAT). */
export class RedisRoomStore implements RoomStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix = 'omt-class',
  ) {}

  private key(code: RoomCode) {
    return `${this.prefix}:room:${code}`;
  }

  private endedKey(code: RoomCode) {
    return `${this.prefix}:ended:${code}`;
  }

  async get(code: RoomCode, now: number) {
    const text = await this.redis.get(this.key(code));
    if (text === null) return null;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return null;
    }
    const parsed = roomRecordSchema.safeParse(data);
    if (!parsed.success || now >= endOf(parsed.data)) return null;
    return parsed.data;
  }

  async put(code: RoomCode, record: RoomRecord, onlyNew: boolean) {
    const key = this.key(code);
    const text = JSON.stringify(record);
    const end = endOf(record);
    const result = onlyNew
      ? await this.redis.set(key, text, 'PXAT', end, 'NX')
      : await this.redis.set(key, text, 'PXAT', end);
    return result === 'OK';
  }

  async delete(code: RoomCode) {
    await this.redis.del(this.key(code));
  }

  async markEnded(code: RoomCode, ms: number) {
    await this.redis.set(this.endedKey(code), '1', 'PX', ms);
  }

  async isEnded(code: RoomCode) {
    return (await this.redis.exists(this.endedKey(code))) === 1;
  }
}

/** A fresh code, uniformly from the alphabet (crypto random), shown as ABCD-EFGH. */
export function newRoomCode(): RoomCode {
  let bare = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i += 1) {
    bare += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  }
  return `${bare.slice(0, 4)}-${bare.slice(4)}`;
}

/** The lecturer's secret: 32 random bytes as 43 base64url characters. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function secretMatches(record: RoomRecord, secret: string): boolean {
  const expected = Buffer.from(record.secretHash, 'hex');
  const given = Buffer.from(hashSecret(secret), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type LecturerCheck = 'ok' | 'reclaimed' | 'wrong secret' | 'room ended';
export type StudentCheck = 'ok' | 'unknown room' | 'room ended';

/** Room rules over a store, with an injectable clock (tests move time by hand). */
export class RoomRegistry {
  constructor(
    readonly store: RoomStore,
    private readonly now: () => number = Date.now,
    private readonly limits: Pick<
      typeof CLASS_LIMITS,
      'roomLifetimeMs' | 'idleRoomMs'
    > = CLASS_LIMITS,
  ) {}

  private fresh(secret: string): RoomRecord {
    const now = this.now();
    return {
      secretHash: hashSecret(secret),
      expiresAt: now + this.limits.roomLifetimeMs,
      idleUntil: now + this.limits.idleRoomMs,
    };
  }

  async create(): Promise<{ code: RoomCode; secret: string; expiresAt: number }> {
    const secret = newSecret();
    const record = this.fresh(secret);
    // 2^40 codes: a clash is rare, and `onlyNew` makes it harmless; a few tries always suffice.
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const code = newRoomCode();
      if (await this.store.isEnded(code, this.now())) continue;
      if (await this.store.put(code, record, true, this.now())) {
        return { code, secret, expiresAt: record.expiresAt };
      }
    }
    throw new Error('no free room code');
  }

  async exists(code: RoomCode): Promise<boolean> {
    return (await this.store.get(code, this.now())) !== null;
  }

  async checkStudent(code: RoomCode): Promise<StudentCheck> {
    if (await this.exists(code)) return 'ok';
    return (await this.store.isEnded(code, this.now())) ? 'room ended' : 'unknown room';
  }

  /**
   * A lecturer joining. A code that is not registered (the server restarted and lost its rooms)
   * is re-claimed with the secret the lecturer's tab still holds, unless that room ended.
   */
  async checkLecturer(code: RoomCode, secret: string): Promise<LecturerCheck> {
    const record = await this.store.get(code, this.now());
    if (record) return secretMatches(record, secret) ? 'ok' : 'wrong secret';
    if (await this.store.isEnded(code, this.now())) return 'room ended';
    if (await this.store.put(code, this.fresh(secret), true, this.now())) return 'reclaimed';
    // Another instance re-claimed it at the same moment: check against that one.
    const raced = await this.store.get(code, this.now());
    return raced && secretMatches(raced, secret) ? 'ok' : 'wrong secret';
  }

  /** Clients are connected: the room stays up for idleRoomMs from now (never past its end). */
  async touch(code: RoomCode): Promise<void> {
    const now = this.now();
    const record = await this.store.get(code, now);
    if (!record) return;
    const idleUntil = Math.min(record.expiresAt, now + this.limits.idleRoomMs);
    if (idleUntil > record.idleUntil) {
      await this.store.put(code, { ...record, idleUntil }, false, now);
    }
  }

  async purge(): Promise<void> {
    this.store.purge?.(this.now());
  }

  /** Ends a room now: dropped, and its code refused to re-claims for the rest of its lifetime. */
  async end(code: RoomCode): Promise<void> {
    await this.store.delete(code);
    await this.store.markEnded(code, this.limits.roomLifetimeMs, this.now());
  }
}
