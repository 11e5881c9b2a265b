import { expect, test, type Page } from '@playwright/test';
import { encodeDeckLink } from '../../src/domain/study/deck-link';
import { waitForStillView } from './helpers';

/**
 * Pictures of the study mode for docs/images/study/, on a laptop and a phone: the panel's home,
 * a question answered on the body with its feedback, and an exam's summary with one answer shown.
 */
const DIR = 'docs/images/study';
const SIZES = [
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];
const study = (page: Page) => page.getByRole('complementary', { name: 'Study' });

async function waitForModel(page: Page) {
  await expect(page.getByText('Body model ready')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => (window.__omtAtlas?.frames ?? 0) > 1);
}

async function tapPoint(page: Page, name: string) {
  // The points asked about face the front: turn the body there first (the feedback may have
  // turned it towards an answer on the side or the back).
  await page.getByRole('button', { name: 'Front view', exact: true }).click();
  await waitForStillView(page);
  await expect
    .poll(() => page.evaluate((n) => window.__omtAtlas!.surfacePoint(n), name))
    .not.toBeNull();
  const p = (await page.evaluate((n) => window.__omtAtlas!.surfacePoint(n), name))!;
  const box = (await page.locator('canvas').first().boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

for (const size of SIZES)
  test.describe(`study screenshots (${size.name})`, () => {
    test.use({ viewport: size.viewport });
    test('home, feedback on the body, exam summary', async ({ page }) => {
      test.setTimeout(150_000);
      await page.goto(`./${encodeDeckLink({ t: 'Dermatome L2', q: ['refer:dermatome-l2.left'] })}`);
      await waitForModel(page);
      await expect(study(page).getByText('Progress by topic')).toBeVisible();
      await waitForStillView(page);
      await page.screenshot({ path: `${DIR}/home-${size.name}.png` });

      await study(page)
        .getByRole('button', { name: /Start review/ })
        .click();
      await expect(study(page).locator('#study-prompt')).toContainText('left L2 nerve root');
      // A tap a little off the key point still lies in the L2 dermatome.
      await tapPoint(page, 'key-point-l2.left');
      await expect(study(page).getByText('Correct.')).toBeVisible();
      await waitForStillView(page);
      await page.screenshot({ path: `${DIR}/feedback-${size.name}.png` });

      await study(page).getByRole('button', { name: 'Good', exact: true }).click();
      await study(page).getByRole('button', { name: 'End review' }).click();
      await study(page).getByLabel('Exam topic').selectOption({ label: 'Key sensory points' });
      await study(page).getByRole('button', { name: 'Start exam' }).click();
      await expect(study(page).getByRole('timer')).toContainText('question 1 of 10');
      await tapPoint(page, 'key-point-t4.left');
      for (let i = 1; i < 10; i++) await study(page).getByRole('button', { name: 'Skip' }).click();
      await expect(study(page).getByRole('heading', { name: /Exam summary/ })).toBeVisible();
      const rows = study(page).getByRole('listitem');
      await expect(rows).toHaveCount(10);
      await rows.first().getByRole('button').click();
      await expect(study(page).getByText(/Your answer:/)).toBeVisible();
      await waitForStillView(page);
      await page.screenshot({ path: `${DIR}/exam-summary-${size.name}.png` });
    });
  });
