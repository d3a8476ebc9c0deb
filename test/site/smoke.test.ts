/** The bundled site builds and serves; a real browser loads its front page. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';

let server: StaticServer;
beforeAll(async () => {
  const dist = await builtSite();
  server = await serveStatic(dist);
}, 600_000);
afterAll(() => server?.close());

describe('built site', () => {
  it('has a front page that Chromium renders', async () => {
    expect(existsSync(join(await builtSite(), 'index.html'))).toBe(true);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const response = await page.goto(`${server.url}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Kinerja Terbuka/);
    } finally {
      await browser.close();
    }
  });
});
