import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { encodeDeckLink } from '../../src/domain/study/deck-link';
import { waitForStillView } from './helpers';

/**
 * A lecturer's deck of questions on skin that faces the default (front) view, so every tap can
 * be made without turning the body; the two technique questions are answered from the keyboard.
 */
const DECK = {
  t: 'Front of the body',
  q: [
    'refer:dermatome-l2.left',
    'refer:dermatome-t10.left',
    'locate:key-point-c5.left',
    'locate:key-point-l2.left',
    'locate:key-point-t4.left',
    'approach:hvla',
    'activity:muscle-energy',
  ],
};
/** The point a student would tap for each tap question (on the front of the body). */
const TAP_POINT: Record<string, string> = {
  'left L2 nerve root': 'key-point-l2.left',
  'left T10 nerve root': 'key-point-t10.left',
  'left C5 ISNCSCI': 'key-point-c5.left',
  'left L2 ISNCSCI': 'key-point-l2.left',
  'left T4 ISNCSCI': 'key-point-t4.left',
};
const KEYBOARD_ANSWER: Record<string, RegExp> = {
  'High-velocity': /^Direct/,
  'Muscle energy': /^Active/,
};

const study = (page: Page) => page.getByRole('complementary', { name: 'Study' });
const prompt = (page: Page) => study(page).locator('#study-prompt');

async function waitForModel(page: Page) {
  await expect(page.getByText('Body model ready')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => (window.__omtAtlas?.frames ?? 0) > 1);
}

/** Taps the named content point where it shows on the canvas, as a student would. */
async function tapPoint(page: Page, name: string) {
  // The points asked about face the front: turn the body there first (the feedback may have
  // turned it towards an answer on the side or the back).
  await page.getByRole('button', { name: 'Front view', exact: true }).click();
  await waitForStillView(page);
  await expect
    .poll(() => page.evaluate((n) => window.__omtAtlas!.surfacePoint(n), name))
    .not.toBeNull();
  const p = (await page.evaluate((n) => window.__omtAtlas!.surfacePoint(n), name))!;
  const box = (await page.locator('canvas').first().boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** Presses Tab until the focused element's text matches, then Enter. */
async function tabTo(page: Page, text: RegExp) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text.test(focused.trim())) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`no focusable element matching ${text}`);
}

test.describe('study mode', () => {
  test('a lecturer deck link: five answers on the body, two by keyboard; progress kept; due the next day', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.clock.install({ time: new Date('2026-03-02T08:00:00') });
    await page.goto(`./${encodeDeckLink(DECK)}`);
    await waitForModel(page);
    await expect(
      page.getByText(/Deck "Front of the body" from your lecturer: 7 cards/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Study', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await study(page)
      .getByRole('button', { name: /Start review \(0 due, \d+ new\)/ })
      .click();

    let taps = 0;
    let keys = 0;
    for (let i = 0; i < DECK.q.length; i++) {
      const text = (await prompt(page).textContent()) ?? '';
      const tap = Object.entries(TAP_POINT).find(([k]) => text.includes(k));
      const key = Object.entries(KEYBOARD_ANSWER).find(([k]) => text.includes(k));
      if (tap) {
        await tapPoint(page, tap[1]);
        taps++;
        await expect(study(page).getByText('Correct.')).toBeVisible();
        await study(page).getByRole('button', { name: 'Good', exact: true }).click();
      } else if (key) {
        // Keyboard only: the prompt has the focus; Tab to the answer, then to "Good".
        await expect(prompt(page)).toBeFocused();
        await tabTo(page, key[1]);
        keys++;
        await expect(study(page).getByText('Correct.')).toBeVisible();
        await tabTo(page, /^Good$/);
      } else throw new Error(`a question outside the deck came first: ${text}`);
      await expect(study(page).getByText(`${i + 1} reviewed`)).toBeVisible();
    }
    expect([taps, keys]).toEqual([5, 2]);
    await study(page).getByRole('button', { name: 'End review' }).click();
    const dermatomes = study(page).getByRole('listitem').filter({ hasText: 'Dermatomes' });
    await expect(dermatomes).toContainText(/2 learning/);

    // Reload: the progress is still there.
    await page.reload();
    await waitForModel(page);
    await page.getByRole('button', { name: 'Study', exact: true }).click();
    await expect(dermatomes).toContainText(/2 learning/);
    await expect(study(page).getByRole('button', { name: /Start review \(0 due/ })).toBeVisible();

    // A day later the seven cards are due.
    await page.clock.fastForward('24:00:00');
    await study(page).getByRole('button', { name: 'Close study' }).click();
    await page.getByRole('button', { name: 'Study', exact: true }).click();
    await expect(study(page).getByRole('button', { name: /Start review \(7 due/ })).toBeVisible();
  });

  test('an exam: timed, no feedback until the end, then each answer shown on the body', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForModel(page);
    await page.getByRole('button', { name: 'Study', exact: true }).click();
    await study(page).getByLabel('Exam topic').selectOption({ label: 'Key sensory points' });
    await study(page).getByRole('button', { name: 'Start exam' }).click();
    for (let i = 0; i < 10; i++) {
      await expect(study(page).getByRole('timer')).toContainText(`question ${i + 1} of 10`);
      await expect(study(page).getByRole('timer')).toContainText(/\d:\d\d left/);
      // An answer from the list; nothing says whether it was right.
      await study(page).getByRole('group', { name: 'Answers' }).getByRole('button').first().click();
      await expect(study(page).getByText(/^(Correct|Not quite)\.$/)).toHaveCount(0);
    }
    await expect(study(page).getByRole('heading', { name: /Exam summary: \d+%/ })).toBeVisible();
    const rows = study(page).getByRole('listitem');
    await expect(rows).toHaveCount(10);
    await rows.nth(2).getByRole('button').click();
    await expect(rows.nth(2)).toContainText('Your answer:');
    // The row's correct point is drawn on the body (a marked area) for the student to see.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/paint=/);
  });

  test('axe: the study panel, a question and its feedback have no serious violations', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./${encodeDeckLink({ t: 'One', q: ['approach:hvla'] })}`);
    await waitForModel(page);
    const check = async (view: string) => {
      const result = await new AxeBuilder({ page }).include('aside[aria-label="Study"]').analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'critical' || v.impact === 'serious')
        .map((v) => `${view}: ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
      await expect(page.locator('h1:visible'), `${view}: one h1`).toHaveCount(1);
    };
    await expect(study(page).getByRole('heading', { name: 'Progress by topic' })).toBeVisible();
    await check('home');
    await study(page)
      .getByRole('button', { name: /Start review/ })
      .click();
    await check('question');
    await study(page).getByRole('group', { name: 'Answers' }).getByRole('button').first().click();
    await expect(study(page).getByRole('heading', { name: 'Feedback' })).toBeFocused();
    await check('feedback');
  });
});
