/**
 * Embeds across origins, as a newsroom uses them: the site on one port, a host page on another (another
 * origin). The embed page renders in the host's iframe and the host script resizes the iframe to it; without
 * the script the fixed height fits the chart; spoofed messages are ignored; a non-embed page refuses to be
 * framed because of the _headers the build ships (the test server applies them like a static host).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';

const KODE = 'dinsos-mojokerto';
const CHART = `${KODE}-capaian-2023`;
/** The embed's title says whose chart it is: it stands alone on another site. */
const TITLE = 'Capaian indikator kinerja Dinas Sosial Kabupaten Mojokerto, 2023';
let site: StaticServer;
let dist: string;
let host: { url: string; close: () => Promise<void>; pages: Map<string, string> };
let browser: Browser;
let snippet: string;

/** A second origin that serves whatever HTML a test puts in `pages`. */
async function hostServer(): Promise<typeof host> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (!html) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  // localhost, not 127.0.0.1: a different host as well as a different port.
  return { url: `http://localhost:${port}`, pages, close: () => new Promise((done) => server.close(() => done())) };
}

const hostPage = (body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Berita</title></head><body style="margin:0"><h1>Artikel berita</h1>${body}<p>Akhir artikel.</p></body></html>`;

async function childFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 50; i++) {
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no iframe');
}

beforeAll(async () => {
  dist = await builtSite();
  site = await serveStatic(dist);
  host = await hostServer();
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${site.url}/pd/${KODE}/2023/`);
  // The snippet is what the chart's "Unduh" panel shows once opened (made in the browser from the figures file).
  await page.locator(`figure[data-chart-id="${CHART}"] details.dl > summary`).click();
  snippet = (await page.locator(`figure[data-chart-id="${CHART}"] textarea`).inputValue()).replaceAll(/https?:\/\/[^/"]+\//g, `${site.url}/`);
  await page.close();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

describe('embedding a chart in another site', () => {
  it('renders in the host page and the host script sets the iframe to the chart height', async () => {
    expect(new URL(host.url).origin).not.toBe(new URL(site.url).origin);
    host.pages.set('/artikel', hostPage(`<div style="width:360px">${snippet}</div>`));
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${host.url}/artikel`);
    const frame = await childFrame(page);
    await frame.waitForSelector('h1');
    await expect(frame.locator('h1').textContent()).resolves.toBe(TITLE);
    await expect(frame.locator('.svg--narrow svg').isVisible()).resolves.toBe(true);
    // The legend (the page's own component) is styled by the embed's style sheet: a row of swatches, no bullets.
    const legend = await frame.locator('.chart__legend').evaluate((element) => {
      const style = getComputedStyle(element);
      return { bullets: style.listStyleType, display: style.display };
    });
    expect(legend).toEqual({ bullets: 'none', display: 'flex' });
    const iframe = page.locator('iframe[data-kinerja-terbuka]');
    const fixed = Number(snippet.match(/height: (\d+)px/)![1]);
    // The script sets the frame to the chart's own height, which differs from the snippet's fixed one.
    await page.waitForFunction((initial) => document.querySelector('iframe')!.getBoundingClientRect().height !== initial, fixed, { timeout: 10_000 });
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const height = await iframe.evaluate((element) => element.getBoundingClientRect().height);
    expect(Math.abs(height - content)).toBeLessThanOrEqual(2);
    // Nothing to scroll inside the frame.
    await expect(frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).resolves.toBe(true);

    // A message from anywhere but the site's origin is ignored, however well formed.
    await page.evaluate((id) => window.postMessage({ type: 'kinerja-terbuka:tinggi', id, height: 123 }, '*'), CHART);
    await page.waitForTimeout(300);
    expect(await iframe.evaluate((element) => element.getBoundingClientRect().height)).toBe(height);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it.each([360, 1280])(
    'without the host script the fixed height fits the whole chart, source and credit at %i px, and the embed needs no JavaScript',
    async (width) => {
      host.pages.set('/tanpa-skrip', hostPage(snippet.replace(/<script[^>]*><\/script>/, '')));
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${host.url}/tanpa-skrip`);
      const frame = await childFrame(page);
      await frame.waitForSelector('h1');
      const fixed = Number(snippet.match(/height: (\d+)px/)![1]);
      await page.waitForTimeout(300);
      expect(await page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBe(fixed);
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(content).toBeLessThanOrEqual(fixed);
      expect(content).toBeGreaterThan(fixed * 0.4);
      // The credit line, last of the embed, is inside the frame: nothing is cut off.
      const credit = await frame.evaluate(() => document.querySelector('.credit')!.getBoundingClientRect().bottom);
      expect(credit).toBeLessThanOrEqual(fixed);
      await context.close();

      const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const direct = await noJs.newPage();
      await direct.goto(`${site.url}/embed/grafik/${CHART}/`);
      await expect(direct.locator('h1').textContent()).resolves.toBe(TITLE);
      await expect(direct.locator('.svg--wide svg').isVisible()).resolves.toBe(true);
      await expect(direct.locator('.source').textContent()).resolves.toMatch(/^Sumber: /);
      await noJs.close();
    },
    60_000,
  );

  it('only embed pages may be framed: other pages are refused by the headers the build ships', async () => {
    const embed = await fetch(`${site.url}/embed/grafik/${CHART}/`);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
    const agency = await fetch(`${site.url}/pd/${KODE}/`);
    expect(agency.headers.get('x-frame-options')).toBe('DENY');
    expect(agency.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");

    const framed = async (url: string) => {
      host.pages.set('/bingkai', hostPage(`<iframe src="${url}" title="halaman" style="width:600px;height:400px"></iframe>`));
      const page = await browser.newPage();
      await page.goto(`${host.url}/bingkai`);
      const frame = await childFrame(page);
      await frame.waitForLoadState('load').catch(() => undefined);
      await page.waitForTimeout(500);
      const result = { url: frame.url(), h1: await frame.evaluate(() => document.querySelector('h1')?.textContent ?? null).catch(() => null) };
      await page.close();
      return result;
    };
    // Chromium replaces a refused frame by its error page: nothing of the site is shown.
    const refused = await framed(`${site.url}/pd/${KODE}/`);
    expect(refused.url).toBe('chrome-error://chromewebdata/');
    expect(refused.h1 ?? '').not.toContain('Dinas Sosial');
    expect((await framed(`${site.url}/embed/grafik/${CHART}/`)).h1).toBe(TITLE);

    // Control: the same files served without _headers can be framed, so it is the headers that refuse.
    const plain = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      let html: Buffer;
      try {
        html = readFileSync(join(dist, path, 'index.html'));
      } catch {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((done) => plain.listen(0, '127.0.0.1', done));
    const unprotected = await framed(`http://127.0.0.1:${(plain.address() as AddressInfo).port}/pd/${KODE}/`);
    await new Promise((done) => plain.close(done));
    expect(unprotected.url).toMatch(/^http:/);
    expect(unprotected.h1).toContain('Dinas Sosial Kabupaten Mojokerto');
  }, 60_000);

  it('every chart of the site has its embed page, and the frame they are written from is not published', () => {
    // The charts an owner's figures file offers to embed (those with an embed height), against the embed pages written.
    const offered = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name === 'gambar.json') {
          const file = JSON.parse(readFileSync(join(dir, entry.name), 'utf8')) as { figures: Record<string, { kind: string; embedHeight?: number }> };
          for (const [key, figure] of Object.entries(file.figures)) if (figure.kind === 'chart' && figure.embedHeight) offered.add(key.split('#')[1]!);
        }
      }
    };
    walk(dist);
    const written = readdirSync(join(dist, 'embed', 'grafik')).sort();
    expect(offered.size).toBeGreaterThan(100);
    expect(written).toEqual([...offered].sort());
    expect(readdirSync(join(dist, 'embed'))).toEqual(['grafik']);
    for (const id of written) expect(readFileSync(join(dist, 'embed', 'grafik', id, 'index.html'), 'utf8')).not.toMatch(/KT_EMBED_SLOT/);
  });
});
