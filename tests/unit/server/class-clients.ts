import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { vi } from 'vitest';
import WebSocket from 'ws';
import {
  CLASS_API,
  ROOM_MAP,
  TAPS_MAP,
  createdRoomSchema,
  serverMessageSchema,
  readMessage,
  type ClassToken,
  type ClassView,
  type CreatedRoom,
  type LecturerMessage,
  type StudentMessage,
} from '../../../src/domain/classroom/protocol';

/** Test clients of a real class server: Hocuspocus providers over `ws`, as the app uses them. */

export const WAIT = { timeout: 15_000, interval: 25 };

export async function createRoom(baseUrl: string): Promise<CreatedRoom> {
  const response = await fetch(new URL(CLASS_API.rooms, baseUrl), { method: 'POST' });
  if (response.status !== 201) throw new Error(`create room: ${response.status}`);
  return createdRoomSchema.parse(await response.json());
}

export interface ClassClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Reasons of the `refused` messages and authentication failures received so far. */
  refusals: string[];
  authFailures: string[];
  authenticated: () => boolean;
  view: () => ClassView | undefined;
  tapCount: () => number;
  send: (message: LecturerMessage | StudentMessage | object) => void;
  close: () => void;
}

export function connect(port: number, code: string, token: ClassToken): ClassClient {
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}${CLASS_API.sync}`,
    WebSocketPolyfill: WebSocket,
    // Quick retries keep the restart test short; the app keeps the defaults.
    minDelay: 50,
    delay: 50,
    maxDelay: 500,
  });
  const refusals: string[] = [];
  const authFailures: string[] = [];
  let authenticated = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: code,
    token: JSON.stringify(token),
    onStateless: ({ payload }) => {
      const message = readMessage(serverMessageSchema, payload);
      if (message) refusals.push(message.reason);
    },
    onAuthenticated: () => {
      authenticated = true;
    },
    onAuthenticationFailed: ({ reason }) => {
      authenticated = false;
      authFailures.push(reason);
    },
    onClose: () => {
      authenticated = false;
    },
  });
  provider.attach();
  const room = provider.document.getMap<unknown>(ROOM_MAP);
  return {
    provider,
    socket,
    refusals,
    authFailures,
    authenticated: () => authenticated,
    view: () => room.get('view') as ClassView | undefined,
    tapCount: () => provider.document.getMap(TAPS_MAP).size,
    send: (message) => provider.sendStateless(JSON.stringify(message)),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export function makeView(hash: string, sentAt = Date.now()): ClassView {
  return { hash, technique: null, lesson: null, laser: null, blanked: false, sentAt };
}

export async function until(check: () => boolean, what: string): Promise<void> {
  await vi.waitFor(() => {
    if (!check()) throw new Error(`still waiting: ${what}`);
  }, WAIT);
}
