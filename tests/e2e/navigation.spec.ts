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

const panelScroll = (page: Page) =>
  page.evaluate(() => document.querySelector('.side-panel')!.scrollTop);

/** True when the element's box lies inside the side panel's visible box. */
const inPanelView = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const panel = document.querySelector('.side-panel')!.getBoundingClientRect();
    const el = document.querySelector(sel)!.getBoundingClientRect();
    return el.top >= panel.top - 1 && el.bottom <= panel.bottom + 1;
  }, selector);

test.describe('the side panel follows navigation', () => {
  test('"Next link →" keeps the active link in view; a technique from it opens at its top', async ({
    page,
  }) => {
    test.slow(); // eight links, each glided to, then a technique: long under software WebGL
    await page.goto('./#/chain/superficial-back-line/left');
    await waitForBody(page);
    const chains = page.getByRole('region', { name: 'Referral chains' });
    for (let i = 1; i < 8; i++) {
      await chains.getByRole('button', { name: 'Next link →' }).click();
      await expect(chains.getByText(`Link ${i + 1} of 8`)).toBeVisible();
    }
    const active = '.side-panel li.link[aria-current="step"]';
    await expect.poll(() => inPanelView(page, active)).toBe(true);
    expect(await panelScroll(page)).toBeGreaterThan(0);
    await page.locator(active).locator('.link-techniques button').first().click();
    await expect(page.getByRole('region', { name: 'Technique player' })).toBeVisible();
    expect(await panelScroll(page)).toBe(0);
  });

  test('a condition opened from the foot of a chain opens at its top', async ({ page }) => {
    await page.goto('./#/chain/superficial-back-line/left');
    await waitForBody(page);
    const related = page.getByRole('button', { name: 'Low back pain' });
    await related.scrollIntoViewIfNeeded();
    expect(await panelScroll(page)).toBeGreaterThan(0);
    await related.click();
    await expect(page.getByTestId('selection-heading')).toContainText('Low back pain');
    expect(await panelScroll(page)).toBe(0);
  });

  test("opening another link's references leaves the active link and the camera alone", async ({
    page,
  }) => {
    await page.goto('./#/chain/superficial-back-line/left');
    await waitForBody(page);
    const links = page.locator('.side-panel li.link');
    await expect(links.first()).toHaveAttribute('aria-current', 'step');
    // The opening frames the chain: the store's camera (and the link) name where it goes.
    await expect(page).toHaveURL(/cam=/);
    const url = page.url();
    const references = links.nth(2).getByText(/^References/);
    await references.click();
    await expect(links.nth(2).locator('details.citations')).toHaveAttribute('open', '');
    await expect(links.first()).toHaveAttribute('aria-current', 'step');
    await expect(links.nth(2)).not.toHaveAttribute('aria-current', 'step');
    // The same link: no other active link, and no camera asked for (it would change `cam`).
    expect(page.url()).toBe(url);
  });
});

test.describe('a condition page', () => {
  test('lists its chains under "Referral chains", the one drawn on the body first', async ({
    page,
  }) => {
    await page.goto('./#/condition/plantar-fasciitis');
    await waitForBody(page);
    const chains = page.getByRole('region', { name: 'Referral chains' });
    await expect(chains.getByText(/Click the body or choose a region/)).toHaveCount(0);
    const drawn = chains.getByTestId('drawn-chain');
    await expect(drawn).toHaveText('Drawn on the body');
    const cards = chains.getByRole('listitem');
    await expect(cards.first().getByTestId('drawn-chain')).toBeVisible();
    // What the body draws is that chain: opening the card keeps the same links on the body.
    const drawnLinks = (await page.evaluate(() => window.__omtAtlas!.paint())).links;
    expect(drawnLinks.length).toBeGreaterThan(0);
    const id = await drawn.getAttribute('data-chain');
    await cards.first().getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`#/chain/${id}/left`));
    const opened = (await page.evaluate(() => window.__omtAtlas!.paint())).links;
    expect(opened.map((l) => [l.from, l.to])).toEqual(drawnLinks.map((l) => [l.from, l.to]));
  });

  test('without a chain, says so and shows where it is felt', async ({ page }) => {
    await page.goto('./#/condition/cluster-headache');
    await waitForBody(page);
    const chains = page.getByRole('region', { name: 'Referral chains' });
    await expect(chains).toContainText('No referral chain in the atlas explains cluster headache');
    const paint = await page.evaluate(() => window.__omtAtlas!.paint());
    expect(paint.regions).toContainEqual(
      expect.objectContaining({ id: 'temple.left', role: 'target' }),
    );
  });
});
