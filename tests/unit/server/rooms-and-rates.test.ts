import { describe, expect, it } from 'vitest';
import { CLASS_LIMITS } from '../../../src/domain/classroom/protocol';
import { MemoryRateLimiter } from '../../../server/rate-limit';
import { MemoryRoomStore, RoomRegistry } from '../../../server/rooms';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('rate limiter', () => {
  it('allows the limit per window, then refuses with the time left, then allows again', async () => {
    const clock = manualClock();
    const limiter = new MemoryRateLimiter({ limit: 3, windowMs: 60_000 }, clock.now);
    for (let i = 0; i < 3; i += 1) expect((await limiter.hit('a')).allowed).toBe(true);
    clock.advance(20_000);
    expect(await limiter.hit('a')).toEqual({ allowed: false, retryAfterS: 40 });
    expect((await limiter.hit('b')).allowed).toBe(true);
    clock.advance(40_000);
    expect((await limiter.hit('a')).allowed).toBe(true);
  });
});

describe('room lifecycle', () => {
  const setUp = () => {
    const clock = manualClock();
    const registry = new RoomRegistry(new MemoryRoomStore(), clock.now);
    return { clock, registry };
  };

  it('creates a room that a student can join and its lecturer can steer', async () => {
    const { registry } = setUp();
    const room = await registry.create();
    expect(await registry.checkStudent(room.code)).toBe('ok');
    expect(await registry.checkLecturer(room.code, room.secret)).toBe('ok');
    expect(await registry.checkLecturer(room.code, 'A'.repeat(43))).toBe('wrong secret');
  });

  it('ends a room idleRoomMs after the last client left, unless clients keep it alive', async () => {
    const { clock, registry } = setUp();
    const idle = await registry.create();
    const busy = await registry.create();
    clock.advance(CLASS_LIMITS.idleRoomMs - 1000);
    await registry.touch(busy.code);
    expect(await registry.exists(idle.code)).toBe(true);
    clock.advance(1000);
    expect(await registry.exists(idle.code)).toBe(false);
    expect(await registry.checkStudent(idle.code)).toBe('unknown room');
    expect(await registry.exists(busy.code)).toBe(true);
  });

  it('ends a room at the end of its lifetime, however busy', async () => {
    const { clock, registry } = setUp();
    const room = await registry.create();
    expect(room.expiresAt).toBe(clock.now() + CLASS_LIMITS.roomLifetimeMs);
    for (let t = 0; t < CLASS_LIMITS.roomLifetimeMs; t += CLASS_LIMITS.idleRoomMs / 2) {
      await registry.touch(room.code);
      clock.advance(CLASS_LIMITS.idleRoomMs / 2);
    }
    expect(await registry.exists(room.code)).toBe(false);
  });

  it('lets a lecturer re-claim an unknown code after a restart, with the secret it holds', async () => {
    const { registry } = setUp();
    const secret = 'S'.repeat(43);
    expect(await registry.checkStudent('ABCD-EFGH')).toBe('unknown room');
    expect(await registry.checkLecturer('ABCD-EFGH', secret)).toBe('reclaimed');
    expect(await registry.checkStudent('ABCD-EFGH')).toBe('ok');
    expect(await registry.checkLecturer('ABCD-EFGH', 'T'.repeat(43))).toBe('wrong secret');
  });

  it('refuses to re-claim a room that ended', async () => {
    const { registry } = setUp();
    const room = await registry.create();
    await registry.end(room.code);
    expect(await registry.checkStudent(room.code)).toBe('room ended');
    expect(await registry.checkLecturer(room.code, room.secret)).toBe('room ended');
  });
});
