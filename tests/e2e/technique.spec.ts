import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { stepsSupport } from '../../src/domain/techniques';
import { canvasPixels, waitForBody } from './helpers';

const player = (page: Page) => page.getByRole('region', { name: 'Technique player' });

async function pixelsDiffer(page: Page, before: Buffer): Promise<boolean> {
  const now = await canvasPixels(page);
  return Buffer.compare(now.png, before) !== 0;
}

test.describe('technique animations', () => {
  test('from a chain link, play a technique: it moves, pauses, steps and scrubs', async ({
    page,
  }) => {
    await page.goto('./#/chain/suboccipital-headache/left');
    await waitForBody(page);
    await page.locator('.link-techniques button').first().click();
    await expect(page).toHaveURL(/#\/technique\//);
    const p = player(page);
    await expect(p).toBeVisible();
    // Contraindications come before the first play.
    await p.getByRole('button', { name: 'Play' }).click();
    const dialog = page.getByRole('dialog', { name: /Contraindications/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Absolute' })).toBeVisible();
    await dialog.getByRole('button', { name: /Understood/ }).click();
    await expect(p.getByRole('button', { name: 'Pause' })).toBeVisible();
    const first = (await canvasPixels(page)).png;
    await expect.poll(() => pixelsDiffer(page, first), { timeout: 20_000 }).toBe(true);
    // Pause freezes the picture.
    await p.getByRole('button', { name: 'Pause' }).click();
    await expect(p.getByRole('button', { name: 'Play' })).toBeVisible();
    // A slow machine may have drawn a lighter skin at a lower resolution while playing: paused,
    // both are full again.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const c = document.querySelector('canvas')!;
          const d = window.__omtAtlas!;
          return d.resolutionScale === 1 &&
            !d.reducedSkin &&
            c.width === Math.round(c.clientWidth * window.devicePixelRatio)
            ? 'full'
            : `${c.width} px for ${c.clientWidth} css px`;
        }),
      )
      .toBe('full');
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const paused = (await canvasPixels(page)).png;
    await page.waitForTimeout(600);
    expect(await pixelsDiffer(page, paused)).toBe(false);
    // Next step moves to the next caption.
    const caption = p.locator('.phase-kind');
    const before = await caption.textContent();
    await p.getByRole('button', { name: 'Next step' }).click();
    await expect(caption).not.toHaveText(before ?? '');
    // The slider scrubs.
    const slider = p.getByRole('slider', { name: 'Timeline' });
    const max = Number(await slider.getAttribute('max'));
    await slider.fill(String(Math.round(max * 0.9)));
    await expect(caption).toContainText(/Step \d+ of \d+/);
    const scrubbed = await caption.textContent();
    expect(scrubbed).not.toBe(before);
    // The moment is part of the link: reopening it shows the same step.
    await expect(page).toHaveURL(/[?&]t=\d/);
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(player(page).locator('.phase-kind')).toHaveText(scrubbed ?? '');
    // Contraindications stay one click away.
    await p.getByRole('button', { name: 'Contraindications' }).click();
    await expect(page.getByRole('dialog', { name: /Contraindications/ })).toBeVisible();
  });

  test('the keyboard drives the player: space plays, arrows step', async ({ page }) => {
    await page.goto('./#/technique/cv4/left');
    await waitForBody(page);
    const p = player(page);
    await expect(p).toBeVisible();
    await page.locator('body').press(' ');
    await page.getByRole('button', { name: /Understood/ }).press('Enter');
    await expect(p.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.locator('body').press(' ');
    await expect(p.getByRole('button', { name: 'Play' })).toBeVisible();
    const caption = p.locator('.phase-kind');
    const before = await caption.textContent();
    await page.locator('body').press('ArrowRight');
    await expect(caption).not.toHaveText(before ?? '');
  });

  test('playback starts where it stands after the page sat idle, and after a pause', async ({
    page,
  }) => {
    await page.goto('./#/technique/cervical-hvla/left?t=1');
    await waitForBody(page);
    const p = player(page);
    const slider = p.getByRole('slider', { name: 'Timeline' });
    await expect(slider).toHaveValue('1');
    // Every value the slider shows, one per animation frame, from now on.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Timeline"]')!;
      const seen: number[] = [];
      (window as unknown as { seenTimes: number[] }).seenTimes = seen;
      const record = () => {
        const v = Number(input.value);
        if (seen[seen.length - 1] !== v) seen.push(v);
        requestAnimationFrame(record);
      };
      record();
    });
    const seen = () =>
      page.evaluate(() => (window as unknown as { seenTimes: number[] }).seenTimes);
    // The scenario is idleness itself: nothing is drawn while the page waits.
    await page.waitForTimeout(4000);
    await p.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: /Understood/ }).click();
    await expect.poll(async () => (await seen()).length).toBeGreaterThan(2);
    await p.getByRole('button', { name: 'Pause' }).click();
    const played = await seen();
    // Before the fix the first frame jumped by the idle time (to 5 s or more).
    expect(played[0]).toBe(1);
    expect(played[1]!).toBeLessThan(1.5);
    // A pause, then play again: the time goes on from where it stopped.
    const stopped = Number(await slider.inputValue());
    await page.evaluate(() => {
      (window as unknown as { seenTimes: number[] }).seenTimes.length = 0;
    });
    await page.waitForTimeout(3000);
    await p.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await seen()).length).toBeGreaterThan(2);
    await p.getByRole('button', { name: 'Pause' }).click();
    const resumed = await seen();
    expect(resumed[0]).toBe(stopped);
    expect(resumed[1]!).toBeLessThan(stopped + 0.5);
  });

  test('picking follows the posed patient: hovering names the region where it now lies', async ({
    page,
  }) => {
    // CV4: the patient lies supine on the table, far from the standing rest pose.
    await page.goto('./#/technique/cv4/left?t=1');
    await waitForBody(page);
    await expect(player(page)).toBeVisible();
    const hover = page.getByTestId('status-hover');
    const candidates = [
      ['chest', 'Chest'],
      ['cranium', 'Top of the head'],
      ['knee.left', 'Left knee'],
    ] as const;
    let hovered = false;
    for (const [id, name] of candidates) {
      const point = await page.evaluate((r) => window.__omtAtlas!.regionPoint(r), id);
      if (!point) continue;
      const box = (await page.locator('canvas').first().boundingBox())!;
      await page.mouse.move(box.x + point.x, box.y + point.y);
      await expect(hover).toHaveText(`Pointer: ${name}`);
      hovered = true;
      break;
    }
    expect(hovered, 'some region of the posed patient is on screen').toBe(true);
  });

  test('force labels name each force beside its arrow; the camera frames each phase', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // The first contraction of the innominate muscle energy script (8.5–11.5 s).
    await page.goto('./#/technique/innominate-muscle-energy/left?t=10');
    await waitForBody(page);
    const operator = page
      .locator('.force-label.force-operator')
      .filter({ hasText: 'counterforce' });
    const patient = page.locator('.force-label.force-patient').filter({ hasText: 'isometric' });
    await expect(operator).toBeVisible();
    await expect(operator).toContainText('Operator');
    await expect(patient).toBeVisible();
    await expect(patient).toContainText('Patient effort');
    // Side by side, not on top of each other (labels are laid out on drawn frames: once the
    // view has settled, they must be apart).
    const apart = async () => {
      const a = (await operator.boundingBox())!;
      const b = (await patient.boundingBox())!;
      return (
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y
      );
    };
    await expect.poll(apart).toBe(true);
    const camera = () => page.evaluate(() => JSON.stringify(window.__omtAtlas?.camera()));
    const contracting = await camera();
    // Back to placing the patient: no force, no label, and the whole patient in view.
    await page.getByRole('slider', { name: 'Timeline' }).fill('1');
    await expect(operator).toBeHidden();
    await expect.poll(camera).not.toBe(contracting);
  });

  test('the exported picture carries the force labels of the moment shown', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./#/technique/innominate-muscle-energy/left?t=10');
    await waitForBody(page);
    await expect(
      page.locator('.force-label.force-operator').filter({ hasText: 'counterforce' }),
    ).toBeVisible();
    await expect(
      page.locator('.force-label.force-patient').filter({ hasText: 'isometric' }),
    ).toBeVisible();
    const downloadPromise = page.waitForEvent('download');
    await page
      .getByRole('region', { name: 'Lessons' })
      .getByRole('button', { name: 'Export image' })
      .click();
    const png = PNG.sync.read(readFileSync((await (await downloadPromise).path())!));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    mkdirSync('docs/images/presenter', { recursive: true });
    writeFileSync('docs/images/presenter/export-technique-force-labels.png', PNG.sync.write(png));
    // The labels' borders and headings are drawn flat in the arrow colours (operator #ffb02e,
    // patient #35d0ff); the lit 3D arrows alone leave far fewer pixels of exactly those colours.
    const count = (r: number, g: number, b: number) => {
      let n = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if (
          Math.abs(png.data[i]! - r) +
            Math.abs(png.data[i + 1]! - g) +
            Math.abs(png.data[i + 2]! - b) <=
          6
        )
          n++;
      return n;
    };
    expect(count(0xff, 0xb0, 0x2e)).toBeGreaterThan(1500);
    expect(count(0x35, 0xd0, 0xff)).toBeGreaterThan(800);
  });

  test('a procedure whose steps no read source describes says so; one with a step source does not', async ({
    page,
  }) => {
    const { contentSet } = await import('../../src/content/index.ts');
    const variants = contentSet.techniques.flatMap((t) => t.variants);
    const unsupported = variants.find((v) => stepsSupport(v) === 'principle-only');
    const supported = variants.find((v) => stepsSupport(v) === 'step-level');
    test.skip(!unsupported, 'every variant has a step-level source');
    const note = page.getByRole('note', { name: 'About these steps' });
    await page.goto(`./#/technique/${unsupported!.id}/left`);
    await expect(page.getByRole('heading', { name: unsupported!.name, exact: true })).toBeVisible();
    await expect(note).toContainText('standard teaching');
    await page.goto(`./#/technique/${supported!.id}/left`);
    await expect(page.getByRole('heading', { name: supported!.name, exact: true })).toBeVisible();
    await expect(note).toHaveCount(0);
  });
});
