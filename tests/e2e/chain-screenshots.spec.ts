import { expect, test } from '@playwright/test';
import { waitForBody } from './helpers';

// Renders five chains as a student or lecturer sees them, into docs/images/chains/ (committed), so
// changes to the picture show up in review.
const CHAINS = [
  ['ankle-instability-to-knee', 'left'],
  ['posterior-oblique-sling', 'right'],
  ['suboccipital-headache', 'left'],
  ['l5-radicular', 'left'],
  ['gallbladder-to-right-shoulder', 'left'],
] as const;

test.use({ viewport: { width: 1280, height: 800 } });

for (const [chain, side] of CHAINS) {
  test(`screenshot: ${chain}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./#/chain/${chain}/${side}`);
    await waitForBody(page);
    await expect(page.locator('.body-label').first()).toBeVisible();
    // Reduced motion makes the camera jump, so the framed view is ready once a frame is drawn.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await page.screenshot({ path: `docs/images/chains/${chain}.png` });
  });
}
