import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Browser steps wait for the page; on a loaded 2-core CI machine a second is not enough.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
