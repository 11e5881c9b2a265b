import { expect, test } from '@playwright/test';

const good = {
  format: 'omt-atlas-lesson',
  id: 'shoulder-lesson',
  title: 'Shoulder referrals',
  description: 'One step',
  version: 1,
  steps: [
    {
      id: 's1',
      title: 'The right shoulder',
      notes: 'Start here',
      route: { page: { kind: 'region', region: 'shoulder.right' }, view: {} },
    },
  ],
};
const file = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

test('the import problems go away once a later action succeeds', async ({ page }) => {
  await page.goto('./');
  const lessons = page.getByRole('region', { name: 'Lessons' });
  const importFile = lessons.getByLabel('Import lesson file');
  const problems = lessons.getByRole('alert');

  await importFile.setInputFiles(file('broken.json', '{"format": '));
  await expect(problems).toContainText('not valid JSON');
  await importFile.setInputFiles(file('good.json', JSON.stringify(good)));
  await expect(page.getByTestId('lesson-message')).toContainText('Imported');
  await expect(problems).toHaveCount(0);

  await importFile.setInputFiles(file('broken.json', '{"format": '));
  await expect(problems).toContainText('not valid JSON');
  await lessons.getByRole('button', { name: 'New lesson' }).click();
  await expect(lessons.getByLabel('Lesson title')).toBeVisible();
  await expect(problems).toHaveCount(0);
});
