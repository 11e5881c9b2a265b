import { expect, test, type Page } from '@playwright/test';

const lessons = (page: Page) => page.getByRole('region', { name: 'Lessons' });
const lessonTitles = (page: Page) =>
  lessons(page).locator('.lesson-item .lesson-title').allTextContents();

async function newLesson(page: Page, title: string) {
  await lessons(page).getByRole('button', { name: 'New lesson' }).click();
  await lessons(page).getByLabel('Lesson title').fill(title);
}

test('two open tabs keep each other’s lessons instead of overwriting them', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto('./#/region/ankle.left');
    await expect(lessons(page)).toBeVisible();
  }
  await newLesson(first, 'Made in the first tab');
  await newLesson(second, 'Made in the second tab');
  // Each tab shows both, as soon as the other tab's save arrives.
  for (const page of [first, second])
    await expect
      .poll(() => lessonTitles(page))
      .toEqual(expect.arrayContaining(['Made in the first tab', 'Made in the second tab']));
  // A rename in one tab reaches the other.
  await lessons(second).getByLabel('Lesson title').fill('Renamed in the second tab');
  await expect
    .poll(() => lessonTitles(first))
    .toEqual(expect.arrayContaining(['Made in the first tab', 'Renamed in the second tab']));
  // And both survive a reload: storage holds the merged list.
  await first.reload();
  await expect
    .poll(() => lessonTitles(first))
    .toEqual(expect.arrayContaining(['Made in the first tab', 'Renamed in the second tab']));
  expect(await lessonTitles(first)).not.toContain('Made in the second tab');
});

test('a damaged saved lesson is set aside with an offer; the others load (phone)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const good = {
    id: 'good-one',
    title: 'Good one',
    description: '',
    version: 1,
    steps: [],
  };
  const damaged = { ...good, id: 'knee-talk', title: 'Knee talk', steps: 'lost' };
  await page.addInitScript(
    ({ key, value }) => {
      // Only on the first load: the app's own saves must not be undone by a reload.
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
    },
    {
      key: 'omt-atlas-lessons',
      value: JSON.stringify({ format: 'omt-atlas-lessons', version: 1, lessons: [good, damaged] }),
    },
  );
  await page.goto('./#/region/ankle.left');
  const notice = page.getByTestId('notice').filter({ hasText: 'set aside' });
  await expect(notice).toContainText('1 saved lesson was damaged and set aside: "Knee talk"');
  await expect(lessons(page)).toBeVisible();
  expect(await lessonTitles(page)).toContain('Good one');
  await page.screenshot({ path: 'docs/images/lessons/damaged-lesson-phone.png' });
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the damaged lesson' }).click();
  expect((await download).suggestedFilename()).toBe('Knee talk damaged.json');
  await expect(notice).toHaveCount(0);
});
