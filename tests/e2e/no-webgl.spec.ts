import { expect, test } from '@playwright/test';

test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-3d-apis',
      '--disable-webgl',
      '--disable-background-networking',
    ],
  },
});

test('shows a friendly fallback and the rest of the UI still works', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '3D view unavailable' })).toBeVisible();
  // The status line says why there is no body, instead of "Body model loading" for ever.
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(status).toContainText('3D view unavailable: this browser has no WebGL 2');
  await expect(status).not.toContainText('Body model loading');
  await page.getByRole('option', { name: /^Left hip/ }).click();
  await expect(page.getByTestId('selection-heading')).toHaveText('Region: Left hip');
  await page.screenshot({ path: 'test-results/screenshots/shell-no-webgl.png' });
});
