import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForBody, watchPage } from './helpers';

/**
 * axe-core (injected from node_modules: nothing is fetched) on every kind of view: no critical
 * or serious violation, and exactly one visible h1.
 */
async function expectAccessible(page: Page, view: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${view}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(bad).toEqual([]);
  await expect(page.locator('h1:visible'), `${view}: one h1`).toHaveCount(1);
}

const lessons = (page: Page) => page.getByRole('region', { name: 'Lessons' });

// axe walks the whole page (every region option, every lesson): slow under software rendering.
test.describe.configure({ timeout: 150_000 });

test.describe('axe: no critical or serious violations', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('home (axe itself is injected from node_modules: no request leaves the app)', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('./');
    await waitForBody(page);
    await expectAccessible(page, 'home');
    expect(watch.foreignRequests).toEqual([]);
  });

  test('region', async ({ page }) => {
    await page.goto('./#/region/ankle.left');
    await waitForBody(page);
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Left ankle');
    await expectAccessible(page, 'region');
  });

  test('chain, with its references open', async ({ page }) => {
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    await page
      .getByText(/^References/)
      .first()
      .click();
    await expectAccessible(page, 'chain');
  });

  test('technique, with its contraindications', async ({ page }) => {
    await page.goto('./#/technique/cv4/left');
    await waitForBody(page);
    const player = page.getByRole('region', { name: 'Technique player' });
    await player.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, 'technique');
  });

  test('condition', async ({ page }) => {
    await page.goto('./#/condition/tension-headache');
    await waitForBody(page);
    await expect(page.getByTestId('selection-heading')).toContainText('Tension');
    await expectAccessible(page, 'condition');
  });

  test('lessons: editing one, following another', async ({ page }) => {
    await page.goto('./');
    await waitForBody(page);
    await lessons(page).getByRole('button', { name: 'New lesson' }).click();
    await expect(lessons(page).getByRole('group', { name: /^Edit lesson/ })).toBeVisible();
    await lessons(page)
      .getByRole('listitem', { name: 'Headache from the neck', exact: true })
      .getByRole('button', { name: 'Follow' })
      .click();
    await expect(page.getByRole('region', { name: 'Follow lesson' })).toBeVisible();
    await expectAccessible(page, 'lessons');
  });

  test('presenter mode on a projector', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-layer')).toBeVisible();
    await expectAccessible(page, 'presenter');
  });

  test('phone: home and a technique', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await waitForBody(page);
    await expectAccessible(page, 'phone home');
    await page.goto('./#/technique/cv4/left');
    await expect(page.getByRole('region', { name: 'Technique player' })).toBeVisible();
    await expectAccessible(page, 'phone technique');
  });
});
