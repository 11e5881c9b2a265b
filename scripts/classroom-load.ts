/**
 * `npm run classroom:load`: one lecturer and 300 simulated students on a class server started
 * here as a child process (loopback only), the lecturer sending 10 views a second for 15 s.
 * Prints the delivery latency (receive time − `sentAt`), the server's CPU and peak memory, and
 * how many views arrived. Not a test: a measurement, bounded in clients and time.
 *
 * Every student comes from a made-up address (X-Forwarded-For, with TRUST_PROXY=1 as behind a
 * proxy), so the join limit per address applies as in a lecture hall, not to one loopback host.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import {
  CLASS_API,
  ROOM_MAP,
  classViewSchema,
  createdRoomSchema,
  type ClassToken,
} from '../src/domain/classroom/protocol';

const STUDENTS = 300;
const VIEWS_PER_SECOND = 10;
const SEND_SECONDS = 15;
/** Sending stops here even when this process falls behind (a busy machine), then 5 s to drain. */
const SEND_DEADLINE_MS = 25_000;
const HARD_STOP_MS = 60_000;

const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

// The app build is not needed: the server gets a one-page stand-in.
const distDir = await mkdtemp(join(tmpdir(), 'class-load-'));
await writeFile(join(distDir, 'index.html'), '<!doctype html><title>load</title>');

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST_DIR: distDir, TRUST_PROXY: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const serverPid = server.pid ?? 0;
const clients: { provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket }[] = [];

let finishing = false;
async function finish(code: number) {
  if (finishing) return;
  finishing = true;
  for (const { provider, socket } of clients) {
    provider.destroy();
    socket.destroy();
  }
  server.kill('SIGTERM');
  await rm(distDir, { recursive: true, force: true });
  process.exit(code);
}
setTimeout(() => {
  console.error(`Stopped after ${HARD_STOP_MS / 1000} s without finishing.`);
  void finish(1);
}, HARD_STOP_MS);

const port = await new Promise<number>((resolve, reject) => {
  let output = '';
  server.stdout?.setEncoding('utf8');
  server.stdout?.on('data', (chunk: string) => {
    output += chunk;
    const match = /on port (\d+)/.exec(output);
    if (match?.[1]) resolve(Number(match[1]));
  });
  server.once('exit', () => reject(new Error('the class server stopped')));
});
const base = `http://127.0.0.1:${port}`;

/** Server CPU time (user + system) in seconds, from /proc. */
async function cpuSeconds(): Promise<number> {
  const stat = await readFile(`/proc/${serverPid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
}
async function peakRssMiB(): Promise<number> {
  const status = await readFile(`/proc/${serverPid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const created = await fetch(`${base}${CLASS_API.rooms}`, {
  method: 'POST',
  headers: { 'X-Forwarded-For': '10.0.0.1' },
});
const room = createdRoomSchema.parse(await created.json());

function joinClass(token: ClassToken, address: string) {
  // The `ws` client with a made-up client address header (the server trusts it here).
  class AddressedWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers: { 'X-Forwarded-For': address } });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}${CLASS_API.sync}`,
    WebSocketPolyfill: AddressedWebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room.code,
    token: JSON.stringify(token),
  });
  provider.attach();
  clients.push({ provider, socket });
  return provider;
}

const lecturer = joinClass({ role: 'lecturer', secret: room.secret }, '10.0.0.1');
const latencies: number[] = [];
let delivered = 0;
let synced = 0;
for (let i = 0; i < STUDENTS; i += 1) {
  const student = joinClass({ role: 'student' }, `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`);
  student.on('synced', () => (synced += 1));
  const roomMap = student.document.getMap<unknown>(ROOM_MAP);
  roomMap.observe(() => {
    const view = classViewSchema.safeParse(roomMap.get('view'));
    if (!view.success || !view.data.hash.startsWith('#/load/')) return;
    delivered += 1;
    latencies.push(Date.now() - view.data.sentAt);
  });
}

while (synced < STUDENTS || !lecturer.isSynced) {
  if (Date.now() - startedAt > 30_000) {
    console.error(`Only ${synced} of ${STUDENTS} students joined within 30 s.`);
    await finish(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
console.log(`${STUDENTS} students and the lecturer joined after ${elapsed()}.`);

const cpuBefore = await cpuSeconds();
const sendStart = Date.now();
// How late this process's own timers run: a starved load generator inflates the latencies.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const planned = VIEWS_PER_SECOND * SEND_SECONDS;
let total = 0;
for (let i = 0; i < planned && Date.now() - sendStart < SEND_DEADLINE_MS; i += 1) {
  total += 1;
  const view = {
    hash: `#/load/${i}?camera=0.1,1.4,2.5`,
    technique: { time: i / VIEWS_PER_SECOND, playing: true },
    lesson: null,
    laser: [0, 1.2 + (i % 10) / 100, 0.1],
    blanked: false,
    sentAt: Date.now(),
  };
  lecturer.sendStateless(JSON.stringify({ type: 'view', view }));
  const nextAt = sendStart + ((i + 1) * 1000) / VIEWS_PER_SECOND;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextAt - Date.now())));
}
// Let the last views arrive (bounded).
const expected = total * STUDENTS;
const drainUntil = Date.now() + 5000;
while (delivered < expected && Date.now() < drainUntil) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
loopDelay.disable();
const wall = (Date.now() - sendStart) / 1000;
const cpu = ((await cpuSeconds()) - cpuBefore) / wall;
const rss = await peakRssMiB();

latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(
  [
    `machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end`,
    `views: ${total} of ${planned} sent (${VIEWS_PER_SECOND}/s planned) to ${STUDENTS} students`,
    `delivered: ${delivered}/${expected}`,
    `latency ms: p50 ${at(0.5)}, p95 ${at(0.95)}, max ${latencies.at(-1)}`,
    `server CPU: ${(cpu * 100).toFixed(0)} % of one core (over ${wall.toFixed(1)} s)`,
    `server peak RSS: ${rss.toFixed(0)} MiB`,
    `load generator's event-loop delay ms: p50 ${(loopDelay.percentile(50) / 1e6).toFixed(0)}, max ${(loopDelay.max / 1e6).toFixed(0)}`,
    `total time: ${elapsed()}`,
  ].join('\n'),
);
await finish(0);
