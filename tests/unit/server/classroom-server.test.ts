import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CLASS_API,
  ROOM_MAP,
  helloSchema,
  type ClassPoll,
  type ClassPresence,
} from '../../../src/domain/classroom/protocol';
import { createClassroomServer, type ClassroomServer } from '../../../server/classroom-server';
import { connect, createRoom, makeView, until, type ClassClient } from './class-clients';

/** A real class server on a loopback port with real Hocuspocus providers over WebSockets. */

let server: ClassroomServer;
const clients: ClassClient[] = [];
const open = (...args: Parameters<typeof connect>) => {
  const client = connect(...args);
  clients.push(client);
  return client;
};

beforeEach(async () => {
  server = await createClassroomServer({ port: 0, host: '127.0.0.1' });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.close();
});

const poll: ClassPoll = {
  id: 'poll-0001',
  kind: 'refers-where',
  prompt: 'Tap where the upper trapezius refers pain',
  zones: ['temple'],
  at: null,
  open: true,
  revealed: false,
};

describe('class server HTTP API', () => {
  it('says hello with loopback last, creates rooms and looks them up', async () => {
    const hello = helloSchema.parse(
      await (await fetch(new URL(CLASS_API.hello, server.url))).json(),
    );
    expect(hello.urls.at(-1)).toBe(`http://127.0.0.1:${server.port}/`);
    const room = await createRoom(server.url);
    expect(room.secret).toHaveLength(43);
    expect((await fetch(new URL(CLASS_API.room(room.code), server.url))).status).toBe(200);
    expect((await fetch(new URL(CLASS_API.room('ZZZZ-ZZZZ'), server.url))).status).toBe(404);
    expect((await fetch(new URL(CLASS_API.room('not a code'), server.url))).status).toBe(404);
  });

  it('rate-limits room lookups per address with Retry-After', async () => {
    let last: Response | null = null;
    for (let i = 0; i < 40 && last?.status !== 429; i += 1) {
      last = await fetch(new URL(CLASS_API.room('ZZZZ-ZZZZ'), server.url));
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('a live class over real WebSockets', () => {
  it("brings the lecturer's view to a student, and the student's presence to the lecturer", async () => {
    const room = await createRoom(server.url);
    const lecturer = open(server.port, room.code, { role: 'lecturer', secret: room.secret });
    const student = open(server.port, room.code, { role: 'student' });
    await until(() => lecturer.authenticated() && student.authenticated(), 'both joined');
    lecturer.send({ type: 'view', view: makeView('#/chain/upper-trapezius') });
    await until(() => student.view()?.hash === '#/chain/upper-trapezius', 'view at the student');

    // Read-only connections still share awareness: the lecturer counts a following student.
    const presence: ClassPresence = { role: 'student', following: true };
    student.provider.setAwarenessField('presence', presence);
    await until(
      () =>
        [...(lecturer.provider.awareness?.getStates().values() ?? [])].some(
          (state) => JSON.stringify(state.presence) === JSON.stringify(presence),
        ),
      'student presence at the lecturer',
    );
  });

  it('refuses a wrong code and a wrong secret', async () => {
    const room = await createRoom(server.url);
    const stranger = open(server.port, 'ZZZZ-ZZZZ', { role: 'student' });
    const impostor = open(server.port, room.code, { role: 'lecturer', secret: 'x'.repeat(43) });
    await until(() => stranger.authFailures.includes('unknown room'), 'unknown room');
    await until(() => impostor.authFailures.includes('wrong secret'), 'wrong secret');
  });

  it("refuses a student's view message and keeps the lecturer's view", async () => {
    const room = await createRoom(server.url);
    const lecturer = open(server.port, room.code, { role: 'lecturer', secret: room.secret });
    const student = open(server.port, room.code, { role: 'student' });
    await until(() => lecturer.authenticated() && student.authenticated(), 'both joined');
    lecturer.send({ type: 'view', view: makeView('#/lecturer') });
    await until(() => student.view()?.hash === '#/lecturer', 'lecturer view');
    student.send({ type: 'view', view: makeView('#/hijacked') });
    await until(() => student.refusals.length > 0, 'a refusal');
    expect(student.refusals).toEqual(['only the lecturer can steer the class']);
    // A later lecturer view arrives after the refused one would have: the order proves it was never applied.
    lecturer.send({ type: 'view', view: makeView('#/lecturer-2') });
    await until(() => lecturer.view()?.hash === '#/lecturer-2', 'second view');
    expect(student.provider.document.getMap(ROOM_MAP).get('view')).toMatchObject({
      hash: '#/lecturer-2',
    });
  });

  it('runs a poll: answers become taps, the reveal reaches the students', async () => {
    const room = await createRoom(server.url);
    const lecturer = open(server.port, room.code, { role: 'lecturer', secret: room.secret });
    const a = open(server.port, room.code, { role: 'student' });
    const b = open(server.port, room.code, { role: 'student' });
    await until(() => [lecturer, a, b].every((c) => c.authenticated()), 'all joined');
    lecturer.send({ type: 'poll-open', poll });
    const pollAt = (client: ClassClient) =>
      client.provider.document.getMap(ROOM_MAP).get('poll') as ClassPoll | undefined;
    await until(() => pollAt(a)?.open === true && pollAt(b)?.open === true, 'poll open');
    const tap = { poll: poll.id, at: [0, 1.4, 0.1] as [number, number, number], region: 'head' };
    a.send({ type: 'answer', voter: 'voter-aaaa', tap });
    b.send({ type: 'answer', voter: 'voter-bbbb', tap });
    await until(() => lecturer.tapCount() === 2, 'two taps at the lecturer');
    lecturer.send({ type: 'poll-reveal', poll: poll.id });
    await until(() => pollAt(a)?.revealed === true && pollAt(b)?.revealed === true, 'reveal');
    lecturer.send({ type: 'poll-close', poll: poll.id });
    await until(() => pollAt(a)?.open === false, 'closed');
    a.send({ type: 'answer', voter: 'voter-aaaa', tap });
    await until(() => a.refusals.includes('poll not open'), 'late answer refused');
  });

  it('lets the lecturer re-claim the room after a restart; the student reconnects by itself', async () => {
    const room = await createRoom(server.url);
    const lecturer = open(server.port, room.code, { role: 'lecturer', secret: room.secret });
    const student = open(server.port, room.code, { role: 'student' });
    await until(() => lecturer.authenticated() && student.authenticated(), 'both joined');
    lecturer.send({ type: 'view', view: makeView('#/before') });
    await until(() => student.view()?.hash === '#/before', 'view before the restart');

    const port = server.port;
    await server.close();
    server = await createClassroomServer({ port, host: '127.0.0.1' });
    // The lecturer's app re-sends its view each time it is authenticated again.
    lecturer.provider.on('authenticated', () =>
      lecturer.send({ type: 'view', view: makeView('#/after') }),
    );
    await until(() => student.view()?.hash === '#/after', 'view after the restart');
    expect(student.authenticated()).toBe(true);
  });

  it('ends the class: followers see it, and the code cannot be re-claimed', async () => {
    const room = await createRoom(server.url);
    const lecturer = open(server.port, room.code, { role: 'lecturer', secret: room.secret });
    const student = open(server.port, room.code, { role: 'student' });
    await until(() => lecturer.authenticated() && student.authenticated(), 'both joined');
    lecturer.send({ type: 'end' });
    await until(
      () => student.provider.document.getMap(ROOM_MAP).get('ended') === true,
      'ended at the student',
    );
    const again = open(server.port, room.code, { role: 'lecturer', secret: room.secret });
    await until(() => again.authFailures.includes('room ended'), 'no re-claim');
    expect((await fetch(new URL(CLASS_API.room(room.code), server.url))).status).toBe(404);
  });
});
