import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForBody } from './helpers';

const SHOTS = 'docs/images/presenter';
mkdirSync(SHOTS, { recursive: true });

const player = (page: Page) => page.getByRole('region', { name: 'Technique player' });
const dialog = (page: Page) => page.getByRole('dialog', { name: /Contraindications/ });

/** Presents the example headache lesson and goes to its last step, the suboccipital release. */
async function presentTechniqueStep(page: Page) {
  await page.goto('./');
  await waitForBody(page);
  await page
    .getByRole('region', { name: 'Lessons' })
    .getByRole('listitem', { name: 'Headache from the neck', exact: true })
    .getByRole('button', { name: 'Present' })
    .click();
  const caption = page.getByTestId('presenter-caption');
  await expect(caption).toContainText('1 / 5');
  for (let i = 2; i <= 5; i++) {
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText(`${i} / 5`);
  }
  await expect(page).toHaveURL(/#\/technique\/suboccipital-release/);
  await expect(player(page)).toBeVisible();
  return caption;
}

test.describe('a technique in presenter mode', () => {
  // Each walks a lesson to its technique step first: longer than most tests on a loaded machine.
  test.setTimeout(120_000);
  test('the player shows above the caption bar; the clicker plays, pauses and steps it; Esc closes the dialog first', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const caption = await presentTechniqueStep(page);
    // Not covered by the caption bar.
    const bar = (await caption.boundingBox())!;
    const box = (await player(page).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
    await expect(player(page).getByRole('button', { name: 'Play' })).toBeVisible();

    // Space plays the technique (contraindications first), it does not move the lesson.
    await page.keyboard.press(' ');
    await expect(dialog(page)).toBeVisible();
    await expect(caption).toContainText('5 / 5');
    // Esc closes the dialog and stays in presenter mode; a second Esc leaves.
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByTestId('presenter-layer')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter-layer')).toHaveCount(0);

    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-layer')).toBeVisible();
    await page.keyboard.press(' ');
    await dialog(page)
      .getByRole('button', { name: /Understood/ })
      .click();
    await expect(player(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press(' ');
    await expect(player(page).getByRole('button', { name: 'Play' })).toBeVisible();

    // PageDown / PageUp step through the technique; the lesson stays on its step.
    const step = player(page).locator('.phase-kind');
    await player(page).getByRole('slider', { name: 'Timeline' }).fill('0');
    await expect(step).toContainText(/^Step 1 of/);
    await page.locator('body').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('PageDown');
    await expect(step).toContainText(/^Step 2 of/);
    await page.keyboard.press('ArrowRight');
    await expect(step).toContainText(/^Step 3 of/);
    await page.keyboard.press('PageUp');
    await expect(step).toContainText(/^Step 2 of/);
    await expect(caption).toContainText('5 / 5');
    await page.mouse.move(20, 500);
    await page.screenshot({ path: `${SHOTS}/presenter-technique.png` });
    // Back before the first step, the clicker moves the lesson back; Shift+PageUp does at once.
    await page.keyboard.press('PageUp');
    await expect(step).toContainText(/^Step 1 of/);
    await page.keyboard.press('PageUp');
    await expect(caption).toContainText('4 / 5');
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText('5 / 5');
    await page.keyboard.press('Shift+PageUp');
    await expect(caption).toContainText('4 / 5');
  });

  test('the presenter console plays, pauses and steps the technique on screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await presentTechniqueStep(page);
    const popupPromise = page.waitForEvent('popup');
    await page
      .getByRole('toolbar', { name: 'Presenter controls' })
      .getByRole('button', { name: 'Console' })
      .click();
    const consoleWin = await popupPromise;
    await consoleWin.setViewportSize({ width: 1000, height: 700 });
    const controls = consoleWin.getByRole('toolbar', { name: 'Technique controls' });
    const where = consoleWin.getByTestId('console-technique-step');
    await expect(where).toHaveText(/Technique step 1 of \d+ · paused/);

    // The first play from the console asks for the contraindications on the projector.
    await controls.getByRole('button', { name: 'Play technique' }).click();
    await dialog(page)
      .getByRole('button', { name: /Understood/ })
      .click();
    await expect(player(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(where).toContainText('playing');
    await controls.getByRole('button', { name: 'Pause technique' }).click();
    await expect(player(page).getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(where).toContainText('paused');

    const step = player(page).locator('.phase-kind');
    const shown = Number((/Step (\d+)/.exec((await step.textContent()) ?? '') ?? [])[1]);
    await controls.getByRole('button', { name: 'Next technique step' }).click();
    await expect(step).toContainText(`Step ${shown + 1} of`);
    await expect(where).toContainText(`Technique step ${shown + 1} of`);
    await controls.getByRole('button', { name: 'Previous technique step' }).click();
    await expect(step).toContainText(`Step ${shown} of`);
    await expect(page.getByTestId('presenter-caption')).toContainText('5 / 5');
    await consoleWin.screenshot({ path: `${SHOTS}/console-technique.png` });

    // Away from the technique, the console offers no technique controls.
    await consoleWin
      .getByRole('toolbar', { name: 'Step controls' })
      .getByRole('button', { name: 'Previous' })
      .click();
    await expect(page.getByTestId('presenter-caption')).toContainText('4 / 5');
    await expect(controls).toHaveCount(0);
  });
});

test('on a phone the contraindications dialog fits the screen and scrolls within it', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  await page.goto('./#/technique/cervical-hvla/left?t=1');
  await waitForBody(page);
  await player(page).getByRole('button', { name: 'Play' }).tap();
  const d = dialog(page);
  await expect(d).toBeVisible();
  const box = (await d.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await expect(d.getByRole('heading', { name: /Contraindications/ })).toBeInViewport();
  await expect(d.getByRole('heading', { name: 'Absolute' })).toBeInViewport();
  await page.screenshot({ path: 'docs/images/techniques/phone-contraindications.png' });
  // Its last action can be reached by scrolling the dialog itself.
  const cancel = d.getByRole('button', { name: 'Cancel' });
  await cancel.scrollIntoViewIfNeeded();
  await expect(cancel).toBeInViewport();
  await context.close();
});
