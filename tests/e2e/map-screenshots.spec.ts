import { expect, test, type Page } from '@playwright/test';
import { waitForBody, waitForStillView } from './helpers';

// The pain maps as a student sees them, into docs/images/maps/ (committed): the dermatome map from
// every side and close up, and ten referral zones, to be judged beside the published charts.
type Cam = readonly [number, number, number, number, number, number];
const FRONT: Cam = [0, 0.9, 3.0, 0, 0.88, 0];
const BACK: Cam = [0, 0.9, -3.0, 0, 0.88, 0];
const LEFT: Cam = [3.0, 0.9, 0, 0, 0.88, 0];
const RIGHT: Cam = [-3.0, 0.9, 0, 0, 0.88, 0];

const DERMATOME_VIEWS: [string, Cam][] = [
  ['front', FRONT],
  ['back', BACK],
  ['left', LEFT],
  ['right', RIGHT],
  ['hand-palm', [0.45, 0.78, 0.55, 0.23, 0.76, 0.02]],
  ['hand-dorsum', [0.45, 0.78, -0.55, 0.23, 0.76, -0.01]],
  ['foot-top', [0.25, 0.55, 0.55, 0.1, 0.02, 0.05]],
  ['foot-sole-heel', [0.35, 0.12, -0.6, 0.1, 0.05, -0.03]],
];

const ZONES: [string, Cam][] = [
  ['trp-gluteus-minimus.left', LEFT],
  ['trp-soleus.left', BACK],
  ['trp-trapezius-upper.left', [1.1, 1.55, -0.9, 0.05, 1.5, 0]],
  ['trp-infraspinatus.left', [1.3, 1.3, 1.3, 0.12, 1.25, 0]],
  ['trp-pectoralis-major.left', FRONT],
  ['visceral-heart', FRONT],
  ['visceral-gallbladder', [-1.4, 1.3, 1.6, -0.05, 1.25, 0]],
  ['visceral-appendix', [0, 1.05, 1.8, 0, 1.02, 0]],
  ['joint-facet-c2-c3.left', [1.0, 1.6, -1.1, 0, 1.55, 0]],
  ['joint-sacroiliac.left', BACK],
];

const cam = (c: Cam) => c.join(',');

async function shot(page: Page, hash: string, path: string) {
  await page.goto(`./#${hash}`);
  await waitForBody(page);
  await expect(page.getByRole('group', { name: 'Map legend' })).toBeVisible();
  await waitForStillView(page, 800);
  await page.screenshot({ path });
}

test.use({ viewport: { width: 1280, height: 800 } });
test.beforeEach(async ({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

test('screenshots: the dermatome map from every side and close up', async ({ page }) => {
  test.setTimeout(240_000);
  for (const [name, c] of DERMATOME_VIEWS)
    await shot(page, `/?maps=dermatomes&cam=${cam(c)}`, `docs/images/maps/dermatomes-${name}.png`);
});

test('screenshots: ten referral zones, essential solid and spillover hatched', async ({ page }) => {
  test.setTimeout(300_000);
  for (const [key, c] of ZONES)
    await shot(
      page,
      `/?zones=${key}&cam=${cam(c)}`,
      `docs/images/maps/zone-${key.replace('.', '-')}.png`,
    );
});

test('screenshots: a projector and a phone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(
    page,
    `/?maps=dermatomes,viscerosomatic&cam=${cam(BACK)}`,
    'docs/images/maps/projector-dermatomes-viscerosomatic.png',
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/region/shoulder.right?maps=referral&at=-0.195,1.43,0.01');
  await waitForBody(page);
  await expect(page.getByRole('list', { name: 'Pain here may come from' })).toBeVisible();
  await waitForStillView(page, 800);
  await page.screenshot({ path: 'docs/images/maps/phone-shoulder-tip-differential.png' });
});
