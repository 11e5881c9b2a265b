import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createClassroomServer, type ClassroomServer } from '../../server/classroom-server';
import { GUIDE_SEEN_VALUE, GUIDE_STORAGE_KEY } from '../../src/domain/guide-seen';
import { waitForBody } from './helpers';

/**
 * A live class end to end: the real classroom server (serving the built app) on a loopback port,
 * one lecturer and two students in their own browser contexts.
 */
const CLASS_PORT = Number(process.env.CLASS_E2E_PORT ?? 4274);
const ORIGIN = `http://127.0.0.1:${CLASS_PORT}`;
const SHOTS = 'docs/images/classroom';
/** Three software-rendered browsers on a shared machine: state changes may take a while. */
const slow = expect.configure({ timeout: 45_000 });
mkdirSync(SHOTS, { recursive: true });

const start = () => createClassroomServer({ port: CLASS_PORT, host: '127.0.0.1', distDir: 'dist' });

async function newPerson(browser: Browser, width: number, height: number): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    baseURL: `${ORIGIN}/`,
    viewport: { width, height },
    serviceWorkers: 'block',
    storageState: {
      cookies: [],
      origins: [
        { origin: ORIGIN, localStorage: [{ name: GUIDE_STORAGE_KEY, value: GUIDE_SEEN_VALUE }] },
      ],
    },
  });
  return context.newPage();
}

/** A pixel of a skin region on a page's canvas, for a real click. */
async function clickRegion(page: Page, region: string) {
  const point = await page.waitForFunction(
    (id) => window.__omtAtlas?.regionPoint(id) ?? null,
    region,
  );
  const { x, y } = (await point.jsonValue()) as { x: number; y: number };
  const box = (await page.getByTestId('viewport').locator('canvas').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

const CHAIN = '#/chain/superficial-back-line/left';
const OTHER_CHAIN = '#/chain/superficial-front-line/left';

test.describe('live class', () => {
  // Three browsers drawing with a software renderer on a shared machine: slow, not timed.
  test.setTimeout(480_000);

  test('a lecturer starts a class, students join, follow, explore, answer a poll, and all come back after a server restart', async ({
    browser,
  }) => {
    let server: ClassroomServer = await start();
    try {
      const lecturer = await newPerson(browser, 1280, 720);
      const typed = await newPerson(browser, 640, 480);
      const scanned = await newPerson(browser, 640, 480);

      // The lecturer: presenter mode, Start class; the card shows the code, link and QR code.
      await lecturer.goto('./');
      await waitForBody(lecturer);
      await lecturer.keyboard.press('p');
      await lecturer.getByRole('button', { name: 'Start class' }).click();
      const card = lecturer.getByRole('region', { name: 'Live class' });
      const codeText = (await card.getByTestId('class-code').textContent()) ?? '';
      expect(codeText).toMatch(/^[23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4}$/);
      const link = (await card.getByTestId('class-url').textContent()) ?? '';
      expect(link).toContain(`#/class/${codeText}`);
      await slow(card.getByRole('img', { name: /QR code of the class link/ })).toBeVisible();
      await slow(card.getByTestId('class-counts')).toHaveText('0 students connected · 0 following');

      // Student 1 types the code (lower case, no dash: it is normalised).
      await typed.goto('./');
      await waitForBody(typed);
      await typed.getByRole('button', { name: 'Join class' }).click();
      const dialog = typed.getByRole('dialog', { name: 'Join a live class' });
      await dialog.getByLabel('Class code (on the projector)').fill('ABCD-0000');
      await dialog.getByRole('button', { name: 'Join' }).click();
      await slow(dialog.getByRole('alert')).toContainText('8 letters and digits');
      await dialog
        .getByLabel('Class code (on the projector)')
        .fill(codeText.replace('-', '').toLowerCase());
      await dialog.getByRole('button', { name: 'Join' }).click();
      await slow(typed.getByTestId('class-bar-state')).toHaveText('Following the lecturer');

      // Student 2 opens the QR code's link (on this machine's loopback address).
      await scanned.goto(`./#/class/${codeText}`);
      await waitForBody(scanned);
      await slow(scanned.getByTestId('class-bar-state')).toHaveText('Following the lecturer');
      await slow(card.getByTestId('class-counts')).toHaveText('2 students connected · 2 following');
      await lecturer.setViewportSize({ width: 1920, height: 1080 });
      await slow(card.getByRole('img', { name: /QR code/ })).toBeVisible();
      await lecturer.screenshot({ path: `${SHOTS}/projector-class-card.png` });
      await lecturer.setViewportSize({ width: 1280, height: 720 });

      // The lecturer opens a chain: both students see it.
      await lecturer.evaluate((hash) => (window.location.hash = hash), CHAIN);
      await slow(typed).toHaveURL(new RegExp(`${CHAIN}($|\\?)`));
      await slow(scanned).toHaveURL(new RegExp(`${CHAIN}($|\\?)`));

      // Student 1 explores on their own and opens a region; the lecturer moves on without them.
      await typed.getByRole('button', { name: 'Explore on my own' }).click();
      await slow(typed.getByTestId('class-bar-state')).toHaveText('Exploring on your own');
      await slow(card.getByTestId('class-counts')).toHaveText('2 students connected · 1 following');
      await typed.getByRole('option', { name: 'Left knee' }).click();
      await slow(typed).toHaveURL(/#\/region\/knee\.left/);
      await lecturer.evaluate((hash) => (window.location.hash = hash), OTHER_CHAIN);
      await slow(scanned).toHaveURL(new RegExp(`${OTHER_CHAIN}($|\\?)`));
      await slow(typed).toHaveURL(/#\/region\/knee\.left/);
      // Follow the lecturer snaps back to the lecturer's page.
      await typed.getByRole('button', { name: 'Follow the lecturer' }).click();
      await slow(typed).toHaveURL(new RegExp(`${OTHER_CHAIN}($|\\?)`));
      await typed.setViewportSize({ width: 390, height: 844 });
      await slow(typed.getByTestId('class-bar-state')).toHaveText('Following the lecturer');
      await typed.screenshot({ path: `${SHOTS}/phone-following.png` });
      await typed.setViewportSize({ width: 640, height: 480 });

      // A poll: the lecturer asks, both students tap the body, the projector counts and draws.
      await lecturer.evaluate(() => (window.location.hash = '#/region/knee.left'));
      await slow(typed).toHaveURL(/#\/region\/knee\.left/);
      await card.getByPlaceholder('Filter sources').fill('vastus');
      await card.getByRole('button', { name: 'Tap where it refers pain' }).click();
      for (const student of [typed, scanned]) {
        await slow(student.getByRole('region', { name: 'Poll' })).toContainText('Tap where');
        await clickRegion(student, 'knee.left');
        await slow(student.getByTestId('poll-status')).toContainText('Answer sent');
        // The tap was an answer: the student still follows the lecturer.
        await slow(student.getByTestId('class-bar-state')).toHaveText('Following the lecturer');
      }
      await slow(card.getByTestId('class-answers')).toHaveText('2 answers');
      await scanned.setViewportSize({ width: 390, height: 844 });
      await slow(scanned.getByTestId('poll-status')).toContainText('Answer sent');
      await scanned.screenshot({ path: `${SHOTS}/phone-poll-banner.png` });
      await lecturer.waitForFunction(() => (window.__omtAtlas?.heatMap().answers ?? 0) === 2);
      expect(await lecturer.evaluate(() => window.__omtAtlas!.heatMap().bins)).toBeGreaterThan(0);
      await card.getByRole('button', { name: 'Reveal answer' }).click();
      await slow(typed.getByTestId('poll-status')).toContainText('answer is drawn');
      await slow(typed).toHaveURL(/zones=/);
      await lecturer.setViewportSize({ width: 1920, height: 1080 });
      await lecturer.waitForFunction(() => window.__omtAtlas!.heatMap().bins > 0);
      await lecturer.screenshot({ path: `${SHOTS}/projector-poll-revealed.png` });
      // The results, heat map and answer drawn, as a PNG for the slides.
      const download = lecturer.waitForEvent('download');
      await card.getByRole('button', { name: 'Export results as PNG' }).click();
      const png = readFileSync((await (await download).path())!);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      await slow(card.getByText(/^Saved as/)).toBeVisible();
      await lecturer.setViewportSize({ width: 1280, height: 720 });

      // The server restarts: everyone reconnects by themselves and the room comes back.
      await server.close();
      await slow(typed.getByTestId('class-bar-state')).toHaveText('Reconnecting…');
      server = await start();
      await slow(typed.getByTestId('class-bar-state')).toHaveText('Following the lecturer', {
        timeout: 60_000,
      });
      await slow(scanned.getByTestId('class-bar-state')).toHaveText('Following the lecturer', {
        timeout: 60_000,
      });
      await slow(card.getByTestId('class-code')).toHaveText(codeText);
      await slow(card.getByTestId('class-counts')).toHaveText(
        '2 students connected · 2 following',
        { timeout: 60_000 },
      );
      await slow(card.getByTestId('class-answers')).toHaveText('2 answers');
      // The view is back in the room: a student who joins now gets the lecturer's page.
      const late = await newPerson(browser, 640, 480);
      await late.goto(`./#/class/${codeText}`);
      await slow(late.getByTestId('class-bar-state')).toHaveText('Following the lecturer');
      await slow(late).toHaveURL(/#\/region\/knee\.left/);
      await late.context().close();
    } finally {
      await server.close();
    }
  });

  test('without a class server (the app served by vite preview) there are no class controls', async ({
    page,
  }) => {
    const hello = page.waitForResponse((r) => r.url().endsWith('/class/api/hello'));
    await page.goto('./');
    await waitForBody(page);
    // The probe was asked (once, after the first frame) and got the app page, not a hello.
    expect((await hello).headers()['content-type']).not.toContain('json');
    await page.keyboard.press('p');
    await slow(page.getByTestId('presenter-layer')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start class' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Join class' })).toHaveCount(0);
  });
});
