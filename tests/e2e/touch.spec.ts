import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { waitForBody } from './helpers';

// A touch screen: Chromium gets real touch input (through the DevTools protocol), as on a tablet
// in a lecture hall or a student's phone.
test.use({ hasTouch: true });

type Touch = { x: number; y: number; id: number };

async function canvasOrigin(page: Page) {
  const box = (await page.locator('canvas').first().boundingBox())!;
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

async function touch(
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  touchPoints: Touch[],
) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: touchPoints.map((t) => ({ ...t, radiusX: 4, radiusY: 4, force: 1 })),
  });
}

/** Two fingers moving from `from` to `to` in `steps` moves, the way a pinch or a two-finger drag is. */
async function twoFingerGesture(
  cdp: CDPSession,
  from: [Touch, Touch],
  to: [Touch, Touch],
  steps = 8,
) {
  await touch(cdp, 'touchStart', from);
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    await touch(
      cdp,
      'touchMove',
      from.map((a, k) => ({
        id: a.id,
        x: a.x + (to[k]!.x - a.x) * f,
        y: a.y + (to[k]!.y - a.y) * f,
      })),
    );
  }
  await touch(cdp, 'touchEnd', []);
}

const camera = (page: Page) => page.evaluate(() => window.__omtAtlas!.camera()!);
const distance = (c: { position: number[]; target: number[] }) =>
  Math.hypot(...c.position.map((p, i) => p - c.target[i]!));

test.describe('touch', () => {
  test('a tap on the left ankle selects it and lists its chains', async ({ page }) => {
    await page.goto('./');
    await waitForBody(page);
    const point = await page.evaluate(() => window.__omtAtlas!.regionPoint('ankle.left'));
    expect(point, 'left ankle visible').not.toBeNull();
    const o = await canvasOrigin(page);
    await page.touchscreen.tap(o.x + point!.x, o.y + point!.y);
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Left ankle');
    await expect(
      page
        .getByRole('list', { name: 'Dysfunction here may refer to' })
        .getByRole('button', { name: /ankle instability/i }),
    ).toBeVisible();
  });

  test('pinch zooms and a two-finger drag pans the view', async ({ page }) => {
    await page.goto('./');
    await waitForBody(page);
    const cdp = await page.context().newCDPSession(page);
    const o = await canvasOrigin(page);
    const cx = o.x + o.width / 2;
    const cy = o.y + o.height / 2;

    const heading = await page.getByTestId('selection-heading').textContent();
    const before = await camera(page);
    // Fingers spread apart: zoom in (the camera comes closer to its target).
    await twoFingerGesture(
      cdp,
      [
        { id: 1, x: cx - 40, y: cy },
        { id: 2, x: cx + 40, y: cy },
      ],
      [
        { id: 1, x: cx - 150, y: cy },
        { id: 2, x: cx + 150, y: cy },
      ],
    );
    await expect
      .poll(async () => distance(await camera(page)))
      .toBeLessThan(distance(before) * 0.9);

    // Both fingers move up together: the view pans (the orbit target moves), distance kept.
    const zoomed = await camera(page);
    await twoFingerGesture(
      cdp,
      [
        { id: 1, x: cx - 60, y: cy + 80 },
        { id: 2, x: cx + 60, y: cy + 80 },
      ],
      [
        { id: 1, x: cx - 60, y: cy - 80 },
        { id: 2, x: cx + 60, y: cy - 80 },
      ],
    );
    await expect
      .poll(async () => Math.abs((await camera(page)).target[1]! - zoomed.target[1]!))
      .toBeGreaterThan(0.05);
    const panned = await camera(page);
    expect(distance(panned)).toBeCloseTo(distance(zoomed), 1);
    // No region was selected by the gestures.
    await expect(page.getByTestId('selection-heading')).toHaveText(heading!);
  });

  test('on a phone-sized screen every chain label stays whole inside the view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 760 });
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    const labels = page.locator('.body-label');
    await expect(labels.first()).toBeVisible();
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const view = (await page.locator('canvas').first().boundingBox())!;
    for (const label of await labels.all()) {
      const box = (await label.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(view.x);
      expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
    }
  });
});
