/**
 * The site built from the hostile dataset (payloads in every text field, test/hostile/hostileDataset.ts),
 * opened in Chromium: nothing executes (no dialog, no console error, no request to another origin),
 * the payload text is shown literally, no element carries an inline event handler, every page has a
 * CSP without unsafe-eval, and at 360 px nothing pushes the page wider than the screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYLOADS, writeHostileDataset } from '../hostile/hostileDataset.ts';
import { htmlPages, readPage } from '../support/distFiles.ts';
import { samplePerType } from '../support/pageTypes.ts';
import { buildSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';
import { scratchDir } from '../support/scratch.ts';

let dist: string;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  const dataDir = scratchDir('kt-hostile-data-');
  writeHostileDataset('data', dataDir);
  dist = (await buildSite({ dataDir, root: scratchDir('kt-hostile-site-') })).dist;
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile text', () => {
  it('no element of any page has an inline event handler, and every page has a CSP without unsafe-eval', () => {
    const problems: string[] = [];
    for (const path of htmlPages(dist)) {
      const document = readPage(dist, path);
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) if (attribute.toLowerCase().startsWith('on')) problems.push(`${path}: <${element.localName} ${attribute}>`);
        for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
          if (/^\s*javascript:/i.test(element.getAttribute(name) ?? '')) problems.push(`${path}: ${name}="${element.getAttribute(name)}"`);
        }
      }
      const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content');
      if (!csp) problems.push(`${path}: no Content-Security-Policy meta`);
      else if (csp.includes('unsafe-eval')) problems.push(`${path}: CSP allows unsafe-eval`);
    }
    expect(problems).toEqual([]);
  });

  it('every CSV the site serves neutralises formula injection: no cell starts a formula', () => {
    const csvs: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.csv')) csvs.push(path);
      }
    };
    walk(dist);
    const dangerous: string[] = [];
    // Table downloads (/unduh/tabel/) carry payloads at the start of cells (catatan, satuan, uraian …): neutralised, not dropped.
    const tableCsvs = csvs.filter((file) => file.slice(dist.length).startsWith('/unduh/tabel/'));
    let neutralisedInTables = 0;
    for (const file of csvs) {
      const served = file.slice(dist.length);
      const inTable = served.startsWith('/unduh/tabel/');
      const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
      // Chart and table downloads in the Excel format use `;`; guessing could split them at the commas of their `#` lines.
      const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true, delimiter: served.startsWith('/unduh/') && served.endsWith('-excel.csv') ? ';' : '' });
      for (const row of data) {
        for (const cell of row) {
          if (inTable && /^'[=+\-@]/.test(cell)) neutralisedInTables++;
          // A number (either dialect) is no formula; any other cell starting with a trigger is.
          if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d[\d.,]*\s*%?$/.test(cell)) dangerous.push(`${file.slice(dist.length)}: ${cell.slice(0, 40)}`);
        }
      }
    }
    expect(csvs.length).toBeGreaterThan(10);
    expect(tableCsvs.length).toBeGreaterThan(10);
    expect(neutralisedInTables).toBeGreaterThan(0);
    expect(dangerous).toEqual([]);
  });

  it('nothing executes and the text is shown literally, on one page of every type, at 360 px', async () => {
    const problems: string[] = [];
    let shown = 0;
    for (const [type, path] of samplePerType(htmlPages(dist))) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        problems.push(`${type}: dialog "${dialog.message()}"`);
        void dialog.dismiss();
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${type}: console error ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${type}: page error ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== server.url) problems.push(`${type}: request to ${request.url()}`);
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const text = await page.evaluate(() => document.body.innerText);
      shown += PAYLOADS.filter((payload) => text.includes(payload.replace(/[\u2028\u2029]/g, ''))).length;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) problems.push(`${type} (${path}): page is ${overflow}px wider than the 360px screen`);
      await context.close();
    }
    expect(problems).toEqual([]);
    // Payloads appear as visible text, not as markup.
    expect(shown).toBeGreaterThan(0);
  }, 300_000);
});
