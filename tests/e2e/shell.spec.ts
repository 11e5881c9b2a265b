import { expect, test } from '@playwright/test';
import { canvasPixels, framesDrawn, waitForBody, waitForStillView, watchPage } from './helpers';

test.describe('app shell', () => {
  test('loads with no console errors, draws the body, and requests nothing off-origin', async ({
    page,
    baseURL,
  }, testInfo) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('./');
    await expect(page.getByRole('link', { name: 'OMT Atlas home' })).toBeVisible();
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.getByRole('listbox', { name: 'Body regions' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Referral chains' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Techniques' })).toBeVisible();
    await waitForBody(page);
    const pixels = await canvasPixels(page);
    await testInfo.attach('shell', { body: pixels.png, contentType: 'image/png' });
    await page.screenshot({ path: 'test-results/screenshots/shell-home.png' });
    // The body fills a clear part of the view and is shaded, not a flat silhouette.
    expect(pixels.foreground).toBeGreaterThan(0.04);
    expect(pixels.distinctColours).toBeGreaterThan(200);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('renders on demand: no frames while nothing moves, frames while orbiting', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForBody(page);
    // The start finishes after the first frame (content, side panel, picking load lazily); let it
    // finish and settle, then watch an idle second.
    await expect(page.getByRole('listbox', { name: 'Body regions' })).toBeVisible();
    await page.waitForFunction(() => window.__omtAtlas?.regionPoint('ankle.left') != null);
    await waitForStillView(page, 1000);
    const idleStart = await framesDrawn(page);
    await page.waitForTimeout(1000);
    expect(await framesDrawn(page)).toBe(idleStart);
    const box = (await page.locator('canvas').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => framesDrawn(page)).toBeGreaterThan(idleStart + 3);
  });

  test('a deep link restores the state, and back / forward follow it', async ({ page }) => {
    await page.goto('./#/region/ankle.left?layers=skin,skeleton&xray=0.5');
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Left ankle');
    await expect(page.getByRole('option', { name: /^Left ankle/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('checkbox', { name: 'Skeleton' })).toBeChecked();
    await expect(page.getByRole('slider', { name: 'X-ray' })).toHaveValue('0.5');
    await page.getByRole('option', { name: /^Right knee/ }).click();
    await expect(page).toHaveURL(/#\/region\/knee\.right/);
    await page.goBack();
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Left ankle');
    await page.goForward();
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Right knee');
    await page.screenshot({ path: 'test-results/screenshots/shell-deep-link.png' });
  });

  test('a malformed or unknown deep link shows a notice and the home view', async ({ page }) => {
    const watch = watchPage(page, 'http://127.0.0.1');
    for (const hash of ['#/region/%E0%A4%A', '#/region/unicorn.left', '#/chain/x/sideways']) {
      await page.goto(`./${hash}`);
      await expect(page.getByTestId('notice').first()).toContainText('could not be opened');
      await expect(page.getByTestId('selection-heading')).toContainText('Home');
    }
    await page.screenshot({ path: 'test-results/screenshots/shell-bad-link.png' });
    expect(watch.errors).toEqual([]);
  });
});
