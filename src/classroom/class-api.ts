import {
  CLASS_API,
  createdRoomSchema,
  helloSchema,
  type CreatedRoom,
  type Hello,
  type RoomCode,
} from '../domain/classroom/protocol';

/**
 * The class server's HTTP API, same origin. Never answered from a cache: the service worker
 * precaches only the app's files, and every request here asks the network (`no-store`).
 */
const noCache: RequestInit = { cache: 'no-store', credentials: 'same-origin' };

/** Null when no class server answers here (the plain app: `vite preview`, a static host, offline). */
export async function fetchHello(): Promise<Hello | null> {
  try {
    const res = await fetch(CLASS_API.hello, noCache);
    if (!res.ok || !res.headers.get('content-type')?.includes('json')) return null;
    const parsed = helloSchema.safeParse(await res.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type CreateResult = { ok: true; room: CreatedRoom } | { ok: false; message: string };

export async function createRoom(): Promise<CreateResult> {
  try {
    const res = await fetch(CLASS_API.rooms, { ...noCache, method: 'POST' });
    if (res.status === 429)
      return { ok: false, message: 'Too many classes were started from here. Try again later.' };
    if (!res.ok) return { ok: false, message: 'The class server could not start a class.' };
    const parsed = createdRoomSchema.safeParse(await res.json());
    return parsed.success
      ? { ok: true, room: parsed.data }
      : { ok: false, message: 'The class server gave an answer this app does not understand.' };
  } catch {
    return { ok: false, message: 'The class server cannot be reached.' };
  }
}

export type RoomLookup = 'open' | 'unknown' | 'rate-limited' | 'gone';

/** Whether a room exists, before connecting, so the join dialog can say what went wrong. */
export async function lookUpRoom(code: RoomCode): Promise<RoomLookup> {
  try {
    const res = await fetch(CLASS_API.room(code), noCache);
    if (res.ok) return 'open';
    if (res.status === 404) return 'unknown';
    if (res.status === 429) return 'rate-limited';
    return 'gone';
  } catch {
    return 'gone';
  }
}

export const LOOKUP_MESSAGES: Record<Exclude<RoomLookup, 'open'>, string> = {
  unknown: 'No class with this code is running. Check the code on the projector.',
  'rate-limited': 'Too many tries from this network. Wait a minute, then try again.',
  gone: 'The class server cannot be reached. Check that you are on the classroom network.',
};
