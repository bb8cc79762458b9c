import { defineConfig } from '@playwright/test';

// Two cores here: one worker, generous timeouts, traces kept when a test fails.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: process.env.RESONANCE_E2E_OUT ?? '../../test-results/e2e',
  use: { trace: 'retain-on-failure' },
});
