import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatDiagnosis } from '../../src/domain/trainer/diagnosis';
import { generateCase } from '../../src/domain/trainer/generate';
import { waitForBody, waitForStillView } from './helpers';

// A seeded type II case (tests/unit/trainer pins it: L4 flexed, rotated and side-bent right).
const SEED = 'k2x9';
const TESTS = [
  'Flexion',
  'Extension',
  'Rotate left',
  'Rotate right',
  'Side-bend left',
  'Side-bend right',
];

async function openCase(page: Page, seed: string) {
  await page.goto(`./#/trainer/${seed}`);
  await waitForBody(page);
  return page.getByRole('region', { name: 'Dysfunction trainer' });
}

test.describe('dysfunction trainer', () => {
  test.use({ viewport: { width: 960, height: 640 } });

  test('names a generated type II dysfunction correctly, and explains a wrong name', async ({
    page,
  }) => {
    const expected = generateCase(SEED).diagnosis;
    expect(expected.kind).toBe('type-ii');
    const trainer = await openCase(page, SEED);
    await expect(trainer.getByText('motion-test L4 on L5')).toBeVisible();
    // Only the bones are drawn, the tested vertebra tinted.
    const paint = await page.evaluate(() => window.__omtAtlas!.paint());
    expect(paint.regions).toContainEqual({ id: 'L4', role: 'selected', links: [] });

    const tests = trainer.getByRole('group', { name: 'Motion tests' });
    for (const name of TESTS) {
      const before = await page.evaluate(() => window.__omtAtlas!.frames);
      await tests.getByRole('button', { name }).click();
      const readout = page.getByTestId('motion-readout');
      await expect(readout).toContainText(`${name} of L4 on L5`);
      // Restricted the opposite way to its freedom: the motion stops at a barrier, said in words.
      const restricted = ['Extension', 'Rotate left', 'Side-bend left'].includes(name);
      await expect(readout).toContainText(restricted ? 'restricted' : 'free: full range');
      if (restricted) await expect(readout).toContainText('barrier');
      // The segment moves: frames are drawn for the test.
      await page.waitForFunction((n) => window.__omtAtlas!.frames > n, before);
    }
    const findings = trainer.getByRole('list', { name: 'Findings' });
    await expect(findings.getByRole('listitem')).toHaveCount(6);
    await expect(findings.getByRole('listitem').filter({ hasText: 'Flexion' })).toContainText(
      'free',
    );
    for (const name of ['Extension', 'Rotate left', 'Side-bend left'])
      await expect(findings.getByRole('listitem').filter({ hasText: name })).toContainText(
        'restricted',
      );

    // Named with the choices, keyboard and pointer alike.
    const form = trainer.getByRole('form', { name: 'Name the dysfunction' });
    await form.getByRole('group', { name: 'Position' }).getByLabel('Flexed (F)').check();
    await form.getByRole('group', { name: 'Rotation' }).getByLabel('Right').check();
    await form.getByRole('group', { name: 'Side-bending' }).getByLabel('Right').focus();
    await page.keyboard.press('Space');
    await form.getByRole('button', { name: 'Check' }).click();
    const feedback = page.getByTestId('trainer-feedback');
    await expect(feedback).toContainText(`Correct: ${formatDiagnosis(expected)}.`);

    // A wrong name, written: specific feedback.
    await form.getByLabel('Or write it').fill('L4 F SL RR');
    await form.getByLabel('Or write it').press('Enter');
    await expect(feedback).toContainText('Not quite');
    await expect(feedback).toContainText(
      'rotation correct, side-bending wrong: a type II segment side-bends and rotates to the same side',
    );
    // The notation students write is accepted too.
    await form.getByLabel('Or write it').fill('L4 FRS right');
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(feedback).toContainText('Correct: L4 F RS_R.');

    // "New case" is a new link.
    await trainer.getByRole('button', { name: 'New case' }).click();
    await expect(page).not.toHaveURL(new RegExp(`#/trainer/${SEED}`));
    await expect(page).toHaveURL(/#\/trainer\/[a-z0-9]+/);
  });

  test('works from the keyboard alone and passes axe', async ({ page }) => {
    test.setTimeout(150_000);
    const trainer = await openCase(page, SEED);
    // Keys only: focus moves with Tab, buttons answer Enter and Space.
    await trainer.getByRole('button', { name: 'Flexion' }).focus();
    await page.keyboard.press('Tab');
    await expect(trainer.getByRole('button', { name: 'Extension' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('motion-readout')).toContainText('restricted');
    await trainer.getByLabel('Or write it').focus();
    await page.keyboard.type('L4 E RS_R');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('trainer-feedback')).toContainText(
      'Position wrong, rotation correct, side-bending correct',
    );
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
    await expect(page.locator('h1:visible')).toHaveCount(1);
  });

  test('opens from the top bar', async ({ page }) => {
    await page.goto('./');
    await waitForBody(page);
    await page.getByRole('button', { name: 'Dysfunction trainer' }).click();
    await expect(page).toHaveURL(/#\/trainer\/[a-z0-9]+/);
    await expect(page.getByRole('region', { name: 'Dysfunction trainer' })).toBeVisible();
  });
});

// Pictures for docs/images/study/: a restricted motion held at its barrier, laptop and phone.
for (const [name, viewport] of [
  ['laptop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`screenshot: trainer on a ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    if (name === 'phone') {
      // The phone's top bar leaves its room to search: the trainer opens from the home panel.
      await page.goto('./');
      await waitForBody(page);
      await expect(page.getByRole('button', { name: 'Dysfunction trainer' })).toHaveCount(1);
      await page.getByRole('button', { name: 'Dysfunction trainer' }).click();
      await expect(page).toHaveURL(/#\/trainer\/[a-z0-9]+/);
    }
    const trainer = await openCase(page, SEED);
    await trainer.getByRole('button', { name: 'Flexion' }).click();
    await trainer.getByRole('button', { name: 'Rotate left' }).click();
    await expect(page.getByTestId('motion-readout')).toContainText('restricted');
    await waitForStillView(page);
    await page.screenshot({ path: `docs/images/study/trainer-${name}.png` });
  });
}
