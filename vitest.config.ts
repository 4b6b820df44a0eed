import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/fuzz/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // `npm test` runs its suites one after another, so the unit tests may have every core; Vitest's
    // own default leaves one free, which on a 2-core machine ran the files one at a time.
    maxWorkers: availableParallelism(),
  },
});
