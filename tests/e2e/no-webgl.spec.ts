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
  await page.getByRole('option', { name: /^Left hip/ }).click();
  await expect(page.getByTestId('selection-heading')).toHaveText('Region: Left hip');
  await page.screenshot({ path: 'test-results/screenshots/shell-no-webgl.png' });
});
