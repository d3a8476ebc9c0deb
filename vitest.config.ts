import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    // Fixed zone and locale-independent formatting: no test depends on the machine's clock or region.
    env: { TZ: 'Asia/Jakarta' },
    testTimeout: 30_000,
  },
});
