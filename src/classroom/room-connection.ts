import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  CLASS_API,
  classPresenceSchema,
  readMessage,
  ROOM_MAP,
  serverMessageSchema,
  TAPS_MAP,
  type ClassPresence,
  type ClassToken,
  type LecturerMessage,
  type RoomCode,
  type StudentMessage,
} from '../domain/classroom/protocol';

/**
 * One connection to a room: the Hocuspocus provider (which reconnects by itself), the room
 * document read-only, and the stateless messages this client sends. Values from the document are
 * handed on as unknown: the caller checks them against the schemas.
 */
export interface RoomEvents {
  onRoom: (room: { view: unknown; poll: unknown; ended: unknown }) => void;
  onTaps: (taps: unknown[]) => void;
  onPresence: (counts: { students: number; following: number }) => void;
  /** Connected and synced (first time and after every reconnect): time to re-send. */
  onSynced: () => void;
  onDisconnected: () => void;
  /** The server refused the connection (unknown room, wrong secret) or a message. */
  onRefused: (reason: string, kind: 'connection' | 'message') => void;
}

export interface RoomConnection {
  send: (message: LecturerMessage | StudentMessage) => void;
  setPresence: (presence: ClassPresence) => void;
  destroy: () => void;
}

/** A value as plain data, whether the server stored it as JSON or as a nested Yjs type. */
const plain = (value: unknown): unknown =>
  value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;

function syncUrl(loc: Location): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}${CLASS_API.sync}`;
}

export function connectRoom(
  code: RoomCode,
  token: ClassToken,
  events: RoomEvents,
  loc: Location = window.location,
): RoomConnection {
  const doc = new Y.Doc();
  const room = doc.getMap(ROOM_MAP);
  const taps = doc.getMap(TAPS_MAP);
  const provider = new HocuspocusProvider({
    url: syncUrl(loc),
    name: code,
    document: doc,
    token: JSON.stringify(token),
    onSynced: () => {
      readRoom();
      readTaps();
      events.onSynced();
    },
    onDisconnect: () => events.onDisconnected(),
    onAuthenticationFailed: ({ reason }) => events.onRefused(reason, 'connection'),
    onStateless: ({ payload }) => {
      const message = readMessage(serverMessageSchema, payload);
      if (message) events.onRefused(message.reason, 'message');
    },
    onAwarenessChange: ({ states }) => {
      let students = 0;
      let following = 0;
      for (const state of states) {
        const presence = classPresenceSchema.safeParse(
          (state as Record<string, unknown>)['presence'],
        );
        if (!presence.success || presence.data.role !== 'student') continue;
        students += 1;
        if (presence.data.following) following += 1;
      }
      events.onPresence({ students, following });
    },
  });
  const readRoom = () =>
    events.onRoom({
      view: plain(room.get('view')),
      poll: plain(room.get('poll')),
      ended: plain(room.get('ended')),
    });
  const readTaps = () => events.onTaps([...taps.values()].map(plain));
  room.observe(readRoom);
  taps.observe(readTaps);
  return {
    send: (message) => provider.sendStateless(JSON.stringify(message)),
    setPresence: (presence) => provider.setAwarenessField('presence', presence),
    destroy: () => {
      room.unobserve(readRoom);
      taps.unobserve(readTaps);
      provider.destroy();
      doc.destroy();
    },
  };
}
