import { readClassView } from '../domain/classroom/class-view';
import { randomId } from '../domain/classroom/polls';
import {
  classPollSchema,
  classTapSchema,
  type ClassPoll,
  type ClassTap,
  type RoomCode,
} from '../domain/classroom/protocol';
import { validatePage } from '../app/validate-page';
import { MAX_SHOWN_ZONES } from '../domain/url';
import type { AppStore } from '../state/store';
import { createRoom, LOOKUP_MESSAGES, lookUpRoom } from './class-api';
import { startFollower } from './follower';
import { startLecturerPublisher } from './lecturer-publisher';
import { connectRoom, type RoomConnection } from './room-connection';

/**
 * The class client, loaded when a class is started or joined: one connection, and the store
 * subscriber of the role (the lecturer publishes, a student follows). The store holds what the
 * UI shows; this module holds the connection and the lecturer's secret (never in the store).
 */
interface Session {
  connection: RoomConnection;
  stop: () => void;
}

let session: Session | null = null;

/** A student keeps trying a refused room this long: a restarted server needs the lecturer back. */
const REJOIN_FOR_MS = 2 * 60 * 1000;
/** Refusals that pass (the server drops the socket and the provider tries again). */
const TRANSIENT = new Set(['unknown room', 'too many attempts']);

function endSession(): void {
  if (!session) return;
  session.stop();
  session.connection.destroy();
  session = null;
}

/** What the room document holds, checked: a malformed value is ignored with a notice. */
export function roomHandlers(store: AppStore) {
  let warned = false;
  const warnOnce = (text: string) => {
    if (warned) return;
    warned = true;
    store.getState().notify('warning', text);
  };
  return {
    onRoom: ({ view, poll, ended }: { view: unknown; poll: unknown; ended: unknown }) => {
      const s = store.getState();
      if (ended === true) {
        classEnded(store);
        return;
      }
      if (s.classRole === 'student' && view !== undefined && view !== null) {
        const read = readClassView(view);
        if (read.ok) s.setClassView(read.view);
        else warnOnce(`The class view was not applied: ${read.reason}.`);
      }
      if (poll === undefined || poll === null) s.setClassPoll(null);
      else {
        const parsed = classPollSchema.safeParse(poll);
        if (parsed.success) s.setClassPoll(parsed.data);
        else warnOnce('The poll from the class could not be read, so it is not shown.');
      }
    },
    onTaps: (taps: unknown[]) =>
      store.getState().setClassTaps(
        taps.flatMap((t) => {
          const parsed = classTapSchema.safeParse(t);
          return parsed.success ? [parsed.data] : [];
        }),
      ),
    onPresence: (counts: { students: number; following: number }) =>
      store.getState().setClassCounts(counts),
  };
}

function classEnded(store: AppStore): void {
  const s = store.getState();
  if (s.classRole === null) return;
  endSession();
  s.setClassStatus('ended');
  s.notify(
    'info',
    s.classRole === 'student'
      ? 'The lecturer ended the class. OMT Atlas goes on here on its own.'
      : 'The class has ended.',
  );
}

/** Lecturer: creates a room and publishes this screen to it. */
export async function startClass(store: AppStore): Promise<void> {
  const created = await createRoom();
  const s = store.getState();
  if (!created.ok) {
    s.notify('warning', created.message);
    return;
  }
  endSession();
  const { code, secret } = created.room;
  s.classJoining('lecturer', code);
  const handlers = roomHandlers(store);
  let publisher: ReturnType<typeof startLecturerPublisher> | null = null;
  const connection = connectRoom(
    code,
    { role: 'lecturer', secret },
    {
      ...handlers,
      onSynced: () => {
        store.getState().setClassStatus('connected');
        // After a server restart the room is empty: the view and the open poll are sent again.
        publisher?.resend();
        resendPoll();
      },
      onDisconnected: () => store.getState().setClassStatus('reconnecting'),
      onRefused: (reason, kind) => {
        if (kind === 'message') console.warn('The class server refused a message:', reason);
        else if (TRANSIENT.has(reason)) store.getState().setClassStatus('reconnecting');
        else classEnded(store);
      },
    },
  );
  connection.setPresence({ role: 'lecturer', following: false });
  publisher = startLecturerPublisher(store, (view) => connection.send({ type: 'view', view }));
  session = { connection, stop: () => publisher?.stop() };
}

/** The open poll is kept locally too, so a restarted server gets it back. */
let lecturerPoll: ClassPoll | null = null;

/**
 * Sends the lecturer's poll again after a reconnect: a restarted server lost it (clients keep
 * their copy of the room, so the room document cannot tell). The server keeps the answers of a
 * poll sent again with the same id.
 */
function resendPoll(): void {
  const poll = lecturerPoll;
  if (!poll || !session) return;
  session.connection.send({ type: 'poll-open', poll: { ...poll, open: true, revealed: false } });
  if (poll.revealed) session.connection.send({ type: 'poll-reveal', poll: poll.id });
  if (!poll.open) session.connection.send({ type: 'poll-close', poll: poll.id });
}

export function openPoll(store: AppStore, poll: ClassPoll): void {
  if (!session) return;
  lecturerPoll = poll;
  session.connection.send({ type: 'poll-open', poll });
  store.getState().setClassPoll(poll);
}

export function revealPoll(store: AppStore): void {
  const poll = store.getState().classPoll;
  if (!session || !poll) return;
  lecturerPoll = { ...poll, revealed: true };
  session.connection.send({ type: 'poll-reveal', poll: poll.id });
  // The answer is drawn with the maps' own zones, so followers see it in the view too.
  const s = store.getState();
  s.setMapsView({
    overlays: s.overlays,
    zones: poll.zones.slice(0, MAX_SHOWN_ZONES),
    ...(s.touched ? { at: s.touched } : {}),
    ...(s.paint ? { paint: s.paint } : {}),
  });
}

export function closePoll(store: AppStore): void {
  const poll = store.getState().classPoll;
  if (!session || !poll) return;
  lecturerPoll = { ...poll, open: false };
  session.connection.send({ type: 'poll-close', poll: poll.id });
}

export function endClass(store: AppStore): void {
  session?.connection.send({ type: 'end' });
  lecturerPoll = null;
  // Give the message a moment on the wire before the socket closes.
  const closing = session;
  session = null;
  setTimeout(() => {
    if (!closing) return;
    closing.stop();
    closing.connection.destroy();
  }, 300);
  store.getState().leaveClass();
  store.getState().notify('info', 'The class has ended.');
}

/** Student: joins by code (typed, or from the class link). Returns a message when it cannot. */
export async function joinClass(store: AppStore, code: RoomCode): Promise<string | null> {
  const lookup = await lookUpRoom(code);
  if (lookup !== 'open') return LOOKUP_MESSAGES[lookup];
  endSession();
  const s = store.getState();
  s.classJoining('student', code);
  const voter = randomId();
  connectStudent(store, code, voter);
  return null;
}

function connectStudent(store: AppStore, code: RoomCode, voter: string): void {
  const handlers = roomHandlers(store);
  let refusedSince: number | null = null;
  let answerAgain = false;
  /** `settled`: the poll was written since the reconnect, so this send reaches it. */
  const resendAnswer = (settled: boolean) => {
    const s = store.getState();
    const mine = s.myAnswer;
    if (!answerAgain || !mine || !s.classPoll?.open || s.classPoll.id !== mine.poll) return;
    if (settled) answerAgain = false;
    sendAnswer(mine);
  };
  const sendAnswer = (tap: ClassTap) => {
    session?.connection.send({ type: 'answer', voter, tap });
    store.getState().answerSent(tap);
  };
  const connection = connectRoom(
    code,
    { role: 'student' },
    {
      ...handlers,
      onSynced: () => {
        refusedSince = null;
        const s = store.getState();
        s.setClassStatus('connected');
        connection.setPresence({ role: 'student', following: s.following });
        // A restarted server lost the answers; it may not have the poll back yet either, so
        // the answer goes now and again when the poll is written anew.
        answerAgain = true;
        resendAnswer(false);
      },
      onDisconnected: () => store.getState().setClassStatus('reconnecting'),
      onRefused: (reason, kind) => {
        if (kind !== 'connection') return;
        const s = store.getState();
        if (!TRANSIENT.has(reason)) {
          // The room ended (or never was): the app goes on locally.
          classEnded(store);
          return;
        }
        // An unknown room after a server restart, until the lecturer's tab re-claims it: the
        // server drops the socket and the provider tries again by itself, for a while.
        refusedSince ??= Date.now();
        s.setClassStatus('reconnecting');
        if (Date.now() - refusedSince > REJOIN_FOR_MS) {
          endSession();
          s.leaveClass();
          s.notify('warning', 'The class is no longer running. OMT Atlas goes on here on its own.');
        }
      },
    },
  );
  const stopFollower = startFollower(store, { validate: validatePage, sendAnswer, doc: document });
  const stopPresence = store.subscribe((s, prev) => {
    if (s.following !== prev.following)
      connection.setPresence({ role: 'student', following: s.following });
    if (s.classPoll !== prev.classPoll) resendAnswer(true);
  });
  session = {
    connection,
    stop: () => {
      stopFollower();
      stopPresence();
    },
  };
}

/** A student leaves (the class goes on for the others). */
export function leaveClass(store: AppStore): void {
  endSession();
  store.getState().leaveClass();
}
