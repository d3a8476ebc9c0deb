/**
 * The built site's table downloads: every data table (outside chart figures and the documentation pages) has its
 * download control right under it, naming the table's own rows in its owner's figures file (src/components/DownloadMenu.astro);
 * for a sample of each kind of table the CSV made from them (src/downloads/figureFiles.ts, as the reader's browser
 * makes it) holds exactly the rows the page shows, with the figures of the JSON API, in both number formats.
 * Literal figures from the bundled reports pin the headline columns. A reader's click downloads that same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent, formatPoints, formatRupiah } from '../../src/data/format.ts';
import type { AgencyData } from '../../src/data/output.ts';
import { BOM, cellValue, readCsv } from '../../src/downloads/csv.ts';
import { figureCsv, type DownloadData } from '../../src/downloads/figureFiles.ts';
import { findingsForYear, groupFindings } from '../../src/figures/agencyView.ts';
import { formatNilai } from '../../src/lib/labels.ts';
import { htmlPages, menuDownloadData, readPage } from '../support/distFiles.ts';
import { builtSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';

const KODE = 'dinsos-mojokerto';
let dist: string;
let agency: AgencyData;

beforeAll(async () => {
  dist = await builtSite();
  agency = JSON.parse(readFileSync(join(dist, 'api/v1/pd', `${KODE}.json`), 'utf8')) as AgencyData;
}, 900_000);

type Values = Record<string, string | number | null>;

interface Downloaded {
  /** The element the permalink anchor names: the table's scroll box, or the findings list. */
  element: Element;
  data: DownloadData;
  permalink: string;
  csv: string;
  rows: Values[];
}

/** The download control right after an element, and the figure data it offers (from the figures file it names). */
function menuAfter(element: Element): DownloadData | null {
  const menu = element.nextElementSibling;
  if (!menu?.matches('details.dl[data-figures]')) return null;
  return menuDownloadData(dist, menu);
}

/** The table with `anchor` on `page`, its download control right after it, and both CSVs read back to values. */
function download(page: string, anchor: string): Downloaded {
  const document = readPage(dist, page);
  const element = document.getElementById(anchor);
  expect(element, `${page}#${anchor}`).not.toBeNull();
  const data = menuAfter(element!);
  expect(data, `${page}#${anchor}: download control right after the table`).not.toBeNull();
  expect(data!.id).toBe(anchor);
  const csv = figureCsv(data!, 'kanonik');
  const excel = figureCsv(data!, 'excel-id');
  // The header row comes first: no BOM or comment line in the canonical file, a BOM only in Excel's.
  const headers = data!.columns.map((column) => column.header);
  expect(csv.split('\n')[0]).toBe(headers.map((header) => (/[",]/.test(header) ? `"${header.replace(/"/g, '""')}"` : header)).join(','));
  expect(excel.startsWith(`${BOM}${headers.join(';')}\r\n`)).toBe(true);
  const canonical = readCsv(csv, 'kanonik');
  const rows = canonical.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, raw]) => [key, cellValue(raw, 'kanonik')])));
  // Both formats hold the same cells: the Excel one differs only by the decimal comma of numbers (text such as
  // a kode wilayah 35.16 stays as it is).
  const spreadsheet = readCsv(excel, 'excel-id');
  expect(spreadsheet.columns).toEqual(canonical.columns);
  expect(spreadsheet.rows.length).toBe(canonical.rows.length);
  canonical.rows.forEach((row, i) => {
    for (const [key, raw] of Object.entries(row)) {
      const other = spreadsheet.rows[i]![key]!;
      expect(other === raw || (/^-?\d+\.\d+$/.test(raw) && other === raw.replace('.', ',')), `${key}: ${raw} / ${other}`).toBe(true);
    }
  });
  const permalink = [...element!.nextElementSibling!.querySelectorAll('a')].find((a) => a.textContent!.trim() === 'Tautan permanen')!.getAttribute('href')!;
  expect(new URL(data!.permalink).pathname + new URL(data!.permalink).hash).toBe(permalink);
  return { element: element!, data: data!, permalink, csv, rows };
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bodyRows = (element: Element) => [...element.querySelectorAll('tbody tr')].filter((row) => !row.classList.contains('group-row'));

describe('every data table offers its rows', () => {
  it('each <table> outside charts and documentation has its download control, holding as many rows as it shows', () => {
    const missing: string[] = [];
    let tables = 0;
    for (const page of htmlPages(dist)) {
      if (!page.endsWith('/') || page.startsWith('/embed/') || page === '/metode/' || page === '/data/' || page === '/404/') continue;
      const document = readPage(dist, page);
      for (const table of document.querySelectorAll('table')) {
        if (table.closest('figure.chart')) continue;
        tables++;
        const box = table.closest('.table-scroll');
        const data = box ? menuAfter(box) : null;
        if (!box?.id.startsWith('tabel-') || !data) missing.push(`${page}: ${text(table.querySelector('caption, th')).slice(0, 40)}`);
        else if (data.rows.length !== bodyRows(table).length)
          missing.push(`${page}#${box.id}: ${data.rows.length} rows to download, ${bodyRows(table).length} shown`);
      }
      const ids = [...document.querySelectorAll('details[data-download-root]')].map((menu) => menuDownloadData(dist, menu).id);
      if (new Set(ids).size !== ids.length) missing.push(`${page}: two figures share an id (${ids.join(', ')})`);
    }
    // 3 agencies × (overview + 10 years + budgets + indicators …): a few hundred; far more than a handful.
    expect(tables).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });
});

describe('a sample of each kind of table: the CSV is the table', () => {
  it('IKU/sasaran table of a year', () => {
    const tahun = 2023;
    // The latest year lives on the overview: its permalink says so.
    const { element, rows, permalink } = download(`/pd/${KODE}/`, 'tabel-kinerja');
    expect(permalink).toBe(`/pd/${KODE}/#tabel-kinerja`);
    // An earlier year on its own page, with its own permalink.
    expect(download(`/pd/${KODE}/2022/`, 'tabel-kinerja').permalink).toBe(`/pd/${KODE}/2022/#tabel-kinerja`);
    const shown = bodyRows(element);
    expect(rows.length).toBe(shown.length);
    // Literal figures of the report (LKjIP 2023 Tabel 3.1): SS1 target 82%, realisasi 82,18%, capaian 100,22%.
    expect(rows[0]).toMatchObject({
      'Kode indikator': 'SS1',
      Target: 82,
      Realisasi: 82.18,
      'Capaian (%)': 100.22,
      Predikat: 'Sangat Tinggi',
      'Status target': 'tercapai',
      'Realisasi 2021': 90,
      'Realisasi 2022': 80,
    });
    rows.forEach((row, i) => {
      const tr = shown[i]!;
      const indicator = agency.indicators.find((item) => item.kode_indikator === row['Kode indikator'])!;
      const year = indicator.tahun.find((item) => item.tahun === tahun)!;
      expect(text(tr.querySelector('th a'))).toBe(row.Indikator);
      expect(text(tr.querySelector('th small'))).toContain(indicator.kode_indikator);
      expect(row.Target).toBe(year.target);
      expect(row.Realisasi).toBe(year.realisasi);
      expect(row['Capaian (%)']).toBe(year.capaian);
      expect(row['Capaian laporan (%)']).toBe(year.capaian_dilaporkan);
      expect(row.Sumber).toBe(year.sumber);
      expect(text(tr.querySelector('td[data-label="Target"]'))).toBe(formatNilai(row.Target, indicator.satuan));
      expect(text(tr.querySelector('td[data-label="Realisasi"]'))).toBe(formatNilai(row.Realisasi, indicator.satuan));
      expect(text(tr.querySelector('td[data-label="Capaian"]')).startsWith(formatPercent(row['Capaian (%)'] as number | null))).toBe(true);
      expect(text(tr.querySelector('.band')) || null).toBe(row.Predikat);
      // Under the band: whether the target was met, then the report's own predikat where its scale is declared.
      expect(text(tr.querySelector('td[data-label="Predikat"] small')) || null).toBe(
        [row['Status target'], row['Predikat menurut laporan']].filter((part) => part !== null).join(' · ') || null,
      );
      // The sparkline's hidden text lists the realisasi that the CSV has in columns, in the page's number format.
      for (const [key, value] of Object.entries(row)) {
        const past = /^Realisasi (\d{4})$/.exec(key);
        if (past && value !== null)
          expect(text(tr.querySelector('td[data-label="Tren realisasi"] .visually-hidden'))).toContain(`${past[1]}: ${formatNilai(value, indicator.satuan)}`);
      }
    });
  });

  it('data-quality findings of a year, and of an indicator', () => {
    const tahun = 2023;
    const { element, rows } = download(`/pd/${KODE}/`, 'tabel-temuan');
    const items = [...element.querySelectorAll('li')];
    const expected = groupFindings(findingsForYear(agency.findings, tahun)).flatMap((group) => group.items);
    expect(rows.length).toBe(items.length);
    expect(rows.map((row) => row.Pesan)).toEqual(expected.map((finding) => finding.pesan));
    expect(rows.map((row) => row.Selisih)).toEqual(expected.map((finding) => finding.selisih));
    // The report prints SS2.2's capaian as 106,14%; from its target and realisasi it is 116,5%.
    expect(rows).toContainEqual(expect.objectContaining({ Jenis: 'capaian-berbeda', 'Kode indikator': 'SS2.2', Selisih: -10.36 }));
    rows.forEach((row, i) => {
      expect(text(items[i]).startsWith(String(row.Pesan))).toBe(true);
      expect(text(items[i]!.querySelector('.origin')).endsWith(`:${row['Nomor baris']}`)).toBe(true);
      expect(String(row['Berkas data']).endsWith(text(items[i]!.querySelector('.origin a')))).toBe(true);
    });

    const page = htmlPages(dist).find(
      (path) => path.startsWith(`/pd/${KODE}/indikator/`) && readFileSync(join(dist, path, 'index.html'), 'utf8').includes('id="tabel-temuan"'),
    )!;
    const slug = page.split('/').at(-2)!;
    const indicator = agency.indicators.find((item) => item.slug === slug)!;
    const own = download(page, 'tabel-temuan');
    const ownExpected = groupFindings(agency.findings.filter((finding) => finding.kode_indikator === indicator.kode_indikator)).flatMap((group) => group.items);
    expect(own.rows.map((row) => row.Pesan)).toEqual(ownExpected.map((finding) => finding.pesan));
    expect(own.rows.every((row) => row['Kode indikator'] === indicator.kode_indikator)).toBe(true);
    expect(own.rows.length).toBe(own.element.querySelectorAll('li').length);
  });

  it('budget tables of a year: each section', () => {
    const tahun = 2023;
    let sections = 0;
    for (const anchor of ['tabel-total', 'tabel-program', 'tabel-jenis-belanja', 'tabel-sasaran']) {
      const page = `/pd/${KODE}/anggaran/${tahun}/`;
      if (!readPage(dist, page).getElementById(anchor)) continue;
      sections++;
      const { element, rows } = download(page, anchor);
      const shown = bodyRows(element);
      expect(rows.length, anchor).toBe(shown.length);
      rows.forEach((row, i) => {
        const tr = shown[i]!;
        const line = agency.budget.find((item) => item.id === row['ID baris anggaran'])!;
        expect(tr.id).toBe(`anggaran-${line.id}`);
        expect(line.tahun).toBe(tahun);
        expect(row['Pagu (rupiah)']).toBe(line.pagu);
        expect(row['Realisasi (rupiah)']).toBe(line.realisasi);
        expect(row['Serapan (%)']).toBe(line.serapan);
        // Indentation classes stop at depth-3; the CSV keeps the real depth.
        expect(Math.min(row.Kedalaman as number, 3)).toBe(Number(/depth-(\d)/.exec(tr.className)![1]));
        const cells = [...tr.querySelectorAll('td.num')].map(text);
        expect(cells[0]).toBe(formatRupiah(line.pagu));
        expect(cells[1]).toBe(formatRupiah(line.realisasi));
        expect(cells[2]).toBe(formatPercent(line.serapan));
        expect(text(tr.querySelector('th')).startsWith(String(row.Uraian))).toBe(true);
        expect(row['Nomor baris']).toBe(line.origin.line);
        expect(row.Temuan === null).toBe(!tr.classList.contains('has-finding'));
      });
    }
    expect(sections).toBeGreaterThanOrEqual(2);
    // The program line of the report's appendix: pagu 6.389.070.692, realisasi 5.704.267.019, serapan 89,28%.
    const program = download(`/pd/${KODE}/anggaran/${tahun}/`, 'tabel-program').rows[0]!;
    expect(program).toMatchObject({ 'Pagu (rupiah)': 6389070692, 'Realisasi (rupiah)': 5704267019, 'Serapan (%)': 89.28 });
  });

  it('the rows behind an indicator, and its efisiensi', () => {
    const { element, rows } = download(`/pd/${KODE}/indikator/ss1/`, 'tabel-baris');
    const indicator = agency.indicators.find((item) => item.slug === 'ss1')!;
    const shown = bodyRows(element);
    expect(rows.length).toBe(indicator.tahun.length);
    expect(shown.length).toBe(rows.length);
    rows.forEach((row, i) => {
      const year = indicator.tahun[i]!;
      expect(row.Tahun).toBe(year.tahun);
      expect(row.Target).toBe(year.target);
      expect(row.Realisasi).toBe(year.realisasi);
      expect(row['Target Renstra']).toBe(year.target_renstra);
      expect(row['Capaian hitung (%)']).toBe(year.capaian);
      expect(row['Capaian laporan (%)']).toBe(year.capaian_dilaporkan);
      expect(row.Catatan).toBe(year.catatan);
      expect(row['Nomor baris']).toBe(year.origin.line);
      const cells = [...shown[i]!.querySelectorAll('td')].map(text);
      expect(text(shown[i]!.querySelector('th'))).toBe(String(year.tahun));
      expect(cells.slice(0, 4)).toEqual([
        formatNilai(year.target, indicator.satuan),
        formatNilai(year.realisasi, indicator.satuan),
        formatNilai(year.target_renstra, indicator.satuan),
        formatPercent(year.capaian),
      ]);
    });

    const page = htmlPages(dist).find(
      (path) => /^\/pd\/[^/]+\/indikator\//.test(path) && readFileSync(join(dist, path, 'index.html'), 'utf8').includes('id="tabel-efisiensi"'),
    )!;
    const [, kode, , slug] = page.split('/').filter(Boolean);
    const data = JSON.parse(readFileSync(join(dist, 'api/v1/pd', `${kode}.json`), 'utf8')) as AgencyData;
    const code = data.indicators.find((item) => item.slug === slug)!.kode_indikator;
    const efficiency = download(page, 'tabel-efisiensi');
    const expected = data.efficiency.filter((row) => row.kode_indikator === code);
    expect(efficiency.rows.map((row) => [row.Tahun, row['Capaian (%)'], row['Serapan (%)'], row['Efisiensi (poin persentase)']])).toEqual(
      expected.map((row) => [row.tahun, row.capaian, row.serapan, row.efisiensi]),
    );
    bodyRows(efficiency.element).forEach((tr, i) => expect(text(tr.querySelectorAll('td')[3])).toBe(formatPoints(expected[i]!.efisiensi)));
  });

  it('urusan comparison and agency directory: the headline of each agency, literal from the reports', () => {
    const { element, rows } = download('/urusan/sosial/2023/', 'tabel-peringkat');
    const shown = bodyRows(element);
    expect(rows.length).toBe(shown.length);
    // Mojokerto 2023: 5 of 5 IKU met, median 116,5%; Polewali Mandar 2023: 8 of 9 (SS3 20,08 against 21), median 100%;
    // Mukomuko reports no IKU for 2023, so it has no rank.
    expect(rows.map((row) => [row.Peringkat, row['Kode perangkat daerah'], row['IKU mencapai target'], row['Median capaian IKU (%)'], row.Predikat])).toEqual([
      [1, 'dinsos-mojokerto', '5 dari 5 IKU mencapai target', 116.5, 'Sangat Tinggi'],
      [2, 'dinsos-polewali-mandar', '8 dari 9 IKU mencapai target', 100, 'Sangat Tinggi'],
      [null, 'dinsos-mukomuko', null, null, 'tidak ada data tahun ini'],
    ]);
    rows.forEach((row, i) => {
      const cells = [...shown[i]!.querySelectorAll('td')].map(text);
      expect(text(shown[i]!.querySelector('th a'))).toBe(row['Perangkat daerah']);
      expect(cells[0]).toBe(row.Peringkat === null ? '–' : String(row.Peringkat));
      expect(text(shown[i]!.querySelector('td[data-label="Median capaian IKU"]'))).toBe(
        [formatPercent(row['Median capaian IKU (%)'] as number | null), row['IKU mencapai target']].filter((part) => part !== null && part !== '–').join(' ') ||
          '–',
      );
      expect(text(shown[i]!.querySelector('td[data-label="Serapan"]'))).toBe(formatPercent(row['Serapan (%)'] as number | null));
    });

    for (const page of ['/', '/provinsi/jawa-timur/']) {
      const directory = download(page, 'tabel-provinsi-jawa-timur');
      const agencies = [...directory.element.querySelectorAll('tr[data-row]')];
      expect(directory.rows.length).toBe(agencies.length);
      expect(directory.permalink).toBe('/provinsi/jawa-timur/#tabel-provinsi-jawa-timur');
      expect(
        directory.rows.map((row) => [
          row['Kode perangkat daerah'],
          row['Kode wilayah'],
          row.Tahun,
          row['IKU mencapai target'],
          row['Median capaian IKU (%)'],
          row['Serapan (%)'],
        ]),
      ).toEqual([
        // The kode wilayah is text in the figure ('35.16'); read back without types, as any CSV reader does, it is a number.
        ['dinsos-mojokerto', 35.16, 2023, '5 dari 5 IKU mencapai target', 116.5, 95.53],
      ]);
      expect(agencies[0]!.querySelector('th a')!.getAttribute('href')).toBe('/pd/dinsos-mojokerto/');
      expect(text(agencies[0]!.querySelector('td[data-label="Serapan"]'))).toBe('95,53%');
    }
  });
});

describe('in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a reader clicks the table download and gets the CSV of its rows; the permalink scrolls to the table', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    // The 2023 address leads to the overview, which shows 2023.
    await page.goto(`${server.url}/pd/${KODE}/2023/`);
    await page.waitForURL(`${server.url}/pd/${KODE}/`);
    const menu = page.locator('#tabel-kinerja + details.dl');
    await menu.locator('summary').click();
    const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'CSV', exact: true }).click()]);
    expect(file.suggestedFilename()).toBe('indikator-kinerja-utama-dan-sasaran-dinas-sosial-kabupaten-mojokerto-2023.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv).toBe(download(`/pd/${KODE}/`, 'tabel-kinerja').csv);
    await menu.getByRole('link', { name: 'Tautan permanen' }).click();
    expect(new URL(page.url()).hash).toBe('#tabel-kinerja');
    await expect(page.locator('#tabel-kinerja').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
