import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser tests (test/e2e) run separately via `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
