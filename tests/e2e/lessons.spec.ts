import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { GUIDE_SEEN_VALUE, GUIDE_STORAGE_KEY } from '../../src/domain/guide-seen';
import { waitForBody } from './helpers';

const SHOTS = 'docs/images/presenter';
mkdirSync(SHOTS, { recursive: true });

/** Waits until the camera has stopped gliding (two reads 250 ms apart agree). */
async function cameraSettled(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await page.evaluate(() => window.__omtAtlas!.camera()));
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [250] },
    )
    .toBe(true);
}

const paint = (page: Page) => page.evaluate(() => window.__omtAtlas!.paint());
const lessons = (page: Page) => page.getByRole('region', { name: 'Lessons' });
const lessonItem = (page: Page, title: string) =>
  lessons(page).getByRole('listitem', { name: title, exact: true });

/** A valid lesson file built from real content ids. */
function lessonFile(overrides: Record<string, unknown> = {}) {
  return {
    format: 'omt-atlas-lesson',
    id: 'shoulder-lesson',
    title: 'Shoulder referrals',
    description: 'Two steps',
    version: 1,
    steps: [
      {
        id: 's1',
        title: 'The right shoulder',
        notes: 'Start here',
        route: { page: { kind: 'region', region: 'shoulder.right' }, view: {} },
      },
      {
        id: 's2',
        title: 'Gallbladder referral',
        notes: 'Then this',
        route: {
          page: { kind: 'chain', chain: 'gallbladder-to-right-shoulder', side: 'right', link: 0 },
          view: {},
        },
      },
    ],
    ...overrides,
  };
}

const jsonFile = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

test.describe('lessons and presenter mode', () => {
  test('build a lesson of three steps, export, clear storage, import, present with PageDown', async ({
    page,
  }) => {
    await page.goto('./#/region/ankle.left');
    await waitForBody(page);

    // Build the lesson through the panel.
    await lessons(page).getByRole('button', { name: 'New lesson' }).click();
    const title = lessons(page).getByLabel('Lesson title');
    await title.fill('Ankle to hip');
    const add = lessons(page).getByRole('button', { name: 'Add current view as step' });
    await add.click();
    await page
      .getByRole('list', { name: 'Dysfunction here may refer to' })
      .getByRole('button', { name: /ankle instability/i })
      .click();
    await expect(page).toHaveURL(/#\/chain\/ankle-instability-to-knee\/left/);
    await page.locator('body').press('ArrowRight'); // the second link of the chain
    await expect(page).toHaveURL(/link=2/);
    await add.click();
    await page.getByRole('checkbox', { name: 'Skeleton' }).check();
    await page
      .getByRole('listbox', { name: 'Body regions' })
      .getByRole('option', { name: 'Right hip' })
      .click();
    await expect(page).toHaveURL(/#\/region\/hip\.right/);
    await add.click();
    const steps = lessons(page).getByRole('list', { name: 'Steps' }).getByRole('listitem');
    await expect(steps).toHaveCount(3);
    await lessons(page).getByLabel('Step 2 title').fill('Knee to hip');
    await lessons(page).getByLabel('Step 2 notes').fill('Ask who has sprained an ankle.');
    // Reorder: step 3 up, then back down.
    await lessons(page).getByRole('button', { name: 'Move step 3 up' }).click();
    await expect(lessons(page).getByLabel('Step 2 title')).toHaveValue('Region: Right hip');
    await lessons(page).getByRole('button', { name: 'Move step 2 down' }).click();
    await expect(lessons(page).getByLabel('Step 2 title')).toHaveValue('Knee to hip');
    await lessons(page).getByLabel('Step 1 title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/lesson-editor.png` });

    // Export.
    const downloadPromise = page.waitForEvent('download');
    await lessonItem(page, 'Ankle to hip').getByRole('button', { name: 'Export' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('Ankle to hip.omt-lesson.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    const parsed = JSON.parse(exported);
    expect(parsed.format).toBe('omt-atlas-lesson');
    expect(parsed.steps).toHaveLength(3);

    // Saved in the browser, versioned.
    const stored = await page.evaluate(() => localStorage.getItem('omt-atlas-lessons'));
    expect(JSON.parse(stored!)).toMatchObject({ format: 'omt-atlas-lessons', version: 1 });

    // Clear storage: the lesson is gone after a reload.
    // (Still a returning visitor: the first-visit guide stays dismissed.)
    await page.evaluate(
      ([key, value]) => {
        localStorage.clear();
        localStorage.setItem(key!, value!);
      },
      [GUIDE_STORAGE_KEY, GUIDE_SEEN_VALUE],
    );
    await page.goto('./#/');
    await page.reload();
    await expect(
      lessons(page).getByRole('listitem', { name: 'Headache from the neck' }),
    ).toBeVisible();
    await expect(lessonItem(page, 'Ankle to hip')).toHaveCount(0);

    // Import it back.
    await lessons(page)
      .getByLabel('Import lesson file')
      .setInputFiles({
        name: 'Ankle to hip.omt-lesson.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
    await expect(page.getByTestId('lesson-message')).toContainText('Imported "Ankle to hip"');
    await waitForBody(page);

    // Present it and walk through with PageDown.
    await lessonItem(page, 'Ankle to hip').getByRole('button', { name: 'Present' }).click();
    await expect(page.getByTestId('presenter-layer')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Lessons' })).toBeHidden();
    await expect(page.locator('.top-bar')).toBeHidden();
    const caption = page.getByTestId('presenter-caption');
    // The step names no camera: the page frames the region and the link keeps where it settled.
    await expect(page).toHaveURL(/#\/region\/ankle\.left(\?cam=[-\d.,]+)?$/);
    await expect(caption).toContainText('Region: Left ankle');
    await expect(caption).toContainText('1 / 3');
    expect((await paint(page)).regions).toContainEqual(
      expect.objectContaining({ id: 'ankle.left', role: 'selected' }),
    );

    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#\/chain\/ankle-instability-to-knee\/left\?link=2/);
    await expect(caption).toContainText('Knee to hip');
    await expect(caption).toContainText('Link 2 of 2');
    const p2 = await paint(page);
    expect(p2.links.find((l) => l.active)?.number).toBe(2);

    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#\/region\/hip\.right\?.*layers=skin,skeleton/);
    await expect(caption).toContainText('3 / 3');
    expect((await paint(page)).regions).toContainEqual(
      expect.objectContaining({ id: 'hip.right', role: 'selected' }),
    );

    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/#\/chain\/ankle-instability-to-knee/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter-layer')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Lessons' })).toBeVisible();
  });

  test('malformed lesson files are rejected with a clear message; existing lessons stay', async ({
    page,
  }) => {
    await page.goto('./');
    await lessons(page).getByRole('button', { name: 'New lesson' }).click();
    await lessons(page).getByLabel('Lesson title').fill('Keep me');
    await lessons(page).getByRole('button', { name: 'Done' }).click();
    const items = lessons(page).getByRole('list', { name: 'Lesson list' }).getByRole('listitem');
    await expect(items).toHaveCount(3);
    const before = await page.evaluate(() => localStorage.getItem('omt-atlas-lessons'));

    let deep = '{"format":"omt-atlas-lesson","x":';
    for (let i = 0; i < 200; i++) deep += '[';
    const cases: [ReturnType<typeof jsonFile>, RegExp][] = [
      [
        jsonFile('content.json', { format: 'omt-atlas-content', version: 1 }),
        /format.*not an OMT Atlas lesson file/,
      ],
      [jsonFile('wrong.json', lessonFile({ steps: 'many' })), /steps.*expected a list/],
      [
        jsonFile(
          'unknown.json',
          lessonFile({
            steps: [
              {
                id: 'a',
                title: 'x',
                notes: '',
                route: {
                  page: { kind: 'chain', chain: 'no-such-chain', side: 'left', link: 0 },
                  view: {},
                },
              },
            ],
          }),
        ),
        /steps\[0\]\.route\.page.*no chain "no-such-chain"/,
      ],
      [
        {
          name: 'junk.json',
          mimeType: 'application/json',
          buffer: Buffer.alloc(10 * 1024 * 1024, 'x'),
        },
        /too large \(10\.0 MB/,
      ],
      [jsonFile('deep.json', deep), /nested deeper/],
      [jsonFile('broken.json', '{"format": "omt-atlas-lesson", '), /not valid JSON/],
    ];
    for (const [file, reason] of cases) {
      await lessons(page).getByLabel('Import lesson file').setInputFiles(file);
      await expect(page.getByTestId('lesson-message')).toHaveText(
        `"${file.name}" was not imported. Your lessons are unchanged.`,
      );
      await expect(lessons(page).getByRole('alert')).toContainText(reason);
      await expect(items).toHaveCount(3);
    }
    await expect(lessonItem(page, 'Keep me')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('omt-atlas-lessons'))).toBe(before);
  });

  test('imported text is never executed as HTML', async ({ page }) => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.goto('./');
    await lessons(page)
      .getByLabel('Import lesson file')
      .setInputFiles(
        jsonFile(
          'evil.json',
          lessonFile({
            title: `Evil ${evil}`,
            description: evil,
            steps: [
              {
                id: 's1',
                title: `Step ${evil}`,
                notes: evil,
                route: { page: { kind: 'region', region: 'shoulder.right' }, view: {} },
              },
            ],
          }),
        ),
      );
    await expect(page.getByTestId('lesson-message')).toContainText('Imported');
    const item = lessonItem(page, `Evil ${evil}`);
    await expect(item).toContainText(evil);
    await item.getByRole('button', { name: 'Follow' }).click();
    await expect(page.getByTestId('follow-step')).toHaveText(`Step 1 of 1: Step ${evil}`);
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-caption')).toContainText(`Step ${evil}`);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"], .lessons-panel script').count()).toBe(0);
  });

  test('a shared lesson link opens the same steps for students, with Next / Previous', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await lessonItem(page, 'Headache from the neck')
      .getByRole('button', { name: 'Copy link' })
      .click();
    await expect(page.getByTestId('lesson-message')).toContainText('copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#\/lesson\/[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(2100);

    const student = await context.newPage();
    await student.goto(link);
    const bar = student.getByRole('region', { name: 'Follow lesson' });
    await expect(bar).toContainText('Headache from the neck');
    await expect(student.getByTestId('follow-step')).toContainText('Step 1 of 5');
    await expect(student).toHaveURL(/#\/chain\/cervicogenic-headache\/left(\?(?!link)|$)/);
    await bar.getByRole('button', { name: 'Next' }).click();
    await expect(student.getByTestId('follow-step')).toContainText('Step 2 of 5');
    await expect(student).toHaveURL(/#\/chain\/suboccipital-headache\/right/);
    await student.setViewportSize({ width: 1280, height: 720 });
    await cameraSettled(student);
    await student.screenshot({ path: `${SHOTS}/student-follow.png` });
    await bar.getByRole('button', { name: 'Previous' }).click();
    await expect(student.getByTestId('follow-step')).toContainText('Step 1 of 5');
    // A damaged lesson link: a notice and the home view, never a blank page.
    const damaged = await context.newPage();
    await damaged.goto(`${link.slice(0, -12)}AAAA`);
    await expect(damaged.getByTestId('notice').first()).toContainText(
      'lesson link could not be opened',
    );
    await expect(damaged.getByRole('listbox', { name: 'Body regions' })).toBeVisible();
    await expect(damaged).toHaveURL(/#\/$/);
  });

  test('export image: a 1920×1080 PNG with the body, labels and legend', async ({ page }) => {
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    await cameraSettled(page);
    const downloadPromise = page.waitForEvent('download');
    await lessons(page).getByRole('button', { name: 'Export image' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const buffer = readFileSync((await download.path())!);
    const png = PNG.sync.read(buffer);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    let lit = 0;
    const colours = new Set<number>();
    const bg = [
      png.data[1920 * 4 * 1079 + 4]!,
      png.data[1920 * 4 * 1079 + 5]!,
      png.data[1920 * 4 * 1079 + 6]!,
    ];
    for (let i = 0; i < png.data.length; i += 16) {
      const r = png.data[i]!;
      const g = png.data[i + 1]!;
      const b = png.data[i + 2]!;
      if (Math.abs(r - bg[0]!) + Math.abs(g - bg[1]!) + Math.abs(b - bg[2]!) > 40) lit++;
      colours.add((r << 16) | (g << 8) | b);
    }
    expect(lit / (png.data.length / 16)).toBeGreaterThan(0.05);
    expect(colours.size).toBeGreaterThan(200);
    // The centre column holds the body, not the background.
    const centre = (540 * 1920 + 960) * 4;
    expect(
      Math.abs(png.data[centre]! - bg[0]!) + Math.abs(png.data[centre + 1]! - bg[1]!),
    ).toBeGreaterThan(20);
    await page.screenshot({ path: `${SHOTS}/after-export.png` });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${SHOTS}/export-posterior-oblique-sling.png`, buffer);
    // The on-screen view is restored after the export.
    await expect
      .poll(async () => (await page.locator('canvas').first().boundingBox())!.width)
      .toBeLessThan(960);
  });

  test('presenter console and projector window stay in sync', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./');
    await waitForBody(page);
    await lessonItem(page, 'Low back pain beyond the lumbar spine')
      .getByRole('button', { name: 'Present' })
      .click();
    await expect(page.getByTestId('presenter-layer')).toBeVisible();
    const popupPromise = page.waitForEvent('popup');
    await page
      .getByRole('toolbar', { name: 'Presenter controls' })
      .getByRole('button', { name: 'Console' })
      .click();
    const consoleWin = await popupPromise;
    await consoleWin.setViewportSize({ width: 1000, height: 640 });
    await expect(consoleWin.getByTestId('console-current')).toHaveText(
      'Low back pain: where to look',
    );
    await expect(consoleWin.getByTestId('console-next')).toHaveText(
      'L5 nerve root: pain felt in the leg',
    );
    await expect(consoleWin.getByTestId('console-notes')).toContainText('red flags');
    await expect(consoleWin.getByTestId('console-clock')).toHaveText(/^\d\d:\d\d$/);

    // Console → projector.
    await consoleWin
      .getByRole('toolbar', { name: 'Step controls' })
      .getByRole('button', { name: 'Next' })
      .click();
    await expect(page).toHaveURL(/#\/chain\/l5-radicular\/left/);
    await expect(page.getByTestId('presenter-caption')).toContainText('L5 nerve root');
    await expect(consoleWin.getByTestId('console-current')).toHaveText(
      'L5 nerve root: pain felt in the leg',
    );

    // Projector → console.
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#\/chain\/piriformis-sciatic-entrapment/);
    await expect(consoleWin.getByTestId('console-current')).toHaveText(
      'Piriformis and the sciatic nerve',
    );

    await consoleWin.getByRole('button', { name: '5. Viscera can refer to the back too' }).click();
    await expect(page).toHaveURL(/#\/chain\/colon-to-low-back/);
    await consoleWin.getByRole('button', { name: 'Blank screen' }).click();
    await expect(page.getByTestId('presenter-blank')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByTestId('presenter-blank')).toHaveCount(0);
    await expect(consoleWin.getByRole('button', { name: 'Blank screen' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await consoleWin.screenshot({ path: `${SHOTS}/console.png` });
  });

  test('presenter mode: projector theme, laser, blank, chain links; screenshots', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./#/chain/posterior-oblique-sling/right');
    await waitForBody(page);
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-layer')).toBeVisible();
    const caption = page.getByTestId('presenter-caption');
    await expect(caption).toContainText('Link 1 of');
    // Without a lesson, PageDown / → move through the chain's links.
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText('Link 2 of');
    await expect(page).toHaveURL(/link=2/);
    await page.keyboard.press('ArrowLeft');
    await expect(caption).toContainText('Link 1 of');
    // Large type: ≥ 32 px at 1080p, i.e. ≥ 21.3 px at this 720 px high window.
    const sizes = await page.evaluate(() => {
      const px = (sel: string) =>
        parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return {
        caption: px('.caption-link'),
        title: px('.caption-title'),
        label: px('.body-label'),
      };
    });
    expect(sizes.caption).toBeGreaterThanOrEqual((32 * 720) / 1080);
    expect(sizes.title).toBeGreaterThanOrEqual((32 * 720) / 1080);
    expect(sizes.label).toBeGreaterThanOrEqual((32 * 720) / 1080);
    await cameraSettled(page);
    await page.mouse.move(20, 400); // away from the toolbar
    await page.screenshot({ path: `${SHOTS}/presenter-chain.png` });

    await page.mouse.move(640, 300);
    await page.keyboard.down('l');
    await expect(page.getByTestId('laser-dot')).toBeVisible();
    await page.mouse.move(700, 330, { steps: 3 });
    const box = (await page.getByTestId('laser-dot').boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - 700)).toBeLessThan(3);
    expect(box.width).toBeGreaterThanOrEqual(28);
    await page.screenshot({ path: `${SHOTS}/presenter-laser.png` });
    await page.keyboard.up('l');
    await expect(page.getByTestId('laser-dot')).toHaveCount(0);

    await page.keyboard.press('b');
    await expect(page.getByTestId('presenter-blank')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/presenter-blank.png` });
    await page.keyboard.press('b');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter-layer')).toHaveCount(0);
    await expect(page.locator('.side-panel')).toBeVisible();

    // An example lesson in presenter mode, on a technique step.
    await lessonItem(page, 'Headache from the neck')
      .getByRole('button', { name: 'Present' })
      .click();
    await expect(caption).toContainText('1 / 5');
    await page.keyboard.press('PageDown');
    await expect(caption).toContainText('2 / 5');
    await cameraSettled(page);
    await page.mouse.move(20, 400);
    await page.screenshot({ path: `${SHOTS}/presenter-lesson-step.png` });
  });
});
