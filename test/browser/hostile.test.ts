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
import { figureCsv } from '../../src/downloads/figureFiles.ts';
import { PAYLOADS, writeHostileDataset } from '../hostile/hostileDataset.ts';
import { htmlPages, menuDownloadData, readPage } from '../support/distFiles.ts';
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
  it("no element of any page has an inline event handler, and every page's CSP runs only the site's own scripts", () => {
    const problems: string[] = [];
    for (const path of htmlPages(dist)) {
      const document = readPage(dist, path);
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames())
          if (attribute.toLowerCase().startsWith('on')) problems.push(`${path}: <${element.localName} ${attribute}>`);
        for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
          if (/^\s*javascript:/i.test(element.getAttribute(name) ?? '')) problems.push(`${path}: ${name}="${element.getAttribute(name)}"`);
        }
      }
      const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content');
      if (!csp) problems.push(`${path}: no Content-Security-Policy meta`);
      else {
        // Exactly what the site needs: its own script files; no inline script, no eval, no other origin.
        const directives = new Map(
          csp
            .split(';')
            .map((part) => part.trim().split(/\s+/))
            .map(([name, ...values]) => [name!, values.join(' ')]),
        );
        if (directives.get('script-src') !== "'self'") problems.push(`${path}: script-src ${directives.get('script-src')}`);
        if (directives.get('object-src') !== "'none'") problems.push(`${path}: object-src ${directives.get('object-src')}`);
        if (directives.get('default-src') !== "'self'") problems.push(`${path}: default-src ${directives.get('default-src')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every CSV a reader can get neutralises formula injection: the files served and those the browser makes from each figure', () => {
    const csvs: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.csv')) csvs.push(path);
      }
    };
    walk(dist);
    const files = csvs.map((file) => ({ name: file.slice(dist.length), text: readFileSync(file, 'utf8'), delimiter: '' }));
    // The figures' downloads are made in the browser from the figures file each menu names (src/downloads/figureFiles.ts).
    let figures = 0;
    for (const path of htmlPages(dist)) {
      for (const menu of readPage(dist, path).querySelectorAll('details[data-download-root]')) {
        const data = menuDownloadData(dist, menu);
        figures++;
        files.push({ name: `${path}#${data.id}`, text: figureCsv(data, 'kanonik'), delimiter: ',' });
        files.push({ name: `${path}#${data.id} (Excel)`, text: figureCsv(data, 'excel-id'), delimiter: ';' });
      }
    }
    const dangerous: string[] = [];
    let neutralised = 0;
    for (const file of files) {
      const { data } = Papa.parse<string[]>(file.text.replace(/^\ufeff/, ''), { skipEmptyLines: true, delimiter: file.delimiter });
      for (const row of data) {
        for (const cell of row) {
          if (/^'[=+\-@]/.test(cell)) neutralised++;
          // A number (either dialect) is no formula; any other cell starting with a trigger is.
          if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d[\d.,]*\s*%?$/.test(cell)) dangerous.push(`${file.name}: ${cell.slice(0, 40)}`);
        }
      }
    }
    expect(csvs.length).toBeGreaterThan(10);
    expect(figures).toBeGreaterThan(100);
    // Payloads start cells (catatan, satuan, uraian …): neutralised with a leading ', not dropped.
    expect(neutralised).toBeGreaterThan(100);
    expect(dangerous).toEqual([]);
  });

  it('nothing executes and the text is shown literally, on one page of every type, at 360 px', async () => {
    const problems: string[] = [];
    const seen = new Set<string>();
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
      // innerText renders U+2028/U+2029 as line breaks; compare without them.
      const flat = text.replace(/[\u2028\u2029\n]/g, '');
      for (const payload of PAYLOADS) if (flat.includes(payload.replace(/[\u2028\u2029]/g, ''))) seen.add(payload);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) problems.push(`${type} (${path}): page is ${overflow}px wider than the 360px screen`);
      await context.close();
    }
    expect(problems).toEqual([]);
    // Every payload appears literally as visible text somewhere, not as markup.
    expect(PAYLOADS.filter((payload) => !seen.has(payload))).toEqual([]);
  }, 300_000);
});
