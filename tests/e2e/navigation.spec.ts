import { expect, test, type Page } from '@playwright/test';
import { waitForBody } from './helpers';

/** Searches like a user: `/`, the words, Enter on the first result. */
async function search(page: Page, words: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(words);
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await page.keyboard.press('Enter');
}

const camera = (page: Page) => page.evaluate(() => window.__omtAtlas!.camera()!);

/** A canvas pixel where the region shows, as a share of the canvas (0–1 each way), or null. */
async function regionOnScreen(page: Page, id: string) {
  const box = (await page.locator('canvas').first().boundingBox())!;
  const point = await page.evaluate((r) => window.__omtAtlas!.regionPoint(r), id);
  return point ? { x: point.x / box.width, y: point.y / box.height } : null;
}

test.describe('every navigation frames its destination', () => {
  test('"piriformis" then "SCM": the camera turns to the front of the neck', async ({ page }) => {
    await page.goto('./');
    await waitForBody(page);
    await search(page, 'piriformis');
    await expect(page.getByTestId('selection-heading')).toContainText('Piriformis');
    // Seen from behind, at buttock height.
    await expect.poll(async () => (await camera(page)).target[1]).toBeLessThan(1.1);
    await search(page, 'SCM');
    await expect(page.getByTestId('selection-heading')).toHaveText('Region: Front of the neck');
    await expect.poll(async () => (await camera(page)).target[1]).toBeGreaterThan(1.35);
    const { position, target } = await camera(page);
    expect(position[2]!, 'seen from the front').toBeGreaterThan(target[2]!);
    const neck = await regionOnScreen(page, 'anterior-neck');
    expect(neck, 'the front of the neck is on screen').not.toBeNull();
    expect(Math.abs(neck!.x - 0.5)).toBeLessThan(0.3);
    expect(Math.abs(neck!.y - 0.5)).toBeLessThan(0.3);
  });

  test('plantar fasciitis then cluster headache: the camera goes from the feet to the head', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForBody(page);
    await search(page, 'plantar fasciitis');
    await expect(page.getByTestId('selection-heading')).toContainText('Plantar fasciitis');
    await expect.poll(async () => (await camera(page)).target[1]).toBeLessThan(0.5);
    await search(page, 'cluster headache');
    await expect(page.getByTestId('selection-heading')).toContainText('Cluster headache');
    await expect.poll(async () => (await camera(page)).target[1]).toBeGreaterThan(1.5);
    expect(await regionOnScreen(page, 'temple.left'), 'the temple is on screen').not.toBeNull();
  });
});
