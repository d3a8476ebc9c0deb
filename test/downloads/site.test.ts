/**
 * The built site's downloads: from a chart on an agency page, the CSV, SVG and PNG a reader downloads match
 * the JSON; the dataset zip reads back to the same data and its datapackage.json is a valid Tabular Data
 * Package; API, sitemap and _headers are there. Uses the site built once per run (test/support/site.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import type { AgencyData, SiteIndex } from '../../src/data/output.ts';
import { cellValue, readCsv } from '../../src/downloads/csv.ts';
import { TabularDataPackage } from '../../src/downloads/dataPackage.ts';
import { pngSize } from '../../src/downloads/png.ts';
import { svgSize } from '../../src/downloads/svg.ts';
import { htmlPages } from '../support/distFiles.ts';
import { builtSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';
import { decodePng, pixelStats } from './decodePng.ts';
import { scratchDir } from '../support/scratch.ts';

const KODE = 'dinsos-mojokerto';
let dist: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let json: AgencyData;

beforeAll(async () => {
  dist = await builtSite();
  server = await serveStatic(dist);
  browser = await launchBrowser();
  page = await browser.newPage({ acceptDownloads: true });
  json = JSON.parse(readFileSync(join(dist, 'api/v1/pd', `${KODE}.json`), 'utf8')) as AgencyData;
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks a download link inside a chart figure and returns the file's bytes. */
async function download(figure: ReturnType<Page['locator']>, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name, exact: true }).click()]);
  return readFileSync((await file.path())!);
}

const withoutOrigin = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutOrigin)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'origin').map(([key, inner]) => [key, withoutOrigin(inner)]))
      : value;

describe('a chart on an agency page', () => {
  it('downloads CSVs whose values are the JSON figures', async () => {
    const violations: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
    await page.goto(`${server.url}/pd/${KODE}/`);
    const figure = page.locator(`figure[data-chart-id="${KODE}-serapan"]`);
    await expect(figure.count()).resolves.toBe(1);

    const csv = (await download(figure, 'Data (CSV)')).toString('utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('# Format kanonik');
    const { rows } = readCsv(csv);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const year = json.ringkasan.find((summary) => summary.tahun === cellValue(row.Tahun!))!;
      expect(cellValue(row['Pagu (rupiah)']!)).toBe(year.pagu);
      expect(cellValue(row['Realisasi (rupiah)']!)).toBe(year.realisasi_anggaran);
      expect(cellValue(row['Serapan (%)']!)).toBe(year.serapan);
    }

    const excel = (await download(figure, 'Data (CSV Excel Indonesia)')).toString('utf8');
    const back = readCsv(excel, 'excel-id').rows;
    expect(back.map((row) => cellValue(row['Serapan (%)']!, 'excel-id'))).toEqual(rows.map((row) => cellValue(row['Serapan (%)']!)));
    expect(excel).toContain('\r\n');

    // The capaian chart of the latest year: every value is the indicator's capaian that year.
    const latest = json.ringkasan.filter((year) => year.iku_terhitung > 0).at(-1)!.tahun;
    const capaian = page.locator(`figure[data-chart-id="${KODE}-capaian-${latest}"]`);
    const capaianRows = readCsv((await download(capaian, 'Data (CSV)')).toString('utf8')).rows;
    expect(capaianRows.length).toBeGreaterThan(0);
    for (const row of capaianRows) {
      const kode = row.Indikator!.split(' ')[0]!;
      const year = json.indicators.find((indicator) => indicator.kode_indikator === kode)!.tahun.find((item) => item.tahun === latest)!;
      expect(cellValue(row['Capaian (%)']!), kode).toBe(year.capaian);
    }
    expect(violations).toEqual([]);
  });

  it('downloads the chart as a standalone SVG and as a PNG of twice its size', async () => {
    await page.goto(`${server.url}/pd/${KODE}/`);
    const figure = page.locator(`figure[data-chart-id="${KODE}-serapan"]`);
    const svg = (await download(figure, 'Gambar SVG')).toString('utf8');
    const { document } = parseHTML(svg.replace(/^<\?xml[^>]*>\s*/, ''));
    const root = document.querySelector('svg')!;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')!.textContent).toBe(await figure.locator('.chart__title').textContent());
    expect(root.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
    expect(svg).toMatch(/font-family="Inter,/);
    // The nested chart is the page's wide chart: the same marks and the same words.
    const onPage = await figure.locator('.chart__svg--wide svg').evaluate((element) => ({
      rects: element.querySelectorAll('rect').length,
      texts: [...element.querySelectorAll('text')].map((text) => text.textContent),
    }));
    const nested = root.querySelector('svg')!;
    expect(nested.querySelectorAll('rect').length).toBe(onPage.rects);
    expect([...nested.querySelectorAll('text')].map((text) => text.textContent)).toEqual(onPage.texts);

    const png = await download(figure, 'Gambar PNG');
    const size = svgSize(svg);
    expect(pngSize(png)).toEqual({ width: size.width * 2, height: size.height * 2 });
    const stats = pixelStats(decodePng(png), [0x0b, 0x6e, 0x66]);
    expect(stats.white).toBeGreaterThan(0.4);
    expect(stats.white).toBeLessThan(0.99);
    expect(stats.accent).toBeGreaterThan(2000);
    expect(stats.dark).toBeGreaterThan(500);
  });

  it('offers a permalink to its own anchor and an embed snippet', async () => {
    await page.goto(`${server.url}/pd/${KODE}/`);
    const figure = page.locator(`figure[data-chart-id="${KODE}-serapan"]`);
    await expect(figure.getByRole('link', { name: 'Tautan permanen' }).getAttribute('href')).resolves.toBe(`/pd/${KODE}/#${KODE}-serapan`);
    const snippet = await figure.locator('textarea').inputValue();
    expect(snippet).toContain(`/embed/grafik/${KODE}-serapan/`);
    expect(snippet).toContain('/embed.js');
  });
});

describe('files of the built site', () => {
  it('has CSV, Excel CSV, SVG, PNG and an embed page for every chart of every page', () => {
    const ids = new Set<string>();
    for (const path of htmlPages(dist)) {
      if (path.startsWith('/embed/') || !path.endsWith('/')) continue;
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      for (const match of html.matchAll(/data-chart-id="([^"]+)"/g)) ids.add(match[1]!);
    }
    expect(ids.size).toBeGreaterThan(10);
    const missing = [...ids].flatMap((id) =>
      [`unduh/grafik/${id}.csv`, `unduh/grafik/${id}-excel.csv`, `unduh/grafik/${id}.svg`, `unduh/grafik/${id}.png`, `embed/grafik/${id}/index.html`].filter((file) => !existsSync(join(dist, file))),
    );
    expect(missing).toEqual([]);
  });

  it('the dataset zip reads back to the same data; its datapackage.json is a valid Tabular Data Package', () => {
    const zip = unzipSync(readFileSync(join(dist, 'unduh/data/kinerja-terbuka.zip')));
    expect(Object.keys(zip)).toEqual(['datapackage.json', 'perangkat_daerah.csv', 'sumber.csv', 'indikator.csv', 'kinerja.csv', 'anggaran.csv']);
    const descriptor = JSON.parse(strFromU8(zip['datapackage.json']!));
    const valid = TabularDataPackage.safeParse(descriptor);
    expect(valid.success, valid.error?.message).toBe(true);
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    const folder = scratchDir('kt-zip-');
    for (const [name, bytes] of Object.entries(zip)) writeFileSync(join(folder, name), bytes);
    const again = loadDataset(folder);
    expect(again.errors).toEqual([]);
    const original = loadDataset('data');
    expect(withoutOrigin(again.agencies)).toEqual(withoutOrigin(original.agencies));
    // The loose files are the same bytes as those in the zip.
    for (const name of Object.keys(zip)) expect(readFileSync(join(dist, 'unduh/data', name)).equals(Buffer.from(zip[name]!))).toBe(true);
  });

  it('each agency has its own zip and files, and the API serves the site JSON', () => {
    const index = JSON.parse(readFileSync(join(dist, 'api/v1/index.json'), 'utf8')) as SiteIndex;
    expect(index.agencies.length).toBe(3);
    for (const agency of index.agencies) {
      const zip = unzipSync(readFileSync(join(dist, 'unduh/data/pd', `${agency.kode_pd}.zip`)));
      const descriptor = JSON.parse(strFromU8(zip['datapackage.json']!));
      expect(TabularDataPackage.safeParse(descriptor).success).toBe(true);
      const pd = readCsv(strFromU8(zip['perangkat_daerah.csv']!)).rows;
      expect(pd.map((row) => row.kode_pd)).toEqual([agency.kode_pd]);
      expect(existsSync(join(dist, 'unduh/data/pd', agency.kode_pd, 'kinerja.csv'))).toBe(true);
      const api = JSON.parse(readFileSync(join(dist, 'api/v1/pd', `${agency.kode_pd}.json`), 'utf8')) as AgencyData;
      expect(api.agency.kode_pd).toBe(agency.kode_pd);
    }
    const schema = JSON.parse(readFileSync(join(dist, 'api/v1/skema/pd.schema.json'), 'utf8'));
    expect(schema.properties.indicators.type).toBe('array');
  });

  it('sitemap lists every page but embed pages; _headers and robots.txt are written', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const pages = htmlPages(dist).filter((path) => path.endsWith('/') && !path.startsWith('/embed/') && path !== '/404/');
    expect(urls).toEqual([...pages].sort());
    expect(urls).toContain('/data/');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain('/embed/*\n  Content-Security-Policy: frame-ancestors *');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });

  it('agency and indicator pages carry a preview image, canonical URL, citation and (agencies) Dataset JSON-LD', () => {
    for (const path of [`/pd/${KODE}/`, `/pd/${KODE}/indikator/ss1/`]) {
      const { document } = parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const image = new URL(document.querySelector('meta[property="og:image"]')!.getAttribute('content')!);
      const file = join(dist, image.pathname);
      expect(existsSync(file), image.pathname).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
      expect(document.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
      expect(new URL(document.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(path);
      expect(document.querySelector('.citation__text')!.textContent).toMatch(/^Dinas Sosial Kabupaten Mojokerto \(2023\)\. LKjIP 2023.*Diakses melalui Kinerja Terbuka, https?:\/\/\S+, /);
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).not.toContain("'unsafe-eval'");
    }
    const html = readFileSync(join(dist, 'pd', KODE, 'index.html'), 'utf8');
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(ld).not.toContain('<');
    expect(JSON.parse(ld)).toMatchObject({ '@type': 'Dataset', name: `Kinerja dan anggaran ${json.agency.nama_pd}` });
  });

  it('preview images exist for every page that names one', () => {
    const missing: string[] = [];
    for (const path of htmlPages(dist)) {
      if (path.startsWith('/embed/')) continue;
      const match = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
      if (match && !existsSync(join(dist, new URL(match[1]!).pathname))) missing.push(`${path} → ${match[1]}`);
    }
    expect(missing).toEqual([]);
    expect(readdirSync(join(dist, 'og')).length).toBeGreaterThan(0);
  });
});
