import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { openViewer, renderShot, serveViewer, SHOTS } from '../../scripts/body-renders';

/**
 * Renders the generated body (each layer from four sides, close-ups, posed joints) to
 * docs/images/body/ so every change to the generator leaves pictures to look at, and checks what a
 * machine can check about them: the figure fills a sensible part of the frame, and posing a joint
 * really changes the picture.
 */

/** The viewer's clear colour (scripts/body-viewer: scene.background 0x20242a). Not read from a
 * corner pixel: a close-up can have the body in every corner (a hand in front of the thigh). */
const BACKGROUND = [0x20, 0x24, 0x2a] as const;

function foreground(png: Buffer) {
  const { data, width, height } = PNG.sync.read(png);
  const [br, bg, bb] = BACKGROUND;
  let fg = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs(data[i]! - br) + Math.abs(data[i + 1]! - bg) + Math.abs(data[i + 2]! - bb) > 30)
      fg++;
  return fg / (width * height);
}

/** Share of pixels that differ clearly between two same-size renders. */
function changed(a: Buffer, b: Buffer) {
  const pa = PNG.sync.read(a).data;
  const pb = PNG.sync.read(b).data;
  let n = 0;
  for (let i = 0; i < pa.length; i += 4)
    if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) > 40) n++;
  return n / (pa.length / 4);
}

test('body renders: every layer from four sides, close-ups and posed joints', async ({ page }) => {
  test.setTimeout(240_000);
  const server = await serveViewer();
  try {
    await page.setViewportSize({ width: 640, height: 800 });
    await openViewer(page, server.url);
    const renders = new Map<string, Buffer>();
    for (const shot of SHOTS) renders.set(shot.name, await renderShot(page, shot));

    for (const [name, png] of renders) {
      const share = foreground(png);
      // A whole standing adult fills roughly 5–30 % of a 640×800 portrait frame; close-ups more.
      expect(share, `${name}: something is drawn`).toBeGreaterThan(0.03);
      expect(share, `${name}: the camera is not inside the body`).toBeLessThan(0.95);
    }
    for (const [pose, rest] of [
      ['pose-knee-flexion-90', 'skin-side'],
      ['pose-hip-flexion-90', 'skin-side'],
      ['pose-trunk-rotation-30', 'skin-front'],
      ['pose-arm-abduction-90', 'skin-front'],
      ['pose-muscles-hip-knee', 'muscles-side'],
    ] as const) {
      expect(changed(renders.get(pose)!, renders.get(rest)!), `${pose} moves`).toBeGreaterThan(
        0.005,
      );
    }
  } finally {
    server.close();
  }
});
