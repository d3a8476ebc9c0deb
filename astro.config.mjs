// @ts-check
import { defineConfig } from 'astro/config';
import { downloads } from './src/downloads/integration.ts';
import { siteUrl } from './src/lib/siteFiles.ts';

// SITE_URL is the public address, used for canonical links, the sitemap, embed snippets and citations. Unset,
// it is the preview server's address (npm run preview), so a local build's links work; the build says so.
// Telemetry: the build sets ASTRO_TELEMETRY_DISABLED=1 (package.json); it is not a config key.
export default defineConfig({
  site: siteUrl(),
  // SITE_DIR: where the site is written (default dist/). The build-level tests build into their own
  // folder so they never race with a developer's `npm run build` in the same working tree.
  outDir: process.env.SITE_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The dataset, API, _headers and sitemap, made after the pages.
  integrations: [downloads()],
  vite: {
    // Every script is a file of its own (never inlined), so a strict Content-Security-Policy
    // (script-src 'self') can serve the site; small stylesheets may still be inlined.
    build: { assetsInlineLimit: 0 },
  },
});
