import { describe, expect, it } from 'vitest';
import {
  CLASS_LIMITS,
  ROOM_CODE_ALPHABET,
  classTokenSchema,
  lecturerMessageSchema,
  normaliseRoomCode,
  readMessage,
  roomCodeSchema,
  studentMessageSchema,
} from '../../../src/domain/classroom/protocol';
import { hashSecret, newRoomCode, newSecret } from '../../../server/rooms';

const view = {
  hash: '#/chain/upper-trapezius',
  technique: { time: 1.5, playing: true },
  lesson: null,
  laser: [0, 1.2, 0.1],
  blanked: false,
  sentAt: 1,
};

describe('class messages', () => {
  it('reads well-formed lecturer and student messages', () => {
    expect(readMessage(lecturerMessageSchema, JSON.stringify({ type: 'view', view }))).toEqual({
      type: 'view',
      view,
    });
    const answer = {
      type: 'answer',
      voter: 'voter-1234',
      tap: { poll: 'poll-0001', at: [0, 1, 0], region: 'head' },
    };
    expect(readMessage(studentMessageSchema, JSON.stringify(answer))).toEqual(answer);
  });

  it.each([
    ['not JSON', '{type: view'],
    ['an unknown type', JSON.stringify({ type: 'steer', view })],
    [
      'a laser far off the body',
      JSON.stringify({ type: 'view', view: { ...view, laser: [0, 99, 0] } }),
    ],
    ['a missing field', JSON.stringify({ type: 'view', view: { ...view, blanked: undefined } })],
    ['a poll id with odd characters', JSON.stringify({ type: 'poll-close', poll: 'a b c d e f' })],
  ])('refuses %s', (_what, text) => {
    expect(readMessage(lecturerMessageSchema, text)).toBeNull();
  });

  it('refuses a message over the size cap, even a well-formed one', () => {
    const big = JSON.stringify({
      type: 'view',
      view: { ...view, hash: `#/${'a'.repeat(7990)}` },
    });
    expect(big.length).toBeLessThan(CLASS_LIMITS.messageChars);
    expect(readMessage(lecturerMessageSchema, big)).not.toBeNull();
    const padded = big.replace('{', `{${' '.repeat(CLASS_LIMITS.messageChars)}`);
    expect(readMessage(lecturerMessageSchema, padded)).toBeNull();
  });

  it('reads tokens: a lecturer needs a well-formed secret, a student nothing', () => {
    const secret = newSecret();
    expect(readMessage(classTokenSchema, JSON.stringify({ role: 'lecturer', secret }))).toEqual({
      role: 'lecturer',
      secret,
    });
    expect(readMessage(classTokenSchema, JSON.stringify({ role: 'lecturer' }))).toBeNull();
    expect(readMessage(classTokenSchema, JSON.stringify({ role: 'admin' }))).toBeNull();
    expect(readMessage(classTokenSchema, JSON.stringify({ role: 'student' }))).toEqual({
      role: 'student',
    });
  });
});

describe('room codes and secrets', () => {
  it('draws codes from the alphabet, shown as ABCD-EFGH, and they vary', () => {
    const codes = new Set(Array.from({ length: 200 }, newRoomCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(roomCodeSchema.safeParse(code).success).toBe(true);
      for (const char of code.replace('-', '')) expect(ROOM_CODE_ALPHABET).toContain(char);
    }
  });

  it('normalises typed codes and refuses ambiguous characters', () => {
    expect(normaliseRoomCode(' abcd efgh ')).toBe('ABCD-EFGH');
    expect(normaliseRoomCode('abcd-efgh')).toBe('ABCD-EFGH');
    expect(normaliseRoomCode('ABCD-EFG0')).toBeNull();
    expect(normaliseRoomCode('ABCD-EFGI')).toBeNull();
    expect(normaliseRoomCode('ABCDEFG')).toBeNull();
  });

  it('makes 43-character base64url secrets and keeps only their hash', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret()).not.toBe(secret);
    expect(hashSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(secret)).not.toContain(secret);
  });
});
