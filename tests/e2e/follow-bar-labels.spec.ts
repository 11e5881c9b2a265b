import { expect, test } from '@playwright/test';
import { waitForBody } from './helpers';

/** A lesson whose step draws plantar fasciitis: its labels sit low, by the feet. */
const lesson = {
  format: 'omt-atlas-lesson',
  id: 'heel-lesson',
  title: 'Heel pain',
  description: 'One step',
  version: 1,
  steps: [
    {
      id: 's1',
      title: 'Calf to sole',
      notes: '',
      route: { page: { kind: 'condition', condition: 'plantar-fasciitis' }, view: {} },
    },
  ],
};

test("the students' follow bar covers no body label", async ({ page }) => {
  await page.goto('./');
  await waitForBody(page);
  const lessons = page.getByRole('region', { name: 'Lessons' });
  await lessons.getByLabel('Import lesson file').setInputFiles({
    name: 'heel.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(lesson)),
  });
  await lessons
    .getByRole('listitem', { name: 'Heel pain', exact: true })
    .getByRole('button', { name: 'Follow' })
    .click();
  const bar = page.getByRole('region', { name: 'Follow lesson' });
  await expect(bar).toBeVisible();
  await expect(page.locator('.body-label[data-region="sole.left"]')).toBeVisible();
  // Every label clear of the bar, once the camera has framed the step.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const barBox = document.querySelector('.follow-bar')!.getBoundingClientRect();
        const covered = [...document.querySelectorAll<HTMLElement>('.body-label')].filter((el) => {
          if (getComputedStyle(el).visibility === 'hidden') return false;
          const r = el.getBoundingClientRect();
          return (
            r.left < barBox.right &&
            r.right > barBox.left &&
            r.top < barBox.bottom &&
            r.bottom > barBox.top
          );
        });
        return covered.map((el) => el.dataset['region']);
      }),
    )
    .toEqual([]);
});
