/**
 * Renders models/body.glb (each layer from front, back, side, three-quarter, plus close-ups and
 * posed views) to docs/images/body/*.png with the system Chromium (SwiftShader WebGL). The e2e suite
 * renders the same shots (tests/e2e/body-renders.spec.ts); this script is for iterating by hand.
 * Usage: npx tsx scripts/render-body.ts [--only=name-substring[,another]]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { BODY_RENDER_DIR, openViewer, renderShot, serveViewer, SHOTS } from './body-renders';

async function main() {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  mkdirSync(BODY_RENDER_DIR, { recursive: true });
  const server = await serveViewer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 800 } });
    page.on('pageerror', (e) => console.error('page error', e));
    await openViewer(page, server.url);
    for (const shot of SHOTS) {
      if (only && !only.split(',').some((o) => shot.name.includes(o))) continue;
      await renderShot(page, shot);
      console.log('rendered', shot.name);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
