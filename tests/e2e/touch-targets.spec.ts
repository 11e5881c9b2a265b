import { expect, test, type Page } from '@playwright/test';
import { waitForBody } from './helpers';

/** Controls a finger must hit: every visible one of these is at least 24 × 24 CSS px. */
const TARGETS = [
  'input[type="checkbox"]',
  'input[type="range"]',
  'select',
  'summary',
  '.citations a',
  '.player button',
  '.layers label',
].join(', ');

async function smallTargets(page: Page) {
  return page.evaluate((selector) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not shown (folded away or hidden)
      if (r.width < 24 || r.height < 24) {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        small.push(
          `${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return small;
  }, TARGETS);
}

test.describe('touch targets on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a chain with its references open, and the layer controls', async ({ page }) => {
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    for (const summary of await page.locator('summary').all()) await summary.click();
    await expect(page.locator('.citations a').first()).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });

  test('the technique player: speed, loop, framing and steps', async ({ page }) => {
    await page.goto('./#/technique/cv4/left');
    await waitForBody(page);
    await expect(page.getByRole('region', { name: 'Technique player' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });
});
