import type * as Y from 'yjs';
import {
  classPollSchema,
  lecturerMessageSchema,
  readMessage,
  studentMessageSchema,
  ROOM_MAP,
  TAPS_MAP,
  type ClassPoll,
  type ClassTap,
  type ClassView,
  type LecturerMessage,
  type StudentMessage,
} from '../src/domain/classroom/protocol';

/**
 * What a stateless message may do to a room, as pure functions: the sync layer parses the
 * message, asks `decide` with the sender's role and the room as it is, and writes only what
 * comes back. Everything a client may not do is a refusal with a reason the client can show.
 */

export type Role = 'lecturer' | 'student';

/** The parts of the room document the rules depend on. */
export interface RoomState {
  poll: ClassPoll | null;
  ended: boolean;
}

/** Writes to the room document; absent fields are left as they are. */
export interface RoomWrites {
  view?: ClassView;
  poll?: ClassPoll;
  ended?: true;
  clearTaps?: true;
  tap?: { voter: string; tap: ClassTap };
}

export type Decision =
  { kind: 'write'; writes: RoomWrites; bindVoter?: string } | { kind: 'refused'; reason: string };

/** Reasons sent back in a `refused` message (the client may match on them). */
export const REFUSALS = {
  malformed: 'malformed message',
  tooFast: 'too many messages',
  notLecturer: 'only the lecturer can steer the class',
  ended: 'class ended',
  noSuchPoll: 'no such poll',
  pollNotOpen: 'poll not open',
  oneVoter: 'one voter per connection',
} as const;

/** Parses a stateless text by the sender's role; a student sending a lecturer message is refused. */
export function parseMessage(
  role: Role,
  text: string,
): { message: LecturerMessage | StudentMessage } | { refused: string } {
  if (role === 'lecturer') {
    const message = readMessage(lecturerMessageSchema, text);
    return message ? { message } : { refused: REFUSALS.malformed };
  }
  if (readMessage(lecturerMessageSchema, text)) return { refused: REFUSALS.notLecturer };
  const message = readMessage(studentMessageSchema, text);
  return message ? { message } : { refused: REFUSALS.malformed };
}

const refuse = (reason: string): Decision => ({ kind: 'refused', reason });

/**
 * The rules. `boundVoter` is the voter id this connection answered with first (one per
 * connection), or null.
 */
export function decide(
  role: Role,
  message: LecturerMessage | StudentMessage,
  room: RoomState,
  boundVoter: string | null,
): Decision {
  if (room.ended) return refuse(REFUSALS.ended);
  if (message.type === 'answer') {
    if (role !== 'student') return refuse(REFUSALS.malformed);
    const poll = room.poll;
    if (!poll || poll.id !== message.tap.poll) return refuse(REFUSALS.noSuchPoll);
    if (!poll.open) return refuse(REFUSALS.pollNotOpen);
    if (boundVoter !== null && boundVoter !== message.voter) return refuse(REFUSALS.oneVoter);
    // The same voter answering again replaces the earlier tap (same key in the taps map).
    return {
      kind: 'write',
      writes: { tap: { voter: message.voter, tap: message.tap } },
      bindVoter: message.voter,
    };
  }
  if (role !== 'lecturer') return refuse(REFUSALS.notLecturer);
  switch (message.type) {
    case 'view':
      return { kind: 'write', writes: { view: message.view } };
    case 'poll-open': {
      const poll = { ...message.poll, open: true };
      // The lecturer re-sending the poll that is up (after a reconnect) keeps its answers.
      const same = room.poll?.id === poll.id;
      return { kind: 'write', writes: same ? { poll } : { poll, clearTaps: true } };
    }
    case 'poll-reveal':
    case 'poll-close': {
      const poll = room.poll;
      if (!poll || poll.id !== message.poll) return refuse(REFUSALS.noSuchPoll);
      const next = message.type === 'poll-reveal' ? { revealed: true } : { open: false };
      return { kind: 'write', writes: { poll: { ...poll, ...next } } };
    }
    case 'end':
      return { kind: 'write', writes: { ended: true } };
  }
}

/** Reads the rule-relevant state from a room document (written only by the server). */
export function readRoomState(doc: Y.Doc): RoomState {
  const room = doc.getMap<unknown>(ROOM_MAP);
  const poll = classPollSchema.safeParse(room.get('poll'));
  return { poll: poll.success ? poll.data : null, ended: room.get('ended') === true };
}

/** Applies writes in one transaction, so followers see them together. */
export function writeRoom(doc: Y.Doc, writes: RoomWrites, origin: unknown): void {
  doc.transact(() => {
    const room = doc.getMap<unknown>(ROOM_MAP);
    const taps = doc.getMap<unknown>(TAPS_MAP);
    if (writes.view) room.set('view', writes.view);
    if (writes.clearTaps) taps.clear();
    if (writes.poll) room.set('poll', writes.poll);
    if (writes.ended) room.set('ended', true);
    if (writes.tap) taps.set(writes.tap.voter, writes.tap.tap);
  }, origin);
}
