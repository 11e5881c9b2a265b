import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASS_API, type ClassTap } from '../../../src/domain/classroom/protocol';
import { createClassroomServer, type ClassroomServer } from '../../../server/classroom-server';
import { connect, createRoom, makeView, until, type ClassClient } from './class-clients';

/**
 * Two class server instances sharing rooms through a real redis-server (Debian's package;
 * `scripts/ensure-redis.sh` installs it for `npm test`).
 */

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

let redis: ChildProcess;
let redisUrl = '';
let a: ClassroomServer;
let b: ClassroomServer;
const clients: ClassClient[] = [];

beforeAll(async () => {
  const port = await freePort();
  redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  redisUrl = `redis://127.0.0.1:${port}`;
  // Retried until the server listens (ioredis queues the PING while it reconnects).
  const probe = new Redis(redisUrl, { retryStrategy: () => 50, maxRetriesPerRequest: null });
  probe.on('error', () => {});
  const missing = new Promise<never>((_, reject) =>
    redis.once('error', () =>
      reject(new Error('redis-server is missing: run scripts/ensure-redis.sh (npm test does)')),
    ),
  );
  await Promise.race([probe.ping(), missing]);
  probe.disconnect();
  a = await createClassroomServer({ port: 0, host: '127.0.0.1', redisUrl });
  b = await createClassroomServer({ port: 0, host: '127.0.0.1', redisUrl });
}, 30_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all([a?.close(), b?.close()]);
  redis?.kill();
});

describe('several instances with Redis', () => {
  it('joins a room created on A from B; the view and the taps cross instances', async () => {
    const room = await createRoom(a.url);
    expect((await fetch(new URL(CLASS_API.room(room.code), b.url))).status).toBe(200);

    const lecturer = connect(a.port, room.code, { role: 'lecturer', secret: room.secret });
    const student = connect(b.port, room.code, { role: 'student' });
    clients.push(lecturer, student);
    await until(() => lecturer.authenticated() && student.authenticated(), 'both joined');

    // Views are re-sent until one arrives: B may still be subscribing to the room's channel.
    let sent = 0;
    await until(() => {
      if (student.view()?.hash === '#/from-a') return true;
      if (sent++ % 20 === 0) lecturer.send({ type: 'view', view: makeView('#/from-a') });
      return false;
    }, 'view from A at the student on B');

    lecturer.send({
      type: 'poll-open',
      poll: {
        id: 'poll-redis',
        kind: 'refers-where',
        prompt: 'Where?',
        zones: [],
        at: null,
        open: true,
        revealed: false,
      },
    });
    await until(
      () => student.provider.document.getMap('room').get('poll') !== undefined,
      'poll on B',
    );
    const tap: ClassTap = { poll: 'poll-redis', at: [0, 1, 0], region: 'head' };
    student.send({ type: 'answer', voter: 'voter-on-b', tap });
    await until(() => lecturer.tapCount() === 1, 'the tap from B at the lecturer on A');
    expect(lecturer.provider.document.getMap('taps').get('voter-on-b')).toEqual(tap);
  });
});
