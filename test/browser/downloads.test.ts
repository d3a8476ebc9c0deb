/**
 * Downloads as a reader gets them, in Chromium: on an agency page, an indicator page and a budget page, every
 * chart's and every table's download is clicked and its file checked. The CSV parses with papaparse, starts with
 * its header row, and holds the figure's rows (and, checked against the data step's JSON, its figures); the
 * Excel Indonesia CSV the same with `;` and the decimal comma; the SVG holds the very chart of the page; the PNG
 * decodes, is twice the SVG's size and is not blank. No request leaves the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyData } from '../../src/data/output.ts';
import { BOM, cellValue } from '../../src/downloads/csv.ts';
import { csvHeaders } from '../../src/downloads/figureFiles.ts';
import type { Figure } from '../../src/figures/figure.ts';
import { AgencyPages } from '../../src/figures/pages.ts';
import { decodePng, pixelStats } from '../downloads/decodePng.ts';
import { builtSite, launchBrowser, ROOT, serveStatic, type StaticServer } from '../support/site.ts';

const KODE = 'dinsos-mojokerto';
const PAGES = [`/pd/${KODE}/`, `/pd/${KODE}/indikator/ss1/`, `/pd/${KODE}/anggaran/2023/`];

let dist: string;
let server: StaticServer;
let browser: Browser;
let data: AgencyData;
/** Per page, its figures by id, as the figures step wrote them: what each figure on the page is defined as. */
let figuresOn: Map<string, Map<string, Figure>>;
const offSite: string[] = [];

beforeAll(async () => {
  dist = await builtSite();
  server = await serveStatic(dist);
  browser = await launchBrowser();
  data = JSON.parse(readFileSync(join(dist, 'api/v1/pd', `${KODE}.json`), 'utf8')) as AgencyData;
  const pages = AgencyPages.parse(JSON.parse(readFileSync(join(ROOT, 'generated/figures/pd', `${KODE}.json`), 'utf8')));
  const latest = pages.yearPages.find((page) => page.tahun === pages.latest)!;
  const indicator = pages.indicatorPages.find((page) => page.slug === 'ss1')!;
  const budget = pages.budgetPages.find((page) => page.tahun === 2023)!;
  const byId = (list: (Figure | null)[]) => new Map(list.filter((figure) => figure !== null).map((figure) => [figure.id, figure]));
  figuresOn = new Map([
    [PAGES[0]!, byId([latest.kinerja, latest.capaian, latest.program, pages.serapan, ...latest.efficiency, latest.findings])],
    [PAGES[1]!, byId([indicator.trend, indicator.capaian, indicator.rows, indicator.efficiency, indicator.findings])],
    [PAGES[2]!, byId([budget.total, budget.program, budget.chart, budget.jenis, budget.sasaran])],
  ]);
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function download(page: Page, menu: Locator, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const attempt = (timeout: number) =>
    Promise.all([page.waitForEvent('download', { timeout }), menu.locator(`button[data-download="${kind}"]`).click()]).then(([file]) => file);
  // Chromium's download limiter, on a loaded two-core machine, sometimes drops the n-th quick save of a page
  // although the page saved it (its status says "Diunduh"); one more click is what a reader would do.
  const file = await attempt(15_000).catch(() =>
    attempt(15_000).catch(async (error: Error) => {
      throw new Error(`${kind}: ${error.message}; status: ${await menu.locator('[data-download-status]').textContent()}`);
    }),
  );
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A CSV of ours read back: header row first, every cell as the value it stands for. */
function readBack(text: string, format: 'kanonik' | 'excel-id') {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: format === 'kanonik' ? ',' : ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header: header!, rows: rows.map((row) => row.map((cell) => cellValue(cell, format))) };
}

describe.each(PAGES)('downloads on %s', (path) => {
  let page: Page;
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ acceptDownloads: true });
    context.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) offSite.push(request.url());
    });
    page = await context.newPage();
    await page.goto(`${server.url}${path}`);
  });
  afterAll(() => context?.close());

  it("each figure's CSV, Excel CSV and metadata are its rows, header first; each chart's SVG is the chart on the page and its PNG twice its size", async () => {
    const menus = page.locator('[data-download-root]');
    const count = await menus.count();
    expect(count).toBeGreaterThan(1);
    let charts = 0;
    for (let i = 0; i < count; i++) {
      const menu = menus.nth(i);
      const id = await menu.evaluate((element) => element.closest('figure')?.id ?? element.previousElementSibling?.id);
      const figure = figuresOn.get(path)!.get(id!);
      expect(figure, `${path}#${id}`).toBeDefined();
      await menu.locator('summary').click();

      const csv = await download(page, menu, 'csv');
      expect(csv.name).toMatch(/^[a-z0-9-]+\.csv$/);
      const text = csv.bytes.toString('utf8');
      expect(text.startsWith(BOM)).toBe(false);
      const canonical = readBack(text, 'kanonik');
      expect(canonical.header).toEqual(csvHeaders(figure!.columns));
      expect(canonical.rows).toEqual(figure!.rows.map((row) => figure!.columns.map((column) => row[column.key] ?? null)));

      const excel = await download(page, menu, 'excel');
      expect(excel.name).toBe(csv.name.replace(/\.csv$/, '-excel.csv'));
      const excelText = excel.bytes.toString('utf8');
      expect(excelText.startsWith(`${BOM}${canonical.header[0]}`)).toBe(true);
      expect(readBack(excelText, 'excel-id').rows).toEqual(canonical.rows);
      const decimal = figure!.rows.flatMap((row) => Object.values(row)).find((cell) => typeof cell === 'number' && !Number.isInteger(cell)) as
        number | undefined;
      if (decimal !== undefined) expect(excelText).toContain(String(decimal).replace('.', ','));

      const metadata = JSON.parse((await download(page, menu, 'metadata')).bytes.toString('utf8'));
      // Built without SITE_URL, the site's addresses are the preview server's.
      expect(metadata).toMatchObject({ judul: figure!.title, tautan: `http://localhost:4321${figure!.page}#${figure!.id}`, lisensi: { name: 'CC-BY-4.0' } });

      if (figure!.kind !== 'chart') {
        expect(await menu.locator('button[data-download="svg"]').count()).toBe(0);
        continue;
      }
      charts++;
      // Opened, a chart's panel shows its embed code and the lines that load its rows, made from the figures file.
      expect(await menu.locator('textarea').inputValue()).toContain(`/embed/grafik/${figure!.id}/`);
      expect(await menu.locator('.usedata [data-snippet]').allTextContents()).toHaveLength(3);
      const svg = (await download(page, menu, 'svg')).bytes.toString('utf8');
      // The nested chart is the page's own: the same elements, the same geometry, the same words.
      const same = await page.evaluate(
        ({ file, id }) => {
          const nested = new DOMParser().parseFromString(file, 'image/svg+xml').getElementById(`${id}-lebar`);
          const onPage = document.getElementById(`${id}-lebar`);
          const shape = (svg: Element | null) =>
            svg
              ? [...svg.querySelectorAll('*')].map((element) =>
                  [
                    element.tagName,
                    element.getAttribute('x'),
                    element.getAttribute('y'),
                    element.getAttribute('d'),
                    element.getAttribute('transform'),
                    element.children.length === 0 ? element.textContent : null,
                  ].join('|'),
                )
              : null;
          return {
            nested: shape(nested),
            onPage: shape(onPage),
            title: new DOMParser().parseFromString(file, 'image/svg+xml').querySelector('title')?.textContent,
          };
        },
        { file: svg, id: figure!.id },
      );
      expect(same.nested).not.toBeNull();
      expect(same.nested).toEqual(same.onPage);
      expect(same.title).toBe(figure!.title);
      expect(svg).toContain(figure!.caption.slice(0, 20).replace(/&/g, '&amp;'));

      const png = await download(page, menu, 'png');
      const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
      const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)![1]);
      const pixels = decodePng(png.bytes);
      expect([pixels.width, pixels.height]).toEqual([Math.round(width * 2), Math.round(height * 2)]);
      const stats = pixelStats(pixels, [0x0b, 0x6e, 0x66]);
      expect(stats.white).toBeGreaterThan(0.3);
      expect(stats.accent).toBeGreaterThan(500);
      expect(stats.dark).toBeGreaterThan(500);
    }
    expect(charts).toBeGreaterThan(0);
    expect(offSite).toEqual([]);
  }, 120_000);
});

describe("the figures in the downloads are the data step's", () => {
  it('serapan per year and the kinerja table of the latest year match the agency JSON', () => {
    const serapan = figuresOn.get(PAGES[0]!)!.get(`${KODE}-serapan`)!;
    expect(serapan.rows).toEqual(
      data.ringkasan
        .filter((year) => year.pagu !== null || year.realisasi_anggaran !== null)
        .map((year) => ({ tahun: year.tahun, pagu: year.pagu, realisasi: year.realisasi_anggaran, serapan: year.serapan })),
    );
    const kinerja = figuresOn.get(PAGES[0]!)!.get('tabel-kinerja')!;
    const ss1 = data.indicators.find((indicator) => indicator.kode_indikator === 'SS1')!.tahun.find((year) => year.tahun === 2023)!;
    expect(kinerja.rows.find((row) => row.kode_indikator === 'SS1')).toMatchObject({
      target: ss1.target,
      realisasi: ss1.realisasi,
      capaian: ss1.capaian,
      capaian_dilaporkan: ss1.capaian_dilaporkan,
    });
    // Literal, from the report (LKjIP 2023 Dinas Sosial Kabupaten Mojokerto, Tabel 3.1).
    expect(kinerja.rows.find((row) => row.kode_indikator === 'SS1')).toMatchObject({ target: 82, realisasi: 82.18 });
  });
});
