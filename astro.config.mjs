// @ts-check
import { defineConfig } from 'astro/config';

// SITE_URL is the public address, used for canonical links, the sitemap and embed snippets.
// The default is a reserved placeholder domain: set SITE_URL when deploying.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://kinerja-terbuka.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  telemetry: false,
});
