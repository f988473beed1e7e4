import { defineConfig } from 'vitest/config';

// One test run for the whole monorepo. The global setup starts what the
// integration tests need (a real Temporal dev server, a fresh migrated
// PostgreSQL database) and hands their addresses to tests via `inject()`.
export default defineConfig({
  test: {
    include: ['**/*.spec.ts', '**/test/**/*.test.ts', '**/e2e/**/*.e2e.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '.tools/**', '.data/**'],
    globalSetup: ['./scripts/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
