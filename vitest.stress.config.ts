import { defineConfig } from 'vitest/config';

// `npm run test:stress`: the long crash and concurrency runs (test/stress/). Not part of the
// default `vitest run`, which runs their reduced versions in test/integration/safety/.
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
