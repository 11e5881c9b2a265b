import { expect, test } from '@playwright/test';
import { waitForBody } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('the service worker controls the page on the first visit, without a reload', async ({
  page,
}) => {
  await page.goto('./');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
});

test('the page and the precache list the manifest and the icon once each', async ({
  page,
  request,
}) => {
  await page.goto('./');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  const worker = await (await request.get('./sw.js')).text();
  const urls = [...worker.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!);
  expect(urls).toContain('manifest.webmanifest');
  expect(urls).toContain('icon.svg');
  expect(urls.filter((u) => u === 'manifest.webmanifest')).toHaveLength(1);
  expect(urls.filter((u) => u === 'icon.svg')).toHaveLength(1);
  expect(new Set(urls).size).toBe(urls.length);
});

test('works with no network after the first visit (service worker precache)', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await waitForBody(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker must control the page before the network goes away.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: 'OMT Atlas home' })).toBeVisible();
  await waitForBody(page);
  // Parts loaded only when used were precached too: search, a chain, a technique, offline.
  await page.getByRole('combobox', { name: 'Search' }).fill('sciatica');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await page.goto('./#/chain/posterior-oblique-sling/right');
  await page.waitForFunction(() => (window.__omtAtlas?.paint().links.length ?? 0) > 0);
  await page.goto('./#/technique/lumbar-roll-hvla/left');
  await expect(page.getByRole('region', { name: 'Technique player' })).toBeVisible();
  await context.setOffline(false);
});
