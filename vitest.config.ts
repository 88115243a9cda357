import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    // Tests import workspace packages from their TypeScript sources (the "source" export condition),
    // never from a stale build: in the browser-like and in the server (SSR) environment.
    conditions: ['source'],
  },
  ssr: {
    resolve: { conditions: ['source'], externalConditions: ['source'] },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Starts the test database servers once per run (embedded PostgreSQL and a PostgreSQL server).
    globalSetup: ['packages/db/src/test-support/global-setup.ts'],
  },
});
