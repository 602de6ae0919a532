import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: headless Chromium against the real server and the built client.
// Run with `npm run test:e2e` (builds the client first). One fork, long timeouts: a whole game is played.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});
