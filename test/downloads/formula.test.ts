/**
 * Formula injection, end to end: program names that a spreadsheet would run (=HYPERLINK, +1, -1+2, @SUM)
 * reach a chart, and the CSVs a reader downloads from the built page carry them as text with a leading `'`,
 * while a negative efisiensi stays a plain negative number in both number formats.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellValue, readCsv } from '../../src/downloads/csv.ts';
import { buildSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';
import { scratchDir } from '../support/scratch.ts';

const PROGRAMS = ['=HYPERLINK("http://evil.example/","klik")', '-1+2', '+1', '@SUM(1,1)'];
let server: StaticServer;
let browser: Browser;

/** valid-minimal with hostile program names (in the budget and in P1's `program`, so efisiensi is computed). */
function hostileFixture(): string {
  const dir = scratchDir('kt-formula-data-');
  cpSync('test/fixtures/valid-minimal', dir, { recursive: true });
  const rewrite = (file: string, change: (rows: Record<string, string>[]) => Record<string, string>[]) => {
    const table = Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true });
    writeFileSync(join(dir, file), Papa.unparse(change(table.data), { columns: table.meta.fields }));
  };
  const names = new Map([
    ['Program Perlindungan dan Jaminan Sosial', PROGRAMS[0]!],
    ['Program Penunjang Urusan Pemerintahan Daerah', PROGRAMS[1]!],
  ]);
  rewrite('anggaran.csv', (rows) => [
    ...rows.map((row) => ({ ...row, program: names.get(row.program!) ?? row.program! })),
    { ...rows[2]!, kode: '1.06.07', program: PROGRAMS[2]!, pagu: '1000', realisasi: '900' },
    { ...rows[2]!, kode: '1.06.08', program: PROGRAMS[3]!, pagu: '1000', realisasi: '1000' },
  ]);
  rewrite('indikator.csv', (rows) => rows.map((row) => ({ ...row, program: names.get(row.program!) ?? row.program! })));
  return dir;
}

beforeAll(async () => {
  const { dist } = await buildSite({ dataDir: hostileFixture(), root: scratchDir('kt-formula-site-') });
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('downloaded CSVs', () => {
  it('neutralise formula text and keep negative numbers numeric', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}/pd/dinsos-contoh/2023/`);
    // The files are made in the browser, from the rows the page holds (src/scripts/figureDownload.ts).
    const get = async (chartId: string, name: string) => {
      const menu = page.locator(`figure[data-chart-id="${chartId}"] details.dl`);
      if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) await menu.locator('summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name, exact: true }).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };

    for (const [name, format] of [
      ['CSV', 'kanonik'],
      ['CSV Excel Indonesia', 'excel-id'],
    ] as const) {
      const budget = readCsv(await get('dinsos-contoh-anggaran-program-2023', name), format).rows;
      const programs = budget.map((row) => row.Program!);
      expect(new Set(programs)).toEqual(new Set(PROGRAMS.map((program) => `'${program}`)));
      expect(budget.map((row) => cellValue(row.Program!, format)).sort()).toEqual([...PROGRAMS].sort());
      for (const row of budget) expect(typeof cellValue(row['Pagu (rupiah)']!, format)).toBe('number');

      const efficiency = readCsv(await get('dinsos-contoh-efisiensi-program-2023', name), format).rows;
      const values = efficiency.map((row) => row[Object.keys(row).find((key) => key.startsWith('Efisiensi'))!]!);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        expect(value).toMatch(format === 'kanonik' ? /^-\d+(\.\d+)?$/ : /^-\d+(,\d+)?$/);
        expect(cellValue(value, format)).toBeLessThan(0);
      }
    }
    await page.close();
  });
});
