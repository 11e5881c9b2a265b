import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type {} from '../../src/scene/diagnostics.ts';

/** Records console errors, uncaught page errors and every request that leaves the app's origin. */
export function watchPage(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  return { errors, foreignRequests };
}

/**
 * Waits until the body model is loaded and at least one frame has been drawn after it, and the
 * parts loaded after the first frame (content, side panel) have arrived: the app has started.
 */
export async function waitForBody(page: Page) {
  await expect(page.getByText('Body model ready')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => (window.__omtAtlas?.frames ?? 0) > 1);
  await expect(page.getByTestId('selection-heading')).toBeVisible();
}

/**
 * Waits until nothing has been drawn for `quietMs` and no frame is asked for: the view renders on
 * demand, so a still canvas means the camera has stopped gliding and the lazily loaded parts have
 * settled in (a frame asked for while the page is busy counts as not still).
 */
export async function waitForStillView(page: Page, quietMs = 600) {
  await page.waitForFunction((ms) => {
    const d = window.__omtAtlas;
    return !!d && d.pendingFrames() === 0 && performance.now() - d.lastFrameMs > ms;
  }, quietMs);
}

export async function framesDrawn(page: Page): Promise<number> {
  return page.evaluate(() => window.__omtAtlas?.frames ?? 0);
}

export interface PixelStats {
  width: number;
  height: number;
  /** Share of pixels that differ clearly from the background colour. */
  foreground: number;
  distinctColours: number;
}

/** Reads the rendered canvas back (a screenshot of its box) and measures what is on it. */
export async function canvasPixels(page: Page): Promise<PixelStats & { png: Buffer }> {
  const canvas = page.locator('canvas').first();
  const png = await canvas.screenshot();
  const img = PNG.sync.read(png);
  const { data, width, height } = img;
  // The background is the colour of the top-left corner (the body never reaches it).
  const [br, bg, bb] = [data[0]!, data[1]!, data[2]!];
  let fg = 0;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    if (Math.abs(r - br) + Math.abs(g - bg) + Math.abs(b - bb) > 30) fg++;
    if (colours.size < 5000) colours.add((r << 16) | (g << 8) | b);
  }
  return { png, width, height, foreground: fg / (width * height), distinctColours: colours.size };
}
