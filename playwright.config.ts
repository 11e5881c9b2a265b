import { defineConfig } from '@playwright/test';
import { GUIDE_SEEN_VALUE, GUIDE_STORAGE_KEY } from './src/domain/guide-seen';

/** Chromium flags that give WebGL through SwiftShader and keep a closed network quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
];

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;

// e2e runs against `vite preview` of the production build, in Debian's Chromium (never a
// browser downloaded by the test tool).
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `${ORIGIN}/`,
    // Every test starts as a returning visitor who has dismissed the first-visit guide (as
    // `rememberGuideDismissed` stores it); guide.spec.ts starts with empty storage instead.
    storageState: {
      cookies: [],
      origins: [
        {
          origin: ORIGIN,
          localStorage: [{ name: GUIDE_STORAGE_KEY, value: GUIDE_SEEN_VALUE }],
        },
      ],
    },
    viewport: { width: 960, height: 640 },
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
