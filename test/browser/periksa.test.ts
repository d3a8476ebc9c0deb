/**
 * /periksa/ in Chromium: the data step in the browser says exactly what the CLI says.
 *
 * - Every broken dataset of test/fixtures/ (a folder with expected.txt) is chosen with the page's folder input
 *   (webkitdirectory; Playwright sets a directory on it and the browser gives each file its webkitRelativePath,
 *   `<fixture>/kinerja.csv`, `<fixture>/dinkes-contoh/kinerja.csv`): the root is the fixture's name, so expected.txt
 *   holds with `{dir}` = that name, nested layouts and missing files included.
 * - The same fixtures are chosen again as files one by one (the `multiple` input, no folder): messages are then
 *   relative to the dataset folder (`{dir}/` dropped) and a whole-dataset message names CHOSEN_FILES.
 * - Valid datasets (valid-minimal, valid-temuan, the bundled data/) show no error, and their findings and headline
 *   figures equal those of loadDataset in Node.
 * - No request leaves the page once it has loaded; it fits 360 px; without JavaScript it says what it needs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/data/format.ts';
import { loadDataset } from '../../src/data/load.ts';
import { headline } from '../../src/figures/headline.ts';
import { CHOSEN_FILES, findingLine } from '../../src/scripts/periksa.ts';
import { builtSite, launchBrowser, ROOT, serveStatic, type StaticServer } from '../support/site.ts';

const FIXTURES = join(ROOT, 'test/fixtures');
const broken = readdirSync(FIXTURES)
  .filter((name) => statSync(join(FIXTURES, name)).isDirectory() && !name.startsWith('valid-'))
  .sort();
/** Fixtures whose files lie in subfolders: a file input without a folder cannot give their paths. */
const nested = broken.filter((name) => readdirSync(join(FIXTURES, name)).some((entry) => statSync(join(FIXTURES, name, entry)).isDirectory()));

let server: StaticServer;
let browser: Browser;
let page: Page;
let dist: string;
const requests: string[] = [];
beforeAll(async () => {
  dist = await builtSite();
  server = await serveStatic(dist);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  page.on('request', (request) => requests.push(request.url()));
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const expectedLines = (name: string, dir: string): string[] =>
  readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (dir === '' ? line.replaceAll('{dir}/', '').replaceAll('{dir}', CHOSEN_FILES) : line.replaceAll('{dir}', dir)));

/** Chooses files (or a folder) and waits until the page has checked them. */
async function choose(selector: string, files: string | string[]): Promise<void> {
  await page.goto(`${server.url}/periksa/`);
  await page.locator(selector).setInputFiles(files);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-periksa-status]')?.textContent ?? '';
    return text !== '' && !text.startsWith('Memeriksa');
  });
}

const texts = (selector: string) => page.locator(selector).evaluateAll((items) => items.map((item) => item.textContent ?? ''));

describe('/periksa/: broken datasets give the CLI messages', () => {
  it('chosen as a folder: every broken fixture, expected.txt with {dir} = the folder', async () => {
    expect(broken.length).toBeGreaterThanOrEqual(30);
    const mismatches: { name: string; shown: string[]; expected: string[] }[] = [];
    for (const name of broken) {
      await choose('input[data-periksa-folder]', join(FIXTURES, name));
      const shown = await texts('[data-periksa-errors] li');
      const expected = expectedLines(name, name);
      if (JSON.stringify(shown) !== JSON.stringify(expected)) mismatches.push({ name, shown, expected });
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('chosen file by file: every flat broken fixture, messages relative to the dataset folder', async () => {
    // Skipped here, with the reason: their files lie in subfolders, which files chosen one by one do not carry
    // (the folder input above covers them).
    expect(nested).toEqual(['nested-missing-file']);
    const mismatches: { name: string; shown: string[]; expected: string[] }[] = [];
    for (const name of broken.filter((fixture) => !nested.includes(fixture))) {
      const files = readdirSync(join(FIXTURES, name))
        .filter((file) => file.endsWith('.csv'))
        .map((file) => join(FIXTURES, name, file));
      await choose('input[data-periksa-files]', files);
      const shown = await texts('[data-periksa-errors] li');
      const expected = expectedLines(name, '');
      if (JSON.stringify(shown) !== JSON.stringify(expected)) mismatches.push({ name, shown, expected });
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});

describe('/periksa/: valid datasets give the CLI findings and headline', () => {
  it.each(['test/fixtures/valid-minimal', 'test/fixtures/valid-temuan', 'test/fixtures/valid-spreadsheet', 'data'])(
    '%s',
    async (dir) => {
      const cli = loadDataset(join(ROOT, dir));
      expect(cli.errors).toEqual([]);
      await choose('input[data-periksa-folder]', join(ROOT, dir));
      expect(await texts('[data-periksa-errors] li')).toEqual([]);
      const shownAgencies = await page.locator('[data-periksa-agency]').evaluateAll((items) => items.map((item) => item.getAttribute('data-periksa-agency')));
      expect(shownAgencies).toEqual(cli.agencies.map((agency) => agency.agency.kode_pd));
      for (const agency of cli.agencies) {
        const section = `[data-periksa-agency="${agency.agency.kode_pd}"]`;
        expect(await texts(`${section} [data-periksa-findings] li`)).toEqual(agency.findings.map(findingLine));
        const rows = await page.locator(`${section} tbody tr`).evaluateAll((items) => items.map((row) => [...row.children].map((cell) => cell.textContent)));
        expect(rows).toEqual(
          agency.ringkasan.map((summary) => {
            const figure = headline(summary);
            return [
              String(summary.tahun),
              figure.count ?? '—',
              figure.value === null ? (figure.reason ?? '—') : expect.stringContaining(formatPercent(figure.value)),
            ];
          }),
        );
      }
      const findings = cli.agencies.reduce((sum, agency) => sum + agency.findings.length, 0);
      await expect(page.locator('[data-periksa-status]').textContent()).resolves.toBe(
        `Tidak ada galat: ${cli.agencies.length} perangkat daerah siap dibangun; ${findings} temuan kualitas data.`,
      );
      if (dir === 'data') expect(findings).toBeGreaterThan(0);
    },
    60_000,
  );
});

describe('/periksa/: on the page', () => {
  it('sends no request once loaded, and fits a 360 px screen', async () => {
    await page.goto(`${server.url}/periksa/`);
    await page.waitForLoadState('networkidle');
    const before = requests.length;
    await page.locator('input[data-periksa-folder]').setInputFiles(join(FIXTURES, 'invalid-url'));
    await page.waitForFunction(() => document.querySelectorAll('[data-periksa-errors] li').length > 0);
    await page.locator('input[data-periksa-folder]').setInputFiles(join(ROOT, 'data'));
    await page.waitForFunction(() => document.querySelectorAll('[data-periksa-agency]').length > 0);
    expect(requests.slice(before)).toEqual([]);
    expect(requests.every((url) => url.startsWith(server.url))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('loads its script on no other page', () => {
    const script = readFileSync(join(dist, 'periksa/index.html'), 'utf8').match(/\/_astro\/[^"]+\.js/g) ?? [];
    expect(script).toHaveLength(1);
    for (const other of ['index.html', 'data/index.html', 'metode/index.html']) expect(readFileSync(join(dist, other), 'utf8')).not.toContain(script[0]);
  });

  it('without JavaScript says what it needs and points to the format and npm run data', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}/periksa/`);
    await expect(noJs.locator('form[data-periksa-form]').isVisible()).resolves.toBe(false);
    const notice = noJs.locator('[data-periksa-nojs]');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain('npm run data');
    await expect(notice.locator('a[href="/data/#format-csv"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('is linked from /data/ and from the footer', async () => {
    await page.goto(`${server.url}/data/`);
    await expect(page.locator('main a[href="/periksa/"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('footer a[href="/periksa/"]').count()).resolves.toBe(1);
  });
});
