import { expect, test, type Page } from '@playwright/test';
import { framesDrawn, waitForBody } from './helpers';

/**
 * The first frame needs only the body: everything else arrives after it, in chunks of its own.
 * These tests check behaviour (each part loads and works when first used; a failed load offers a
 * retry; a chain page comes to rest), never timings — those are `npm run bench`.
 */

/** Same-origin scripts the page has fetched so far (paths). */
const scriptsFetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js')),
  );

/** Resolves once no frame has been drawn for `quietMs`: the view is at rest. */
async function waitForStill(page: Page, quietMs: number) {
  await page.waitForFunction(
    (q) => performance.now() - (window.__omtAtlas?.lastFrameMs ?? 0) > q,
    quietMs,
    { timeout: 30_000, polling: 100 },
  );
}

test.describe('fast start: parts load when used', () => {
  test('search, a technique and presenter mode each load on first use and work', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForBody(page);
    // The technique stage and player are not fetched for the home page.
    expect((await scriptsFetched(page)).some((p) => /TechniqueStage|TechniquePlayer/.test(p))).toBe(
      false,
    );
    // Search: its index is built on the first query.
    await page.getByRole('combobox', { name: 'Search' }).fill('lumbar roll');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect(results).toBeVisible();
    await results.getByRole('option').first().click();
    await expect(page).toHaveURL(/#\/technique\//);
    // The technique part arrives with the page and works.
    const player = page.getByRole('region', { name: 'Technique player' });
    await expect(player).toBeVisible();
    await expect(player.getByRole('button', { name: 'Play' })).toBeVisible();
    expect((await scriptsFetched(page)).some((p) => /TechniqueStage/.test(p))).toBe(true);
    // Presenter mode from an example lesson.
    await page.goto('./#/');
    await waitForBody(page);
    const lessons = page.getByRole('region', { name: 'Lessons' });
    await lessons
      .getByRole('listitem', { name: 'Low back pain beyond the lumbar spine', exact: true })
      .getByRole('button', { name: 'Present' })
      .click();
    await expect(page.getByTestId('presenter-layer')).toBeVisible();
    await expect(page.getByTestId('presenter-caption')).toContainText('1 /');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter-layer')).toHaveCount(0);
  });

  test('a part that fails to load shows a notice and a retry, then loads on Retry', async ({
    page,
  }) => {
    const blocked = /\/assets\/TechniquePlayer-[^/]+\.js$/;
    await page.route(blocked, (route) => route.abort('internetdisconnected'));
    await page.goto('./#/technique/lumbar-roll-hvla/left');
    await waitForBody(page);
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'The technique player could not be loaded' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('region', { name: 'Technique player' })).toHaveCount(0);
    await page.unroute(blocked);
    await notice.getByRole('button', { name: 'Retry' }).click();
    const player = page.getByRole('region', { name: 'Technique player' });
    await expect(player).toBeVisible();
    await expect(player.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('a failed content load offers a retry in the side panel', async ({ page }) => {
    const blocked = /\/assets\/start-content-[^/]+\.js$/;
    await page.route(blocked, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'The atlas content could not be loaded' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await page.unroute(blocked);
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('listbox', { name: 'Body regions' })).toBeVisible();
    await waitForBody(page);
  });
});

test.describe('fast start: idle costs nothing', () => {
  test('a chain page comes to rest without input and moves again on input', async ({ page }) => {
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    await page.waitForFunction(() => (window.__omtAtlas?.paint().links.length ?? 0) > 0);
    await page.mouse.move(2, 2);
    // The flow runs for a few seconds, then the drawing holds still.
    await waitForStill(page, 1500);
    const still = await framesDrawn(page);
    // Input anywhere wakes the flow: it draws frame after frame again.
    await page.mouse.move(40, 8, { steps: 4 });
    await expect.poll(() => framesDrawn(page)).toBeGreaterThan(still + 5);
  });

  test('with reduced motion the chain is drawn still and input does not animate it', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    await page.waitForFunction(() => (window.__omtAtlas?.paint().links.length ?? 0) > 0);
    await page.mouse.move(2, 2);
    await waitForStill(page, 1000);
    const still = await framesDrawn(page);
    await page.mouse.move(40, 8, { steps: 4 });
    await page.keyboard.press('Shift');
    await waitForStill(page, 1000);
    expect(await framesDrawn(page)).toBe(still);
  });
});
