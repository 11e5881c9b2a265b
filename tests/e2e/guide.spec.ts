import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_LESSONS } from '../../src/content/lessons';
import { GUIDE_SEEN_VALUE, GUIDE_STORAGE_KEY } from '../../src/domain/guide-seen';
import { encodeLessonLinkHash } from '../../src/domain/lesson';
import { waitForBody } from './helpers';

const SHOTS = 'docs/images/guide';
mkdirSync(SHOTS, { recursive: true });

// A first visit: nothing in storage (the other specs start with the guide dismissed).
test.use({ storageState: { cookies: [], origins: [] } });

const guide = (page: Page) => page.getByRole('dialog', { name: 'Welcome to OMT Atlas' });
const inGuide = (page: Page) => guide(page).evaluate((d) => d.contains(document.activeElement));

test.describe('first-visit guide', () => {
  test('greets a first visit, is dismissed and remembered, and comes back from Help', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    await expect(guide(page)).toBeVisible();
    await waitForBody(page);
    expect(await inGuide(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/guide-laptop.png` });
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await inGuide(page)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(guide(page)).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), GUIDE_STORAGE_KEY)).toBe(
      GUIDE_SEEN_VALUE,
    );

    await page.reload();
    await waitForBody(page);
    await expect(page.getByRole('button', { name: 'Help' })).toBeVisible();
    await expect(guide(page)).toHaveCount(0);

    const help = page.getByRole('button', { name: 'Help' });
    await help.click();
    await expect(guide(page)).toBeVisible();
    await guide(page).getByRole('button', { name: 'Got it' }).click();
    await expect(guide(page)).toHaveCount(0);
    await expect(help).toBeFocused();
  });

  test('a damaged remembered value greets again', async ({ page }) => {
    await page.addInitScript(
      (k) => localStorage.setItem(k, '{"dismissed":"yes"}'),
      GUIDE_STORAGE_KEY,
    );
    await page.goto('./');
    await expect(guide(page)).toBeVisible();
  });

  test('is loaded lazily: the entry script does not carry it', async ({ page, request }) => {
    await page.goto('./');
    const html = await (await request.get('./')).text();
    const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(0);
    for (const src of entries) {
      const js = await (await request.get(src)).text();
      expect(js).not.toContain('Welcome to OMT Atlas');
    }
    await expect(guide(page)).toBeVisible();
  });

  test('fits a phone, and can be closed there', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await expect(guide(page)).toBeVisible();
    await waitForBody(page);
    const box = (await guide(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: `${SHOTS}/guide-phone.png` });
    await guide(page).getByRole('button', { name: 'Got it' }).click();
    await expect(guide(page)).toHaveCount(0);
  });

  test('never in a lecture: presenter mode, or a student opening a lesson link', async ({
    page,
    context,
  }) => {
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await expect(guide(page)).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-layer')).toBeVisible();
    await expect(guide(page)).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter-layer')).toHaveCount(0);
    // The interrupted welcome does not come back after the lecture.
    await expect(page.getByRole('button', { name: 'Help' })).toBeVisible();
    await expect(guide(page)).toHaveCount(0);

    const link = encodeLessonLinkHash(EXAMPLE_LESSONS[0]!);
    if (!link.ok) throw new Error(link.reason);
    const student = await context.newPage();
    await student.addInitScript(() => localStorage.clear());
    await student.goto(`./${link.hash}`);
    await expect(student.getByRole('region', { name: 'Follow lesson' })).toBeVisible();
    await waitForBody(student);
    await expect(guide(student)).toHaveCount(0);
  });
});
