import { expect, test, type Page } from '@playwright/test';
import { waitForBody } from './helpers';

/** Clicks a region on the canvas like a user: at a pixel where the region is visible. */
async function clickRegion(page: Page, id: string) {
  // The view may still be gliding to where the page frames it: wait until the region shows.
  const where = () => page.evaluate((r) => window.__omtAtlas!.regionPoint(r), id);
  await expect.poll(where, { message: `${id} is visible on screen` }).not.toBeNull();
  const point = await where();
  const box = (await page.locator('canvas').first().boundingBox())!;
  await page.mouse.click(box.x + point!.x, box.y + point!.y);
}

const paint = (page: Page) => page.evaluate(() => window.__omtAtlas!.paint());

test.describe('referral chains on the body', () => {
  test('clicking the left ankle lists the ankle → knee chain and highlights the left knee', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForBody(page);
    await clickRegion(page, 'ankle.left');
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Left ankle');
    const refersTo = page.getByRole('list', { name: 'Dysfunction here may refer to' });
    await expect(refersTo.getByRole('button', { name: /ankle instability/i })).toBeVisible();
    const p = await paint(page);
    expect(p.regions).toContainEqual(
      expect.objectContaining({ id: 'ankle.left', role: 'selected' }),
    );
    expect(p.regions).toContainEqual(expect.objectContaining({ id: 'knee.left', role: 'related' }));
    await expect(page.locator('.body-label[data-region="knee.left"]')).toBeVisible();
  });

  test('hovering names the region under the pointer', async ({ page }) => {
    await page.goto('./');
    await waitForBody(page);
    const point = await page.evaluate(() => window.__omtAtlas!.regionPoint('knee.right'));
    const box = (await page.locator('canvas').first().boundingBox())!;
    await page.mouse.move(box.x + point!.x, box.y + point!.y);
    await expect(page.getByTestId('status-hover')).toHaveText('Pointer: Right knee');
  });

  test('the right hip leads to the left shoulder, and the flow crosses the back', async ({
    page,
  }) => {
    // The hip region is the side of the pelvis: look from the front right, as a user would orbit.
    await page.goto('./#/?cam=-2.4,1.1,2.4,0,0.95,0');
    await waitForBody(page);
    await clickRegion(page, 'hip.right');
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Right hip');
    const refersTo = page.getByRole('list', { name: 'Dysfunction here may refer to' });
    const sling = refersTo.getByRole('button', { name: /posterior oblique sling/i });
    await expect(sling).toContainText('Left shoulder');
    await sling.click();
    await expect(page).toHaveURL(/#\/chain\/posterior-oblique-sling\/right/);
    const p = await paint(page);
    expect(p.links.at(-1)?.to).toBe('shoulder.left');
    // Right gluteus maximus → thoracolumbar fascia → left latissimus dorsi: across the back.
    expect(p.structures).toEqual(
      expect.arrayContaining([
        'gluteus-maximus.right',
        'thoracolumbar-fascia',
        'latissimus-dorsi.left',
      ]),
    );
    // The camera glides round to look at the back.
    await expect
      .poll(async () => (await page.evaluate(() => window.__omtAtlas!.camera()))!.position[2]!)
      .toBeLessThan(0);
    await expect(page.locator('.body-label[data-region="shoulder.left"]')).toContainText(
      'pain felt here',
    );
  });

  test('the right shoulder: may come from the gallbladder, the diaphragm and the opposite hip', async ({
    page,
  }) => {
    await page.goto('./#/region/shoulder.right');
    const from = page.getByRole('list', { name: 'Pain here may come from' });
    await expect(from.getByRole('button', { name: /gallbladder/i }).first()).toBeVisible();
    await expect(from.getByRole('button', { name: /diaphragm/i }).first()).toBeVisible();
    await expect(from.getByRole('button', { name: /Left hip/ }).first()).toBeVisible();
  });

  test('keyboard only: choose a region, open a chain, step through its links', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Filter body regions').focus();
    await page.keyboard.type('right hip');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Right hip');
    const sling = page
      .getByRole('list', { name: 'Dysfunction here may refer to' })
      .getByRole('button', { name: /posterior oblique sling/i });
    await sling.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/chain\/posterior-oblique-sling\/right/);
    await page.locator('body').press('ArrowRight');
    const links = await page.evaluate(() => window.__omtAtlas!.paint().links.length);
    if (links > 1) {
      await expect(page).toHaveURL(/link=2/);
      await expect(page.locator('.links .link.active .link-number')).toHaveText('2');
      await page.locator('body').press('ArrowLeft');
      await expect(page.locator('.links .link.active .link-number')).toHaveText('1');
    }
  });

  test('a deep link to a chain reproduces the same view', async ({ page }) => {
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    await expect(
      page.getByRole('heading', { name: /posterior oblique sling/i, level: 3 }),
    ).toBeVisible();
    const p = await paint(page);
    expect(p.links.at(-1)?.to).toBe('shoulder.left');
    expect(p.regions).toContainEqual(expect.objectContaining({ id: 'hip.right', role: 'source' }));
  });

  test('search "sciatica" + Enter shows the lumbar radicular chain', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('listbox', { name: 'Body regions' })).toBeVisible();
    await page.keyboard.press('/');
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
    await page.keyboard.type('sciatica');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('selection-heading')).toContainText('Sciatica');
    const p = await paint(page);
    expect(p.links[0]?.from).toBe('lumbar-spine');
    await expect(page.getByTestId('drawn-chain')).toHaveAttribute(
      'data-chain',
      /^(l4|l5|s1)-radicular$/,
    );
  });
});
