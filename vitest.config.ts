import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './test/setup.ts'],
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/security/**/*.test.ts'],
    restoreMocks: true,
    // Some tests parse saved pages or a 5,000-tip pack: seconds of CPU on a slow or shared machine,
    // where Vitest's 5 s default failed them. The limit is only there to catch a hang.
    testTimeout: 30_000,
  },
});
