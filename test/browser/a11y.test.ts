/**
 * Every page type in Chromium, and an indicator on a category scale: axe-core finds no serious or critical
 * violation, and the page makes no request to another origin (fonts, scripts, styles and images all come from the
 * site). Three passes: 1280 px and 360 px wide with JavaScript, and 1280 px with JavaScript off.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../support/distFiles.ts';
import { samplePerType } from '../support/pageTypes.ts';
import { builtSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The page types of the site built from the bundled data/ (test/support/pageTypes.ts): each one is audited. */
const PAGE_TYPES = [
  '/',
  '/data/',
  '/embed/*/*/',
  '/metode/',
  '/pd/*/',
  '/pd/*/<tahun>/',
  '/pd/*/anggaran/<tahun>/',
  '/pd/*/indikator/*/',
  '/periksa/',
  '/provinsi/*/',
  '/urusan/*/',
  '/urusan/*/<tahun>/',
];

/**
 * An indicator measured on a category scale (arah kategori): Polewali Mandar's Indeks Kepuasan Masyarakat,
 * "Sangat Baik" in 2022 and 2023. The first indicator page in sorted order is a numeric one.
 */
const CATEGORY_PAGE = '/pd/dinsos-polewali-mandar/indikator/t2/';
const CATEGORY_TYPE = '/pd/*/indikator/*/ (kategori)';

let server: StaticServer;
let browser: Browser;
let dist: string;
let pages: [type: string, path: string][];
beforeAll(async () => {
  dist = await builtSite();
  pages = [...samplePerType(htmlPages(dist)), [CATEGORY_TYPE, CATEGORY_PAGE]];
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core, injected through the DevTools protocol (which the page's CSP does not govern), on the page's document. */
async function runAxe(page: Page): Promise<AxeResult> {
  await page.evaluate(axeSource);
  return (await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )) as AxeResult;
}

/** Records every request of a context to another origin. */
function foreignRequests(context: BrowserContext): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== server.url) foreign.push(request.url());
  });
  return foreign;
}

/** The page as Chromium renders it with JavaScript on, audited where it stands. */
async function auditWithScripts(path: string, width: number): Promise<{ result: AxeResult; foreign: string[] }> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
  const foreign = foreignRequests(context);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  const result = await runAxe(page);
  await context.close();
  return { result, foreign };
}

/**
 * The page as Chromium renders it with JavaScript off. axe-core cannot run there (no timer fires in a page without
 * scripts), so the no-JS document is carried over: loaded with JavaScript disabled (the site's scripts never run;
 * <noscript> content is parsed as elements), its <noscript> unwrapped into the content they show, its scripts
 * removed, then served at the same address to a page with JavaScript on, where every script request is refused,
 * and axe-core audits that document with the site's styles and fonts.
 */
async function auditWithoutScripts(path: string, width: number): Promise<{ result: AxeResult; foreign: string[]; noscript: number }> {
  const url = `${server.url}${path}`;
  const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const foreign = foreignRequests(off);
  const offPage = await off.newPage();
  await offPage.goto(url, { waitUntil: 'networkidle' });
  const noscript = await offPage.evaluate(() => {
    const blocks = [...document.querySelectorAll('noscript')];
    for (const block of blocks) block.replaceWith(...block.childNodes);
    for (const script of document.querySelectorAll('script')) script.remove();
    // Every <details> open, as a reader opens them: the download menus hold the <noscript> notes.
    for (const details of document.querySelectorAll('details')) details.open = true;
    return blocks.length;
  });
  const html = await offPage.content();
  await off.close();

  const on = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
  foreign.push(...foreignRequests(on));
  await on.route('**/*', (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (request.resourceType() === 'script') return route.abort();
    return route.continue();
  });
  const page = await on.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  // The audited document is the no-JS one: no script, no <noscript> left.
  expect(await page.evaluate(() => document.querySelectorAll('script, noscript').length), path).toBe(0);
  const result = await runAxe(page);
  await on.close();
  return { result, foreign, noscript };
}

function problemsOf(type: string, path: string, { result, foreign }: { result: AxeResult; foreign: string[] }): string[] {
  const problems: string[] = [];
  for (const violation of result.violations) {
    if (violation.impact === 'serious' || violation.impact === 'critical') {
      problems.push(
        `${type} (${path}): ${violation.id} [${violation.impact}] ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
      );
    }
  }
  for (const url of foreign) problems.push(`${type} (${path}): request to another origin ${url}`);
  return problems;
}

describe('accessibility and requests, one page per type', () => {
  it('covers every page type of the site and an indicator on a category scale', () => {
    expect(pages.map(([type]) => type)).toEqual([...PAGE_TYPES, CATEGORY_TYPE]);
    // The category page shows the category values of the data, not numbers.
    const html = readFileSync(fileFor(dist, CATEGORY_PAGE), 'utf8');
    expect(html).toContain('Indeks Kepuasan Masyarakat');
    expect(html).toContain('Sangat Baik');
  });

  for (const width of [1280, 360]) {
    it(`axe-core at ${width} px with JavaScript: no serious or critical violation; no third-party request`, async () => {
      const problems: string[] = [];
      for (const [type, path] of pages) problems.push(...problemsOf(type, path, await auditWithScripts(path, width)));
      expect(problems).toEqual([]);
    }, 600_000);
  }

  it('axe-core at 1280 px with JavaScript off: no serious or critical violation; no third-party request', async () => {
    const problems: string[] = [];
    let noscript = 0;
    for (const [type, path] of pages) {
      const audit = await auditWithoutScripts(path, 1280);
      noscript += audit.noscript;
      problems.push(...problemsOf(type, path, audit));
    }
    // The download menus' <noscript> notes were among what was audited.
    expect(noscript).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 600_000);
});
