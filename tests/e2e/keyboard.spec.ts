import { expect, test, type Page } from '@playwright/test';
import { waitForBody, waitForStillView } from './helpers';

const camera = (page: Page) => page.evaluate(() => window.__omtAtlas!.camera()!);
const distance = (c: { position: number[]; target: number[] }) =>
  Math.hypot(...c.position.map((p, i) => p - c.target[i]!));
const view = (page: Page) => page.getByRole('application', { name: '3D body view' });
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

test.describe('keyboard', () => {
  test('the 3D view takes the focus from Tab, shows it, orbits with arrows and zooms with +/−', async ({
    page,
  }) => {
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    await page.getByRole('button', { name: 'Help' }).focus();
    await page.keyboard.press('Tab');
    await expect(view(page)).toBeFocused();
    const ring = await view(page).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');

    // The chain's framing glide has ended before the keys turn the camera.
    await waitForStillView(page);
    const start = await camera(page);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await camera(page)).position[0]).not.toBe(start.position[0]);
    const turned = await camera(page);
    expect(distance(turned)).toBeCloseTo(distance(start), 1);
    // The arrows belonged to the view, not to the chain's links.
    await expect(page.getByText('Link 1 of 2')).toBeVisible();
    expect(page.url()).not.toMatch(/link=/);

    await page.keyboard.press('+');
    await expect
      .poll(async () => distance(await camera(page)))
      .toBeLessThan(distance(turned) - 0.1);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect
      .poll(async () => distance(await camera(page)))
      .toBeGreaterThan(distance(turned) + 0.1);

    // A click on the body leaves the page's keys as they were: → steps to the next link.
    const box = (await view(page).boundingBox())!;
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await expect(view(page)).not.toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/link=2/);
  });

  test('view buttons turn the camera to each side and back home', async ({ page }) => {
    await page.goto('./');
    await waitForBody(page);
    const views = page.getByRole('toolbar', { name: 'Camera views' });
    await views.getByRole('button', { name: 'Back view' }).click();
    await expect
      .poll(async () => {
        const c = await camera(page);
        return c.position[2]! - c.target[2]!;
      })
      .toBeLessThan(-1);
    await views.getByRole('button', { name: 'Left side view' }).click();
    await expect
      .poll(async () => {
        const c = await camera(page);
        return c.position[0]! - c.target[0]!;
      })
      .toBeGreaterThan(1);
    expect(
      await page.evaluate(() => window.__omtAtlas!.regionPoint('shoulder.left')),
    ).not.toBeNull();
    await views.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(async () => (await camera(page)).position[2]).toBeGreaterThan(3);
  });

  test('the contraindications dialog keeps the focus, closes on Esc, and gives the focus back', async ({
    page,
  }) => {
    await page.goto('./#/technique/cv4/left');
    await waitForBody(page);
    const play = page
      .getByRole('region', { name: 'Technique player' })
      .getByRole('button', { name: 'Play' });
    await play.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Understood — play' })).toBeFocused();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(play).toBeFocused();

    // Esc closes it even after a click elsewhere took the focus out.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.getByTestId('selection-heading').click();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('opening a chain moves the focus to it; the region list comes after the content', async ({
    page,
  }) => {
    await page.goto('./#/region/ankle.left');
    await waitForBody(page);
    const chains = page.getByRole('region', { name: 'Referral chains' });
    await chains
      .getByRole('list', { name: 'Dysfunction here may refer to' })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByTestId('selection-heading')).toContainText('Chain:');
    await expect(page.getByTestId('selection-heading')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await chains.evaluate((c) => c.contains(document.activeElement))).toBe(true);
    // In tab order the chain, the techniques and the conditions come before the region list.
    const order = await page.evaluate(() => {
      const list = document.querySelector('[role="listbox"][aria-label="Body regions"]')!;
      const chainsEl = document.querySelector('[aria-label="Referral chains"]')!;
      return !!(chainsEl.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);

    // A technique opened from the chain takes the focus too.
    await chains
      .getByRole('button', { name: /articulatory|mobilisation|energy|release/i })
      .first()
      .click();
    await expect(page.getByTestId('selection-heading')).toContainText('Technique');
    await expect(page.getByTestId('selection-heading')).toBeFocused();
    expect(await focusedName(page)).toContain('Technique');
  });
});
