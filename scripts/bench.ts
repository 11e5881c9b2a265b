/**
 * `npm run bench`: builds the app, serves the production build, and measures it in Debian's
 * Chromium. A benchmark, not a test: it prints a table and writes bench-results/bench.json; it
 * asserts nothing. Numbers from SwiftShader (software WebGL) are far slower than a real GPU; compare
 * runs on the same machine only.
 */
import { GUIDE_SEEN_VALUE, GUIDE_STORAGE_KEY } from '../src/domain/guide-seen';
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import type {} from '../src/scene/diagnostics.ts';

const DIST = 'dist';
const BASELINE_SRC = 'scripts/bench-baseline';
const BASELINE_DIST = resolve('bench-results/baseline');
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const SECONDS = 5;
/** Start-up loads measured per page, alternating app and baseline so both share the noise. */
const STARTUP_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** How long the chain page is left alone before idle frames are counted. */
const CHAIN_IDLE_AFTER_MS = 6000;
/** A technique with the patient, both hands, arrows and the table all on screen. */
const PLAYBACK_VARIANT = 'lumbar-roll-hvla';
type Row = { metric: string; value: number | string; unit: string };
const progress = (what: string) => process.stderr.write(`… measuring ${what}\n`);

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Initial JS / CSS: what index.html loads before any dynamic import. */
function initialAssetSizes() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const js = refs.filter((r) => r.endsWith('.js')).reduce((n, r) => n + gz(join(DIST, r)), 0);
  const css = refs.filter((r) => r.endsWith('.css')).reduce((n, r) => n + gz(join(DIST, r)), 0);
  const models = readdirSync('models')
    .filter((f) => f.endsWith('.glb'))
    .map((f) => join('models', f));
  return {
    js,
    css,
    modelsRaw: models.reduce((n, f) => n + statSync(f).size, 0),
    modelsGzip: models.reduce((n, f) => n + gz(f), 0),
  };
}

/** Resolves once no frame has been drawn for `quietMs` (hover repaints, camera glides settled). */
async function settle(page: Page, quietMs = 400): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const d = window.__omtAtlas!;
      const w = window as unknown as { __seen?: number; __since?: number };
      if (w.__seen !== d.frames) {
        w.__seen = d.frames;
        w.__since = performance.now();
      }
      return performance.now() - (w.__since ?? 0) > q;
    },
    quietMs,
    { polling: 50, timeout: 30_000 },
  );
}

/**
 * A real click on the body, as a person makes it: the pointer arrives (the hover tint is drawn),
 * rests, then presses. Returns milliseconds from the click to the panel naming the region, and to
 * the first frame drawn after it (the highlight).
 */
async function clickToPanel(
  page: Page,
  region: string,
  heading: string,
): Promise<{ panel: number; frame: number }> {
  const point = await page.evaluate((r) => window.__omtAtlas!.regionPoint(r), region);
  if (!point) throw new Error(`${region} is not visible`);
  const box = (await page.locator('canvas').first().boundingBox())!;
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await settle(page);
  const target = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.tagName ?? 'nothing',
    [box.x + point.x, box.y + point.y],
  );
  if (target !== 'CANVAS') process.stderr.write(`  (a ${target} covers ${region} on screen)\n`);
  const result = page.evaluate(
    (text) =>
      new Promise<{ panel: number; frame: number }>((resolve) => {
        const d = window.__omtAtlas!;
        const canvas = document.querySelector('canvas')!;
        // A press that never reaches the canvas must not hang the bench either.
        setTimeout(() => resolve({ panel: NaN, frame: NaN }), 20_000);
        canvas.addEventListener(
          'click',
          (e) => {
            const start = e.timeStamp;
            const framesAtClick = d.frames;
            let panel = 0;
            const check = () => {
              const el = document.querySelector('[data-testid="selection-heading"]');
              if (!panel && el?.textContent === text) panel = performance.now() - start;
              if (panel && d.frames > framesAtClick)
                resolve({ panel, frame: d.lastFrameMs - start });
              // A click that never lands (seen once, not reproduced) must not hang the bench.
              else if (performance.now() - start > 15_000) resolve({ panel: NaN, frame: NaN });
              else requestAnimationFrame(check);
            };
            // The panel may already be committed when this handler runs (React handles the
            // click first): look once now, then on every animation frame.
            check();
          },
          { once: true, capture: true },
        );
      }),
    heading,
  );
  await page.mouse.down();
  await page.mouse.up();
  return result;
}

/**
 * Frame-to-frame times over `seconds`: with `force`, a redraw is requested every animation frame
 * (the cost of drawing the scene); without it, only the frames the app draws by itself.
 */
async function frameTimes(page: Page, seconds: number, force: boolean): Promise<number[]> {
  return page.evaluate(
    async ({ ms, force }) => {
      const d = window.__omtAtlas!;
      const stamps: number[] = [];
      const end = performance.now() + ms;
      let last = d.frames;
      await new Promise<void>((resolve) => {
        const tick = () => {
          if (d.frames !== last) {
            stamps.push(d.lastFrameMs);
            last = d.frames;
          }
          if (performance.now() > end) return resolve();
          if (force) d.invalidate();
          requestAnimationFrame(tick);
        };
        tick();
      });
      return stamps.slice(1).map((t, i) => t - stamps[i]!);
    },
    { ms: seconds * 1000, force },
  );
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/**
 * The yardstick page (see scripts/bench-baseline): built here with three from our own
 * node_modules, beside a copy of the same model files the app loads.
 */
async function buildBaseline(): Promise<void> {
  await build({
    root: BASELINE_SRC,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: BASELINE_DIST, emptyOutDir: true, target: 'es2022' },
  });
  cpSync('models', join(BASELINE_DIST, 'models'), { recursive: true });
}

interface StartupSample {
  /** ms from navigation start to the end of the first frame drawn with the body. */
  bodyFrame: number;
  /** Sum of long tasks (> 50 ms) that started before that frame. */
  blocked: number;
  /** Same-origin JS files fetched before that frame (paths). */
  scripts: string[];
}

/** Records long tasks from the very start of the page (a buffered observer misses none). */
const LONG_TASKS_INIT = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

/** One cold load (fresh context: no cache, no service worker) until the body is on screen. */
async function loadOnce(browser: Browser, url: string, kind: 'app' | 'baseline') {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript('window.__name = (f) => f;');
    // A returning visitor: the first-visit guide would cover the body the clicks aim at.
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      GUIDE_STORAGE_KEY,
      GUIDE_SEEN_VALUE,
    ] as const);
    await page.addInitScript(LONG_TASKS_INIT);
    await page.goto(url);
    const at = await page.waitForFunction(
      (k) =>
        k === 'app'
          ? (window.__omtAtlas?.bodyFrameAt ?? null)
          : ((window as unknown as { __bodyFrameAt?: number }).__bodyFrameAt ?? null),
      kind,
      { timeout: 60_000, polling: 20 },
    );
    const bodyFrame = (await at.jsonValue()) as number;
    // The long task that drew the frame ends just after the stamp; let the observer report it.
    await page.waitForTimeout(300);
    return await page.evaluate((t): StartupSample => {
      const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= t)
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js'));
      return {
        bodyFrame: t,
        blocked: tasks.filter(([start]) => start < t).reduce((n, [, d]) => n + d, 0),
        scripts,
      };
    }, bodyFrame);
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => percentile(xs, 50);

/** gzip size of the JS a page fetched before its body frame, looked up in its build folder. */
function scriptBytes(dir: string, paths: string[]): number {
  return paths.reduce((n, p) => n + gz(join(dir, p.replace(/^.*?\/assets\//, 'assets/'))), 0);
}

async function measureStartup(browser: Browser, appUrl: string, baseUrl: string) {
  const app: StartupSample[] = [];
  const base: StartupSample[] = [];
  for (let i = 0; i < STARTUP_ROUNDS; i++) {
    progress(`cold start, round ${i + 1} of ${STARTUP_ROUNDS} (app, then the plain page)`);
    // Alternate which goes first so neither always meets a warmer or busier machine.
    if (i % 2 === 0) {
      app.push(await loadOnce(browser, appUrl, 'app'));
      base.push(await loadOnce(browser, baseUrl, 'baseline'));
    } else {
      base.push(await loadOnce(browser, baseUrl, 'baseline'));
      app.push(await loadOnce(browser, appUrl, 'app'));
    }
  }
  const appScripts = [...new Set(app.flatMap((s) => s.scripts))];
  const baseScripts = [...new Set(base.flatMap((s) => s.scripts))];
  return {
    appFrame: median(app.map((s) => s.bodyFrame)),
    baseFrame: median(base.map((s) => s.bodyFrame)),
    appBlocked: median(app.map((s) => s.blocked)),
    baseBlocked: median(base.map((s) => s.blocked)),
    appJs: scriptBytes(DIST, appScripts),
    baseJs: scriptBytes(BASELINE_DIST, baseScripts),
    appScripts,
  };
}

/** Frames the app draws by itself on a chain page once it has been left alone for a while. */
/**
 * The pain maps' costs: a click on the skin until the differential lists it and until the touched
 * point is drawn, and the frame time with the dermatome overlay against the same view without.
 */
async function mapsCosts(page: Page, url: string) {
  const list: number[] = [];
  const touch: number[] = [];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  for (let round = 0; round < 3; round++) {
    await page.goto(`${url}#/region/foot.left?cam=1.2,0.35,-0.35,0.1,0.05,-0.03`);
    await page.reload();
    await page.getByText(/Sources whose maps hold the pain over/).waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => window.__omtAtlas?.surfacePoint('key-point-s1.left') != null);
    await settle(page);
    const p = (await page.evaluate(() => window.__omtAtlas!.surfacePoint('key-point-s1.left')))!;
    const box = (await page.locator('canvas').first().boundingBox())!;
    const start = await page.evaluate(() => performance.now());
    await page.mouse.click(box.x + p.x, box.y + p.y);
    await page.getByText('at the point you touched').waitFor();
    list.push((await page.evaluate(() => performance.now())) - start);
    await page.waitForFunction(
      (t) => window.__omtAtlas!.lastFrameMs > t && window.__omtAtlas!.pendingFrames() === 0,
      start,
    );
    touch.push((await page.evaluate(() => window.__omtAtlas!.lastFrameMs)) - start);
  }
  await page.goto(`${url}#/?cam=0,0.9,-3,0,0.88,0`);
  await page.reload();
  await page.getByText('Body model ready').waitFor({ timeout: 60_000 });
  await settle(page);
  const plain = await frameTimes(page, SECONDS, true);
  await page.getByRole('checkbox', { name: 'Dermatomes' }).check();
  await page.getByRole('group', { name: 'Map legend' }).waitFor();
  await settle(page);
  const overlay = await frameTimes(page, SECONDS, true);
  return { list, touch, plainMean: mean(plain), overlayMean: mean(overlay) };
}

async function chainIdleFrames(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/chain/posterior-oblique-sling/right`);
  await page.waitForFunction(() => (window.__omtAtlas?.paint().links.length ?? 0) > 0);
  await page.mouse.move(5, 5); // the pointer rests away from the body
  await page.waitForTimeout(CHAIN_IDLE_AFTER_MS);
  const before = await page.evaluate(() => window.__omtAtlas!.frames);
  await page.waitForTimeout(SECONDS * 1000);
  return (await page.evaluate(() => window.__omtAtlas!.frames)) - before;
}

function report(rows: Row[]): void {
  console.table(rows.map((r) => ({ metric: r.metric, value: `${r.value} ${r.unit}`.trim() })));
  mkdirSync('bench-results', { recursive: true });
  const out = {
    date: new Date().toISOString(),
    renderer: 'Chromium + SwiftShader (software)',
    rows,
  };
  writeFileSync('bench-results/bench.json', JSON.stringify(out, null, 2));
  console.log('wrote bench-results/bench.json');
}

async function main() {
  if (!process.argv.includes('--no-build'))
    execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  const startupOnly = process.argv.includes('--startup-only');
  await buildBaseline();
  const sizes = initialAssetSizes();
  const server = await preview({
    preview: { port: PORT, host: '127.0.0.1', strictPort: true },
    logLevel: 'warn',
  });
  const baseServer = await preview({
    root: BASELINE_SRC,
    configFile: false,
    build: { outDir: BASELINE_DIST },
    // Any free port: the app's port is the only one the caller picks.
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${PORT}/`;
  const baseUrl = baseServer.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('the baseline page server gave no address');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const rows: Row[] = [];
  try {
    const startup = await measureStartup(browser, url, baseUrl);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    rows.push(
      {
        metric: 'initial JS: fetched before the body frame (gzip; target ≤ 350)',
        value: (startup.appJs / 1024).toFixed(1),
        unit: 'KiB',
      },
      {
        metric: 'initial JS: plain three.js page (gzip)',
        value: (startup.baseJs / 1024).toFixed(1),
        unit: 'KiB',
      },
      {
        metric: `first frame with body, app / plain page (median of ${STARTUP_ROUNDS})`,
        value: `${startup.appFrame.toFixed(0)} / ${startup.baseFrame.toFixed(0)}`,
        unit: 'ms',
      },
      {
        metric: 'first frame with body: ratio to plain page (target ≤ 1.2×)',
        value: ratio(startup.appFrame, startup.baseFrame),
        unit: '',
      },
      {
        metric: `main thread blocked before it, app / plain page (median of ${STARTUP_ROUNDS})`,
        value: `${startup.appBlocked.toFixed(0)} / ${startup.baseBlocked.toFixed(0)}`,
        unit: 'ms',
      },
      {
        metric: 'main thread blocked: ratio to plain page (target ≤ 1.3×)',
        value: ratio(startup.appBlocked, startup.baseBlocked),
        unit: '',
      },
    );
    process.stderr.write(`  scripts before the body frame: ${startup.appScripts.join(', ')}\n`);
    if (startupOnly) return report(rows);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles this script with esbuild's keepNames, which wraps functions in a `__name`
    // helper; functions shipped to the page by page.evaluate need it defined there too.
    await page.addInitScript('window.__name = (f) => f;');
    // A returning visitor: the first-visit guide would cover the body the clicks aim at.
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      GUIDE_STORAGE_KEY,
      GUIDE_SEEN_VALUE,
    ] as const);
    await page.goto(url);
    await page.getByText('Body model ready').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => (window.__omtAtlas?.frames ?? 0) > 1);
    const firstFrame = await page.evaluate(() => window.__omtAtlas!.firstFrameAt!);
    const bodyFrame = await page.evaluate(() => window.__omtAtlas!.lastFrameMs);
    progress('idle body, forced redraws');
    const idle = await frameTimes(page, SECONDS, true);
    const info = await page.evaluate(() => window.__omtAtlas!.info());
    const heap = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    );
    const mean = idle.reduce((a, b) => a + b, 0) / Math.max(1, idle.length);
    const clicks: number[] = [];
    const panels: number[] = [];
    for (const round of [1, 2])
      for (const [region, heading] of [
        ['ankle.left', 'Region: Left ankle'],
        ['knee.right', 'Region: Right knee'],
        ['hip.left', 'Region: Left hip'],
      ] as const) {
        await page.goto(`${url}#/`);
        await page.reload();
        await page.waitForFunction(() => window.__omtAtlas?.regionPoint('ankle.left') != null);
        await settle(page);
        progress(`click on ${region} (round ${round})`);
        const ms = await clickToPanel(page, region, heading);
        if (Number.isNaN(ms.frame))
          process.stderr.write(`  (no panel update within 15–20 s for ${region})\n`);
        else {
          clicks.push(ms.frame);
          panels.push(ms.panel);
        }
      }
    progress('pain maps: touch the left heel, then the dermatome overlay');
    const maps = await mapsCosts(page, url);
    progress(`chain page left alone (${CHAIN_IDLE_AFTER_MS / 1000} s, then ${SECONDS} s counted)`);
    const chainIdle = await chainIdleFrames(page, url);
    // Technique playback draws its own frames: compare them with the idle body's forced redraws.
    await page.goto(`${url}#/technique/${PLAYBACK_VARIANT}/left`);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: /Understood/ }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForTimeout(1500); // past the first camera move
    progress(`technique playback (${PLAYBACK_VARIANT})`);
    const playback = await frameTimes(page, SECONDS, false);
    const playbackInfo = await page.evaluate(() => window.__omtAtlas!.info());
    const playbackScale = await page.evaluate(() => window.__omtAtlas!.resolutionScale);
    const playbackMean = playback.reduce((a, b) => a + b, 0) / Math.max(1, playback.length);
    // The same view held still and redrawn: what the animation itself adds to a frame.
    await page.getByRole('button', { name: 'Pause' }).click();
    await settle(page);
    progress('technique view paused, forced redraws');
    const held = await frameTimes(page, SECONDS, true);
    const heldMean = held.reduce((a, b) => a + b, 0) / Math.max(1, held.length);
    rows.push(
      { metric: 'JS named in index.html (gzip)', value: (sizes.js / 1024).toFixed(1), unit: 'KiB' },
      { metric: 'initial CSS (gzip)', value: (sizes.css / 1024).toFixed(1), unit: 'KiB' },
      {
        metric: 'models (file / gzip)',
        value: `${(sizes.modelsRaw / 1024).toFixed(0)} / ${(sizes.modelsGzip / 1024).toFixed(0)}`,
        unit: 'KiB',
      },
      { metric: 'first rendered frame', value: firstFrame.toFixed(0), unit: 'ms' },
      {
        metric: 'body ready (indexed, pickable): its last frame',
        value: bodyFrame.toFixed(0),
        unit: 'ms',
      },
      {
        metric: `frames per second (${SECONDS} s, forced redraw)`,
        value: (1000 / mean).toFixed(1),
        unit: 'fps',
      },
      { metric: 'p95 frame time', value: percentile(idle, 95).toFixed(1), unit: 'ms' },
      { metric: 'draw calls per frame', value: info.calls, unit: '' },
      { metric: 'triangles per frame', value: info.triangles, unit: '' },
      { metric: 'JS heap used', value: (heap / 1024 / 1024).toFixed(1), unit: 'MiB' },
      {
        metric: `click on body → panel updated (median of ${panels.length})`,
        value: percentile(panels, 50).toFixed(0),
        unit: 'ms',
      },
      {
        metric: `click on body → panel + highlight drawn (median / max of ${clicks.length})`,
        value: `${percentile(clicks, 50).toFixed(0)} / ${Math.max(...clicks).toFixed(0)}`,
        unit: 'ms',
      },
      {
        metric: 'click target: one idle frame + 50 ms',
        value: (mean + 50).toFixed(0),
        unit: 'ms',
      },
      {
        metric: `idle frames on a chain page (${SECONDS} s, after ${CHAIN_IDLE_AFTER_MS / 1000} s without input; target 0)`,
        value: chainIdle,
        unit: '',
      },
      {
        metric: `pain maps: touch the skin → list updated / zone drawn (median of ${maps.touch.length})`,
        value: `${percentile(maps.list, 50).toFixed(0)} / ${percentile(maps.touch, 50).toFixed(0)}`,
        unit: 'ms',
      },
      {
        metric: 'pain maps: touch target, one idle frame + 50 ms',
        value: (maps.plainMean + 50).toFixed(0),
        unit: 'ms',
      },
      {
        metric: 'pain maps: mean frame time, dermatome overlay / none (same view, forced redraw)',
        value: `${maps.overlayMean.toFixed(0)} / ${maps.plainMean.toFixed(0)} (${((maps.overlayMean / maps.plainMean - 1) * 100).toFixed(0)} %)`,
        unit: 'ms',
      },
      {
        metric: 'technique playback: frames per second',
        value: (1000 / playbackMean).toFixed(1),
        unit: 'fps',
      },
      {
        metric: 'technique playback: mean frame time vs idle body',
        value: `${playbackMean.toFixed(0)} / ${mean.toFixed(0)} (${((playbackMean / mean - 1) * 100).toFixed(0)} %)`,
        unit: 'ms',
      },
      {
        metric: 'technique playback: mean frame time vs the same view paused',
        value: `${playbackMean.toFixed(0)} / ${heldMean.toFixed(0)} (${((playbackMean / heldMean - 1) * 100).toFixed(0)} %)`,
        unit: 'ms',
      },
      {
        metric: 'technique playback: resolution scale reached (1 = full)',
        value: playbackScale.toFixed(2),
        unit: '',
      },
      {
        metric: 'technique playback: p95 frame time',
        value: percentile(playback, 95).toFixed(1),
        unit: 'ms',
      },
      {
        metric: 'technique playback: draw calls / triangles',
        value: `${playbackInfo.calls} / ${playbackInfo.triangles}`,
        unit: '',
      },
    );
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
    await new Promise<void>((r) => baseServer.httpServer.close(() => r()));
  }
  report(rows);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
