import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension: one worker on 2 cores.
export default defineConfig({
  // The end-to-end specs and the security reproductions that need a real browser.
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'security/**/*.spec.ts'],
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
