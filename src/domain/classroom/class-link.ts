import { normaliseRoomCode, type RoomCode } from './protocol';

/**
 * The link students open to join (`<url>#/class/ABCD-EFGH`, the QR code's text): read like the
 * lesson links, before the URL codec.
 */
const CLASS_PREFIX = '#/class/';

export type ClassLink = { kind: 'join'; code: RoomCode } | { kind: 'invalid' } | null;

export function readClassLink(hash: string): ClassLink {
  if (!hash.startsWith(CLASS_PREFIX)) return null;
  const code = normaliseRoomCode(decodeURIComponent(hash.slice(CLASS_PREFIX.length)).slice(0, 20));
  return code ? { kind: 'join', code } : { kind: 'invalid' };
}

/** The link for students on `base` (an address the class server gave, e.g. the LAN one). */
export function classLink(base: string, code: RoomCode): string {
  const url = new URL(base);
  url.hash = `${CLASS_PREFIX}${code}`;
  return url.toString();
}

/**
 * The address students are shown: a LAN address from the server's list (never localhost, which
 * means nothing on a student's phone); the page's own origin when it is the only one there is.
 */
export function studentBaseUrl(urls: readonly string[], pageOrigin: string): string {
  const isLoopback = (u: string) => {
    const host = new URL(u).hostname;
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
  };
  return urls.find((u) => !isLoopback(u)) ?? urls[0] ?? pageOrigin;
}
