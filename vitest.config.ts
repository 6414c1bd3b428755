import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Browser suites share one built site; running files one at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
