import { expect, test, type Page } from '@playwright/test';
import { waitForBody, waitForStillView } from './helpers';

const sources = (page: Page) => page.getByRole('list', { name: 'Pain here may come from' });

/** The canvas pixel (page coordinates) where a named content point is visible. */
async function pointOnScreen(page: Page, name: string) {
  const canvas = page.locator('canvas').first();
  await waitForStillView(page);
  await expect
    .poll(() => page.evaluate((n) => window.__omtAtlas!.surfacePoint(n), name))
    .not.toBeNull();
  const p = (await page.evaluate((n) => window.__omtAtlas!.surfacePoint(n), name))!;
  const box = (await canvas.boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

async function openRegion(page: Page, region: string, view?: 'Front' | 'Back' | 'Left' | 'Right') {
  await page.goto(`./#/region/${region}`);
  await waitForBody(page);
  await expect(sources(page)).toBeVisible();
  const names = {
    Front: 'Front view',
    Back: 'Back view',
    Left: 'Left side view',
    Right: 'Right side view',
  };
  if (view) await page.getByRole('button', { name: names[view], exact: true }).click();
}

test.describe('pain maps: where may pain felt here come from', () => {
  test('a click on the left heel lists the S1 root and soleus, and keeps the point in the link', async ({
    page,
  }) => {
    await openRegion(page, 'foot.left', 'Left');
    const heel = await pointOnScreen(page, 'key-point-s1.left');
    await page.mouse.click(heel.x, heel.y);
    await expect(page).toHaveURL(/at=/);
    await expect(
      page.getByText('Sources whose maps hold the pain at the point you touched.'),
    ).toBeVisible();
    await expect(
      sources(page).getByRole('button', { name: /S1 dermatome \(left\)/ }),
    ).toBeVisible();
    await expect(sources(page).getByRole('button', { name: /Soleus .*\(left\)/ })).toBeVisible();
    // The right side's maps are not listed for a left heel.
    await expect(sources(page).getByRole('button', { name: /\(right\)/ })).toHaveCount(0);
  });

  test('choosing a source draws its map; the region alone lists the union of its sources', async ({
    page,
  }) => {
    await openRegion(page, 'ankle.left');
    // Without a touched point the whole left ankle counts: its muscles and its roots.
    await expect(
      sources(page).getByRole('button', { name: /L5 dermatome \(left\)/ }),
    ).toBeVisible();
    await expect(
      sources(page)
        .getByRole('button', { name: /Fibularis/ })
        .first(),
    ).toBeVisible();
    const row = sources(page)
      .getByRole('button', { name: /Fibularis/ })
      .first();
    await row.click();
    await expect(row).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/zones=trp-fibularis\.left/);
    await expect(page.getByRole('group', { name: 'Map legend' })).toContainText('(left)');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });
    test('a tap on the tip of the right shoulder lists the gallbladder and the diaphragm', async ({
      page,
    }) => {
      await openRegion(page, 'shoulder.right', 'Front');
      const tip = await pointOnScreen(page, 'landmark-acromion-right');
      await page.touchscreen.tap(tip.x, tip.y);
      await expect(page).toHaveURL(/at=/);
      const list = sources(page);
      await expect(list.getByRole('button', { name: /Gallbladder: referred pain/ })).toBeVisible();
      await expect(list.getByRole('button', { name: /Diaphragm: referred pain/ })).toBeVisible();
      // Red flags are pinned on top.
      await expect(list.locator('li').first()).toHaveClass(/red-flag/);
    });
  });

  test('near the umbilicus: the T10 dermatome', async ({ page }) => {
    await openRegion(page, 'umbilical', 'Front');
    const navel = await pointOnScreen(page, 'landmark-umbilicus');
    await page.mouse.click(navel.x, navel.y);
    await expect(
      sources(page)
        .getByRole('button', { name: /^T10 dermatome/ })
        .first(),
    ).toBeVisible();
  });

  test('the keyboard chooses a point from a list instead of clicking', async ({ page }) => {
    await openRegion(page, 'foot.left');
    await page
      .getByLabel('Choose a point on the body')
      .selectOption({ label: 'S1 key sensory point (left)' });
    await expect(page).toHaveURL(/at=/);
    await expect(
      sources(page).getByRole('button', { name: /S1 dermatome \(left\)/ }),
    ).toBeVisible();
  });

  test('painting the outer thigh lists gluteus minimus; the painting survives in the link', async ({
    page,
  }) => {
    await openRegion(page, 'thigh.left', 'Left');
    await page.getByRole('button', { name: 'Paint the pain' }).click();
    const p = await pointOnScreen(page, 'landmark-lateral-thigh');
    await page.mouse.move(p.x, p.y - 25);
    await page.mouse.down();
    await page.mouse.move(p.x, p.y + 25, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(/paint=/);
    await expect(
      page.getByText('Sources whose maps hold the pain over the area you painted.'),
    ).toBeVisible();
    await expect(
      sources(page)
        .getByRole('button', { name: /Gluteus minimus/ })
        .first(),
    ).toBeVisible();
    // The authoring aid: the painted area as a zone outline in surface coordinates.
    await page.getByRole('button', { name: 'Painted area as a zone outline' }).click();
    await expect(page.getByLabel('Outline (surface coordinates, for a map file)')).toHaveValue(
      /"segment":"thigh","view":"around","side":"left","outline":\[\[/,
    );
    const link = page.url();
    await page.goto('./');
    await page.goto(link);
    await waitForBody(page);
    await expect(
      page.getByText('Sources whose maps hold the pain over the area you painted.'),
    ).toBeVisible();
    await expect(
      sources(page)
        .getByRole('button', { name: /Gluteus minimus/ })
        .first(),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Clear painting' }).click();
    await expect(page).not.toHaveURL(/paint=/);
  });

  test('the overlays toggle, with a legend, and go into the link', async ({ page }) => {
    await openRegion(page, 'ankle.left');
    const dermatomes = page.getByRole('checkbox', { name: 'Dermatomes' });
    await dermatomes.check();
    await expect(page).toHaveURL(/maps=dermatomes/);
    const legend = page.getByRole('group', { name: 'Map legend' });
    await expect(legend).toContainText('C6 dermatome');
    await page.getByRole('checkbox', { name: 'Viscerosomatic levels' }).check();
    await expect(page).toHaveURL(/maps=dermatomes,viscerosomatic/);
    await expect(legend).toContainText('Viscerosomatic levels');
    await dermatomes.uncheck();
    await page.getByRole('checkbox', { name: 'Viscerosomatic levels' }).uncheck();
    await expect(legend).toHaveCount(0);
    await expect(page).not.toHaveURL(/maps=/);
  });
});
