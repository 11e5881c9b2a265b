import { expect, test } from '@playwright/test';
import { waitForBody } from './helpers';

test.use({ serviceWorkers: 'allow' });

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
  await context.setOffline(false);
});
