import { expect, test, type Page } from '@playwright/test';
import { waitForBody, waitForStillView, watchPage } from './helpers';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every Content-Security-Policy violation from the first line of the page on. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

test('the built app runs under its Content-Security-Policy with no violation', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL!);
  await recordViolations(page);
  await page.goto('./');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toMatch(/https?:/);
  // Home with the body model drawn (meshopt's WebAssembly decoder ran).
  await waitForBody(page);
  // A chain, then a technique, through the app's own links.
  await page.goto('./#/chain/suboccipital-headache/left');
  await waitForBody(page);
  await page.locator('.link-techniques button').first().click();
  await expect(page).toHaveURL(/#\/technique\//);
  await expect(page.getByRole('region', { name: 'Technique player' })).toBeVisible();
  // The technique stage has drawn everything it asked for (the view renders on demand, so a
  // frame after this point may never come).
  await waitForStillView(page);
  expect(await violations(page)).toEqual([]);
  // The presenter console is the same page under the same policy, talking to this window.
  const consolePage = await page.context().newPage();
  await recordViolations(consolePage);
  await consolePage.goto('./#/console');
  await expect(consolePage.getByRole('main', { name: 'Presenter console' })).toBeVisible();
  await expect(consolePage.getByTestId('console-current')).toBeVisible();
  expect(await violations(consolePage)).toEqual([]);
  expect(watch.errors.filter((e) => /Content Security Policy|CSP/i.test(e))).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
