// `npm run bench`: the workbench (built as for `npm run web`) and the benchmark's own pages
// (the peer, the anchoring runner) in Debian's Chromium, one test at a time so figures do not
// compete for the two cores. Not part of `npm test`.
import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { APP_URL, BENCH_PORT, HARNESS_PORT, HARNESS_URL } from './support/ports';

const REPO = resolve(__dirname, '..', '..');
const BUILD_ROOT = process.env.BENCH_BUILD_DIR ?? `/tmp/dossier-bench-${BENCH_PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  // The team-sync bench runs in Node (server and clients in one process) and gets a worker process
  // of its own: after the search bench, in the same process, it did not converge in 60 s (it does
  // in 3 s alone; the cause is not found yet).
  projects: [
    { name: 'app', testIgnore: 'sync.bench.ts' },
    { name: 'sync', testMatch: 'sync.bench.ts' },
  ],
  outputDir: '../../test-results/bench',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 600_000,
  expect: { timeout: 30_000 },
  reporter: [['./resultsReporter.ts', { output: 'tests/bench/results.json', readme: 'README.md' }]],
  use: {
    baseURL: APP_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] },
    viewport: { width: 1400, height: 900 },
    trace: 'off',
  },
  webServer: [
    {
      command: `npm run web -- --port ${BENCH_PORT} --strictPort`,
      env: { RENDERER_OUT_DIR: `${BUILD_ROOT}/renderer` },
      url: APP_URL,
      cwd: REPO,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite build --config tests/bench/harness/vite.config.mts && npx vite preview --config tests/bench/harness/vite.config.mts --port ${HARNESS_PORT} --strictPort`,
      env: { BENCH_HARNESS_OUT_DIR: `${BUILD_ROOT}/harness` },
      url: `${HARNESS_URL}/peer.html`,
      cwd: REPO,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
