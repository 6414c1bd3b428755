import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure code and plugins: no build needed, files run in parallel (`npm run test:unit`).
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // Against the built site in dist/ (built once by `npm test`) and fixture builds of their own.
        // Files run one at a time: they share one browser-heavy 2-core machine.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000, fileParallelism: false },
      },
    ],
  },
});
