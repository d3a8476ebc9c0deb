/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that tests can render .astro components (astro/container).
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    // Fixed zone and locale-independent formatting: no test depends on the machine's clock or region.
    env: { TZ: 'Asia/Jakarta' },
    testTimeout: 30_000,
  },
});
