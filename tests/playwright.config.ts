// End-to-end tests: the workbench as a web page (`npm run web`) in Debian's Chromium,
// with real IndexedDB. Each test gets a fresh browser context, so a fresh library.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** E2E_PORT and RENDERER_OUT_DIR let several runs (say, parallel sessions) work side by side. */
const PORT = Number(process.env.E2E_PORT ?? 5173);

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? (process.env.E2E_PORT ? `../test-results/e2e-${PORT}` : '../test-results/e2e'),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    viewport: { width: 1400, height: 900 },
  },
  webServer: {
    command: `npm run web -- --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
