import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClassPoll, ClassTap } from '../../../src/domain/classroom/protocol';
import {
  decide,
  parseMessage,
  readRoomState,
  REFUSALS,
  writeRoom,
  type RoomState,
} from '../../../server/apply-message';

const poll: ClassPoll = {
  id: 'poll-0001',
  kind: 'source-of',
  prompt: 'Tap a source of this pain',
  zones: ['upper-trapezius'],
  at: [0, 1.5, 0],
  open: true,
  revealed: false,
};
const tap: ClassTap = { poll: poll.id, at: [0, 1.4, 0.1], region: 'neck' };
const view = { hash: '#/x', technique: null, lesson: null, laser: null, blanked: false, sentAt: 0 };
const openRoom: RoomState = { poll, ended: false };
const noPoll: RoomState = { poll: null, ended: false };

describe('who may send what', () => {
  it('refuses a lecturer message from a student connection, even well-formed', () => {
    expect(parseMessage('student', JSON.stringify({ type: 'view', view }))).toEqual({
      refused: REFUSALS.notLecturer,
    });
    expect(parseMessage('student', JSON.stringify({ type: 'end' }))).toEqual({
      refused: REFUSALS.notLecturer,
    });
  });

  it('refuses malformed text from either role', () => {
    expect(parseMessage('lecturer', '{"type":"view"}')).toEqual({ refused: REFUSALS.malformed });
    expect(parseMessage('student', 'null')).toEqual({ refused: REFUSALS.malformed });
    // An answer is not a lecturer message.
    const answer = JSON.stringify({ type: 'answer', voter: 'voter-1234', tap });
    expect(parseMessage('lecturer', answer)).toEqual({ refused: REFUSALS.malformed });
  });

  it('never lets a student change the view, even past the parser', () => {
    expect(decide('student', { type: 'view', view }, openRoom, null)).toEqual({
      kind: 'refused',
      reason: REFUSALS.notLecturer,
    });
  });

  it('accepts an answer for the open poll and binds the voter to the connection', () => {
    expect(decide('student', { type: 'answer', voter: 'voter-1234', tap }, openRoom, null)).toEqual(
      {
        kind: 'write',
        writes: { tap: { voter: 'voter-1234', tap } },
        bindVoter: 'voter-1234',
      },
    );
    // The same voter again: accepted (it replaces the earlier tap); another voter: refused.
    expect(
      decide('student', { type: 'answer', voter: 'voter-1234', tap }, openRoom, 'voter-1234').kind,
    ).toBe('write');
    expect(
      decide('student', { type: 'answer', voter: 'voter-5678', tap }, openRoom, 'voter-1234'),
    ).toEqual({
      kind: 'refused',
      reason: REFUSALS.oneVoter,
    });
  });

  it('refuses answers for an unknown or closed poll', () => {
    const answer = { type: 'answer', voter: 'voter-1234', tap } as const;
    expect(decide('student', answer, noPoll, null)).toMatchObject({ reason: REFUSALS.noSuchPoll });
    const other = { ...answer, tap: { ...tap, poll: 'poll-9999' } };
    expect(decide('student', other, openRoom, null)).toMatchObject({ reason: REFUSALS.noSuchPoll });
    const closed = { poll: { ...poll, open: false }, ended: false };
    expect(decide('student', answer, closed, null)).toMatchObject({ reason: REFUSALS.pollNotOpen });
  });

  it('clears taps for a new poll, keeps them when the lecturer re-sends the open one', () => {
    expect(decide('lecturer', { type: 'poll-open', poll }, noPoll, null)).toEqual({
      kind: 'write',
      writes: { poll, clearTaps: true },
    });
    expect(decide('lecturer', { type: 'poll-open', poll }, openRoom, null)).toEqual({
      kind: 'write',
      writes: { poll },
    });
  });

  it('reveals and closes only the poll that is up', () => {
    expect(decide('lecturer', { type: 'poll-reveal', poll: poll.id }, openRoom, null)).toEqual({
      kind: 'write',
      writes: { poll: { ...poll, revealed: true } },
    });
    expect(decide('lecturer', { type: 'poll-close', poll: poll.id }, openRoom, null)).toEqual({
      kind: 'write',
      writes: { poll: { ...poll, open: false } },
    });
    expect(
      decide('lecturer', { type: 'poll-close', poll: 'poll-9999' }, openRoom, null),
    ).toMatchObject({
      reason: REFUSALS.noSuchPoll,
    });
  });

  it('refuses everything once the class ended', () => {
    const ended = { poll, ended: true };
    expect(decide('lecturer', { type: 'view', view }, ended, null)).toMatchObject({
      reason: REFUSALS.ended,
    });
  });
});

describe('room document writes', () => {
  it('writes the view, the poll and taps, and reads the rule state back', () => {
    const doc = new Y.Doc();
    writeRoom(doc, { view, poll, clearTaps: true }, null);
    writeRoom(doc, { tap: { voter: 'voter-1234', tap } }, null);
    writeRoom(doc, { tap: { voter: 'voter-1234', tap: { ...tap, region: 'head' } } }, null);
    expect(readRoomState(doc)).toEqual({ poll, ended: false });
    expect(doc.getMap('taps').toJSON()).toEqual({ 'voter-1234': { ...tap, region: 'head' } });
    writeRoom(doc, { poll: { ...poll, id: 'poll-0002' }, clearTaps: true }, null);
    expect(doc.getMap('taps').size).toBe(0);
  });
});
