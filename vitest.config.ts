import { defineConfig } from 'vitest/config';

// graphql 16 ships ESM and CJS builds; libraries loaded by Node get the CJS one, so the tests
// must too, or two copies of graphql meet in one schema.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Pure code: the files can share workers, which saves starting one per file.
          isolate: false,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // The suites share one Neo4j and each resets the graph it needs: one file at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
