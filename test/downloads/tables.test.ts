/**
 * The built site's table downloads: every data table (outside chart figures and the documentation pages) has
 * the download line right under it, whose files exist; for a sample of each kind of table the CSV holds
 * exactly the rows the page shows, with the figures of the JSON, in both number formats; a reader's click
 * downloads the file. Uses the site built once per run (test/support/site.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyData, SiteIndex } from '../../src/data/output.ts';
import { formatPercent, formatPoints, formatRupiah } from '../../src/data/format.ts';
import { BOM, cellValue, readCsv } from '../../src/downloads/csv.ts';
import { findingsForYear, groupFindings } from '../../src/lib/agencyView.ts';
import { formatNilai } from '../../src/lib/labels.ts';
import { htmlPages, readPage } from '../support/distFiles.ts';
import { builtSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';

const KODE = 'dinsos-mojokerto';
let dist: string;
let agency: AgencyData;
let index: SiteIndex;

beforeAll(async () => {
  dist = await builtSite();
  agency = JSON.parse(readFileSync(join(dist, 'api/v1/pd', `${KODE}.json`), 'utf8')) as AgencyData;
  index = JSON.parse(readFileSync(join(dist, 'api/v1/index.json'), 'utf8')) as SiteIndex;
}, 900_000);

type Values = Record<string, string | number | null>;

interface Downloaded {
  /** The element the permalink anchor names: the table's scroll box, or the findings list. */
  element: Element;
  permalink: string;
  csv: string;
  excel: string;
  rows: Values[];
}

/** The table with `anchor` on `page`, its download line right after it, and both CSVs read back to values. */
function download(page: string, anchor: string): Downloaded {
  const document = readPage(dist, page);
  const element = document.getElementById(anchor);
  expect(element, `${page}#${anchor}`).not.toBeNull();
  const actions = element!.nextElementSibling!;
  expect(actions.classList.contains('table-actions'), `${page}#${anchor}: download line right after the table`).toBe(true);
  const link = (name: string) => [...actions.querySelectorAll('a')].find((a) => a.textContent!.trim() === name)!.getAttribute('href')!;
  const file = (href: string) => readFileSync(join(dist, href), 'utf8');
  const csv = file(link('CSV'));
  const excel = file(link('CSV Excel Indonesia'));
  const canonical = readCsv(csv, 'kanonik');
  const rows = canonical.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, raw]) => [key, cellValue(raw, 'kanonik')])));
  // Both formats hold the same cells: the Excel one differs only by the decimal comma of numbers (text such as
  // a kode wilayah 35.16 stays as it is), and both start with a BOM and name the permalink.
  const spreadsheet = readCsv(excel, 'excel-id');
  expect(spreadsheet.columns).toEqual(canonical.columns);
  expect(spreadsheet.rows.length).toBe(canonical.rows.length);
  canonical.rows.forEach((row, i) => {
    for (const [key, raw] of Object.entries(row)) {
      const other = spreadsheet.rows[i]![key]!;
      expect(other === raw || (/^-?\d+\.\d+$/.test(raw) && other === raw.replace('.', ',')), `${key}: ${raw} / ${other}`).toBe(true);
    }
  });
  const permalink = link('Tautan permanen');
  for (const content of [csv, excel]) {
    expect(content.startsWith(BOM)).toBe(true);
    expect(content).toContain(`Tautan: https://kinerja-terbuka.example${permalink}`);
  }
  expect(excel).toContain('\r\n');
  return { element: element!, permalink, csv, excel, rows };
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bodyRows = (element: Element) => [...element.querySelectorAll('tbody tr')].filter((row) => !row.classList.contains('group-row'));

describe('every data table offers its rows', () => {
  it('each <table> outside charts and documentation has a download line whose files exist', () => {
    const missing: string[] = [];
    let tables = 0;
    for (const page of htmlPages(dist)) {
      if (!page.endsWith('/') || page.startsWith('/embed/') || page === '/metode/' || page === '/data/' || page === '/404/') continue;
      const document = readPage(dist, page);
      for (const table of document.querySelectorAll('table')) {
        if (table.closest('figure.chart')) continue;
        tables++;
        const box = table.closest('.table-scroll');
        const actions = box?.nextElementSibling;
        if (!box?.id.startsWith('tabel-') || !actions?.classList.contains('table-actions')) missing.push(`${page}: ${text(table.querySelector('caption, th')).slice(0, 40)}`);
      }
      const anchors = [...document.querySelectorAll('.table-actions')].map((actions) => actions.previousElementSibling?.id ?? '');
      if (new Set(anchors).size !== anchors.length) missing.push(`${page}: two tables share an anchor (${anchors.join(', ')})`);
      for (const actions of document.querySelectorAll('.table-actions')) {
        for (const a of actions.querySelectorAll('a[download]')) if (!existsSync(join(dist, a.getAttribute('href')!))) missing.push(`${page}: ${a.getAttribute('href')}`);
      }
    }
    expect(tables).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});

describe('a sample of each kind of table: the CSV is the table', () => {
  it('IKU/sasaran table of a year', () => {
    const tahun = 2023;
    const { element, rows, permalink } = download(`/pd/${KODE}/`, 'tabel-kinerja');
    expect(permalink).toBe(`/pd/${KODE}/${tahun}/#tabel-kinerja`);
    // The same file from the year's own page.
    expect(download(`/pd/${KODE}/${tahun}/`, 'tabel-kinerja').csv).toBe(download(`/pd/${KODE}/`, 'tabel-kinerja').csv);
    const shown = bodyRows(element);
    expect(rows.length).toBe(shown.length);
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
      // The sparkline's hidden text lists the earlier realisasi that the CSV has in columns.
      for (const [key, value] of Object.entries(row)) {
        const past = /^Realisasi (\d{4})$/.exec(key);
        if (past && value !== null) expect(text(tr.querySelector('td[data-label="Tren"] .visually-hidden'))).toContain(`${past[1]}: ${formatNilai(value, indicator.satuan)}`);
      }
    });
  });

  it('data-quality findings of a year, and of an indicator', () => {
    const tahun = 2023;
    const { element, rows } = download(`/pd/${KODE}/${tahun}/`, 'tabel-temuan');
    const items = [...element.querySelectorAll('li')];
    const expected = groupFindings(findingsForYear(agency.findings, tahun)).flatMap((group) => group.items);
    expect(rows.length).toBe(items.length);
    expect(rows.map((row) => row.Pesan)).toEqual(expected.map((finding) => finding.pesan));
    expect(rows.map((row) => row.Selisih)).toEqual(expected.map((finding) => finding.selisih));
    rows.forEach((row, i) => {
      expect(text(items[i]).startsWith(String(row.Pesan))).toBe(true);
      expect(text(items[i]!.querySelector('.origin')).endsWith(`:${row['Nomor baris']}`)).toBe(true);
      expect(String(row['Berkas data']).endsWith(text(items[i]!.querySelector('.origin a')))).toBe(true);
    });

    const page = htmlPages(dist).find((path) => path.startsWith(`/pd/${KODE}/indikator/`) && readFileSync(join(dist, path, 'index.html'), 'utf8').includes('id="tabel-temuan"'))!;
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
      expect(cells.slice(0, 4)).toEqual([formatNilai(year.target, indicator.satuan), formatNilai(year.realisasi, indicator.satuan), formatNilai(year.target_renstra, indicator.satuan), formatPercent(year.capaian)]);
    });

    const page = htmlPages(dist).find((path) => /^\/pd\/[^/]+\/indikator\//.test(path) && readFileSync(join(dist, path, 'index.html'), 'utf8').includes('id="tabel-efisiensi"'))!;
    const [, kode, , slug] = page.split('/').filter(Boolean);
    const data = JSON.parse(readFileSync(join(dist, 'api/v1/pd', `${kode}.json`), 'utf8')) as AgencyData;
    const code = data.indicators.find((item) => item.slug === slug)!.kode_indikator;
    const efficiency = download(page, 'tabel-efisiensi');
    const expected = data.efficiency.filter((row) => row.kode_indikator === code);
    expect(efficiency.rows.map((row) => [row.Tahun, row['Capaian (%)'], row['Serapan (%)'], row['Efisiensi (poin persentase)']])).toEqual(expected.map((row) => [row.tahun, row.capaian, row.serapan, row.efisiensi]));
    bodyRows(efficiency.element).forEach((tr, i) => expect(text(tr.querySelectorAll('td')[3])).toBe(formatPoints(expected[i]!.efisiensi)));
  });

  it('urusan comparison and agency directory', () => {
    const { element, rows } = download('/urusan/sosial/2023/', 'tabel-peringkat');
    const shown = bodyRows(element);
    expect(rows.length).toBe(shown.length);
    rows.forEach((row, i) => {
      const summary = index.agencies.find((item) => item.kode_pd === row['Kode perangkat daerah'])!;
      const year = summary.ringkasan.find((item) => item.tahun === 2023);
      expect(text(shown[i]!.querySelector('th a'))).toBe(summary.nama_pd);
      expect(row['Capaian IKU (%)']).toBe(year?.iku_capaian_rata ?? null);
      expect(row['Serapan (%)']).toBe(year?.serapan ?? null);
      const cells = [...shown[i]!.querySelectorAll('td')].map(text);
      expect(cells[0]).toBe(row.Peringkat === null ? '–' : String(row.Peringkat));
      expect(cells[2]).toBe(formatPercent(row['Capaian IKU (%)'] as number | null));
      expect(cells[4]).toBe(formatPercent(row['Serapan (%)'] as number | null));
    });

    for (const page of ['/', '/provinsi/jawa-timur/']) {
      const directory = download(page, 'tabel-provinsi-jawa-timur');
      const agencies = [...directory.element.querySelectorAll('tr[data-agency]')];
      expect(directory.rows.length).toBe(agencies.length);
      expect(directory.permalink).toBe('/provinsi/jawa-timur/#tabel-provinsi-jawa-timur');
      directory.rows.forEach((row, i) => {
        const summary = index.agencies.find((item) => item.kode_pd === row['Kode perangkat daerah'])!;
        const latest = summary.ringkasan.find((item) => item.tahun === summary.tahun_terakhir);
        expect(agencies[i]!.querySelector('th a')!.getAttribute('href')).toBe(`/pd/${summary.kode_pd}/`);
        expect(row.Tahun).toBe(summary.tahun_terakhir);
        expect(row['Capaian IKU (%)']).toBe(latest?.iku_capaian_rata ?? null);
        expect(text(agencies[i]!.querySelector('td[data-label="Capaian IKU"]'))).toBe(formatPercent(row['Capaian IKU (%)'] as number | null));
        expect(text(agencies[i]!.querySelector('td[data-label="Serapan"]'))).toBe(formatPercent(row['Serapan (%)'] as number | null));
      });
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

  it('a reader clicks the table download and gets the file; the permalink scrolls to the table', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${server.url}/pd/${KODE}/2023/`);
    const group = page.getByRole('group', { name: /^Unduh tabel: .*indikator kinerja utama/ });
    const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('link', { name: 'CSV', exact: true }).click()]);
    expect(file.suggestedFilename()).toBe('kinerja.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv).toBe(readFileSync(join(dist, `unduh/tabel/pd/${KODE}/2023/kinerja.csv`), 'utf8'));
    await group.getByRole('link', { name: 'Tautan permanen' }).click();
    expect(new URL(page.url()).hash).toBe('#tabel-kinerja');
    await expect(page.locator('#tabel-kinerja').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
