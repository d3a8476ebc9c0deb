/**
 * Table downloads, without a build: each table function gives the rows its component shows (numbers as
 * numbers, identifiers added), ids are path-like, unique and safe, the CSV neutralises formulas, and the
 * registry stages each table once and stops the build on two different tables under one id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { summarize } from '../../src/data/assemble.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { AgencyData, AgencySummary, Source } from '../../src/data/output.ts';
import { cellValue, readCsv } from '../../src/downloads/csv.ts';
import { dataCsv } from '../../src/downloads/chartFiles.ts';
import { readStagedTable, registerTable, sourceLine, stagedTableIds, startStaging, stopStaging } from '../../src/downloads/registry.ts';
import {
  budgetTable,
  directoryTable,
  findingsTable,
  idSegment,
  indicatorEfficiencyTable,
  indicatorRowsTable,
  kinerjaTable,
  peerTable,
  provinceSummaryTable,
  type TableData,
} from '../../src/downloads/tableData.ts';
import { TABLE_ID, tableLinks } from '../../src/downloads/tableFiles.ts';
import { budgetSections, findingsForYear, kinerjaRows } from '../../src/lib/agencyView.ts';
import { groupByProvince, groupByUrusan, peerRows } from '../../src/lib/directory.ts';
import { budget, finding, indicator, sakip, ss1, summary, year } from '../charts/fixtures.ts';
import { scratchDir } from '../support/scratch.ts';

const source: Source = { kode_sumber: 'lkjip-x-2023', tahun_laporan: 2023, jenis: 'LKjIP', judul: 'LKjIP Dinas X 2023', diterbitkan: null, tautan: null, extra: {} };
const agency = {
  kode_pd: 'dinsos-x',
  nama_pd: 'Dinas Sosial Kabupaten X',
  pemerintah_daerah: 'Pemerintah Kabupaten X',
  kode_wilayah: '35.16',
  nama_wilayah: 'Kabupaten X',
  provinsi: 'Jawa Timur',
  urusan: 'Sosial',
  alamat: null,
  situs: null,
  extra: {},
};
const data = { agency, sources: [source] };
const column = (table: TableData, key: string) => table.rows.map((row) => row[key]);

describe('ids', () => {
  it('segments are a-z0-9 with single hyphens; long ones end in a fingerprint', () => {
    expect(idSegment('SS2.1 (a)')).toBe('ss2-1-a');
    expect(idSegment('')).toBe('x');
    const long = idSegment('a'.repeat(200));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toBe(idSegment(`${'a'.repeat(199)}b`));
  });

  it('TABLE_ID accepts path-like ids only', () => {
    for (const ok of ['provinsi', 'pd/dinsos-x/2023/kinerja', 'urusan/sosial/2023/peringkat']) expect(TABLE_ID.test(ok), ok).toBe(true);
    for (const bad of ['', '/pd/x', 'pd//x', 'pd/../x', 'pd/x/', 'PD/x', 'pd/x--y', 'pd/-x', 'pd/x.csv']) expect(TABLE_ID.test(bad), bad).toBe(false);
  });

  it('links sit under /unduh/tabel/ and the base path', () => {
    expect(tableLinks('pd/dinsos-x/2023/kinerja')).toEqual({ csv: '/unduh/tabel/pd/dinsos-x/2023/kinerja.csv', excel: '/unduh/tabel/pd/dinsos-x/2023/kinerja-excel.csv' });
    expect(tableLinks('provinsi', '/situs').csv).toBe('/situs/unduh/tabel/provinsi.csv');
  });
});

describe('agency tables', () => {
  it('kinerja: the rows of KinerjaTable, raw numbers, band only with a capaian, earlier realisasi per year', () => {
    const open = indicator({ kode_indikator: 'SS9', iku: false, tahun: [year({ tahun: 2023, target: 5, capaian_dilaporkan: 90 })] });
    const rows = kinerjaRows([ss1, sakip, open], 2023);
    const table = kinerjaTable(data, 2023, rows);
    expect(table).toMatchObject({ id: 'pd/dinsos-x/2023/kinerja', anchor: 'tabel-kinerja', page: '/pd/dinsos-x/2023/' });
    expect(table.title).toBe('Dinas Sosial Kabupaten X: indikator kinerja utama dan sasaran, 2023');
    expect(column(table, 'kode_indikator')).toEqual(['SS1', 'SS5.1', 'SS9']);
    expect(column(table, 'realisasi')).toEqual([82.18, 'A', null]);
    expect(column(table, 'capaian')).toEqual([100.22, 100, null]);
    expect(column(table, 'predikat')).toEqual(['Sangat Tinggi', 'Sangat Tinggi', null]);
    expect(column(table, 'iku')).toEqual(['ya', 'ya', 'tidak']);
    expect(table.columns.filter((c) => c.key.startsWith('realisasi_')).map((c) => c.label)).toEqual(['Realisasi 2020', 'Realisasi 2021', 'Realisasi 2022']);
    expect(column(table, 'realisasi_2021')).toEqual([90, 'BB', null]);
    expect(column(table, 'realisasi_2020')).toEqual([null, 'B', null]);
    expect(table.sources.map((s) => s.kode_sumber)).toEqual(['lkjip-x-2023']);
  });

  it('findings: none → no table; otherwise grouped by kind as FindingsList shows them', () => {
    expect(findingsTable(data, { tahun: 2023 }, [])).toBeNull();
    const findings = [
      finding({ jenis: 'target-tanpa-realisasi', pesan: 'b', kode_indikator: 'SS9' }),
      finding({ jenis: 'capaian-berbeda', pesan: 'a', kode_indikator: 'SS1', selisih: -10.36 }),
      finding({ jenis: 'anggaran-tidak-sesuai-jumlah', pesan: 'c', anggaran_id: 'a4', selisih: 1500, tahun: null }),
    ];
    const table = findingsTable(data, { tahun: 2023 }, findings)!;
    expect(table).toMatchObject({ id: 'pd/dinsos-x/2023/temuan', anchor: 'tabel-temuan', page: '/pd/dinsos-x/2023/' });
    expect(column(table, 'jenis')).toEqual(['capaian-berbeda', 'anggaran-tidak-sesuai-jumlah', 'target-tanpa-realisasi']);
    expect(column(table, 'selisih')).toEqual([-10.36, 1500, null]);
    expect(column(table, 'tahun')).toEqual([2023, null, 2023]);
    expect(column(table, 'berkas')).toEqual(['data/x/kinerja.csv', 'data/x/kinerja.csv', 'data/x/kinerja.csv']);
    expect(findingsTable(data, { tahun: null }, findings)).toMatchObject({ id: 'pd/dinsos-x/temuan', page: '/pd/dinsos-x/' });
    expect(findingsTable(data, { indicator: ss1 }, findings)).toMatchObject({ id: 'pd/dinsos-x/indikator/ss1/temuan', page: '/pd/dinsos-x/indikator/ss1/' });
  });

  it('budget: one table per section with depth, rupiah as plain numbers and the line findings', () => {
    const program = budget({ tingkat: 'program', program: 'Program A', pagu: 1_704_319_000, realisasi: 1_600_000_000, serapan: 93.88 });
    const kegiatan = budget({ tingkat: 'kegiatan', program: 'Program A', kegiatan: 'Kegiatan A1', pagu: 1_704_319_000, realisasi: null });
    const lines = [program, kegiatan];
    const findings = [finding({ jenis: 'realisasi-melebihi-pagu', anggaran_id: kegiatan.id, pesan: 'lebih' })];
    const sections = budgetSections(lines, findings, 2023);
    const table = budgetTable(data, 2023, 'program', 'Program, kegiatan dan subkegiatan 2023', sections.programs);
    expect(table).toMatchObject({ id: 'pd/dinsos-x/anggaran/2023/program', anchor: 'tabel-program', page: '/pd/dinsos-x/anggaran/2023/' });
    expect(column(table, 'kedalaman')).toEqual([0, 1]);
    expect(column(table, 'pagu')).toEqual([1_704_319_000, 1_704_319_000]);
    expect(column(table, 'realisasi')).toEqual([1_600_000_000, null]);
    expect(column(table, 'temuan')).toEqual([null, 'Realisasi melebihi pagu: lebih']);
    expect(column(table, 'id')).toEqual([program.id, kegiatan.id]);
  });

  it('indicator: the kinerja.csv rows of every year, and efisiensi only when there is some', () => {
    const rows = indicatorRowsTable(data, ss1);
    expect(rows).toMatchObject({ id: 'pd/dinsos-x/indikator/ss1/baris', anchor: 'tabel-baris' });
    expect(column(rows, 'tahun')).toEqual([2021, 2022, 2023, 2026]);
    expect(column(rows, 'target_renstra')).toEqual([null, null, null, 82]);
    expect(column(rows, 'selisih')).toEqual([null, null, 0, null]);
    expect(column(rows, 'baris')).toEqual([2, 2, 2, 2]);
    const efficiency = [{ tahun: 2023, kode_indikator: 'SS1', basis: 'total' as const, program: null, capaian: 100.22, serapan: 95.53, efisiensi: 4.69 }];
    expect(indicatorEfficiencyTable({ ...data, efficiency: [] }, ss1)).toBeNull();
    const table = indicatorEfficiencyTable({ ...data, efficiency }, ss1)!;
    expect(table.rows).toEqual([{ kode_indikator: 'SS1', tahun: 2023, dibandingkan: 'terhadap serapan total perangkat daerah', program: null, capaian: 100.22, serapan: 95.53, efisiensi: 4.69 }]);
  });
});

describe('tables across agencies', () => {
  const summaryOf = (kode: string, nama: string, ringkasan: AgencySummary['ringkasan']): AgencySummary => ({
    ...agency,
    kode_pd: kode,
    nama_pd: nama,
    tahun: ringkasan.map((y) => y.tahun),
    tahun_terakhir: ringkasan.at(-1)?.tahun ?? null,
    ringkasan,
    jumlah_indikator: 1,
    jumlah_temuan: 0,
    indikator_slug: [],
    tahun_anggaran: [],
  });
  const agencies = [
    summaryOf('dinsos-b', 'Dinas B', [summary({ tahun: 2023, iku_capaian_rata: 71.4, iku_band: 'sedang', serapan: 99.1 })]),
    summaryOf('dinsos-a', 'Dinas A', [summary({ tahun: 2023, iku_capaian_rata: 129.47, iku_band: 'sangat-tinggi', serapan: 95.53 })]),
    summaryOf('dinsos-c', 'Dinas C', [summary({ tahun: 2023, serapan: 80 })]),
    summaryOf('dinsos-d', 'Dinas D', []),
  ];

  it('peers: rank only with a capaian, predikat as the page words it', () => {
    const [group] = groupByUrusan(agencies);
    const table = peerTable(group!, 2023, peerRows(group!.agencies, 2023));
    expect(table).toMatchObject({ id: 'urusan/sosial/2023/peringkat', page: '/urusan/sosial/2023/', anchor: 'tabel-peringkat' });
    expect(column(table, 'kode_pd')).toEqual(['dinsos-a', 'dinsos-b', 'dinsos-c', 'dinsos-d']);
    expect(column(table, 'peringkat')).toEqual([1, 2, null, null]);
    expect(column(table, 'predikat')).toEqual(['Sangat Tinggi', 'Sedang', 'tidak terhitung', 'tidak ada data']);
    expect(column(table, 'serapan')).toEqual([95.53, 99.1, 80, null]);
  });

  it('directory and province list: the rows of AgencyTable and ProvinceSummary', () => {
    const groups = groupByProvince(agencies);
    const table = directoryTable(groups[0]!);
    expect(table).toMatchObject({ id: 'provinsi/jawa-timur/perangkat-daerah', page: '/provinsi/jawa-timur/', anchor: 'tabel-provinsi-jawa-timur' });
    expect(column(table, 'nama_pd')).toEqual(['Dinas A', 'Dinas B', 'Dinas C', 'Dinas D']);
    expect(column(table, 'capaian')).toEqual([129.47, 71.4, null, null]);
    expect(column(table, 'predikat')).toEqual(['Sangat Tinggi', 'Sedang', null, null]);
    expect(column(table, 'tahun')).toEqual([2023, 2023, 2023, null]);
    expect(column(table, 'kode_wilayah')).toEqual(['35.16', '35.16', '35.16', '35.16']);
    expect(provinceSummaryTable(groups).rows).toEqual([{ provinsi: 'Jawa Timur', wilayah: 1, perangkat_daerah: 4 }]);
    expect(provinceSummaryTable(groups)).toMatchObject({ id: 'provinsi', page: '/', anchor: 'tabel-provinsi' });
  });
});

describe('every table of the bundled dataset', () => {
  it('has a valid id, unique across the site, and anchors unique within each page', () => {
    const { agencies } = loadDataset('data');
    const all: TableData[] = [];
    const add = (table: TableData | null) => table && all.push(table);
    for (const agency of agencies as AgencyData[]) {
      for (const tahun of agency.tahun) {
        add(kinerjaTable(agency, tahun, kinerjaRows(agency.indicators, tahun)));
        add(findingsTable(agency, { tahun }, findingsForYear(agency.findings, tahun)));
        const sections = budgetSections(agency.budget, agency.findings, tahun);
        if (sections.total) add(budgetTable(agency, tahun, 'total', 'Total', [sections.total]));
        add(budgetTable(agency, tahun, 'program', 'Program', sections.programs));
        add(budgetTable(agency, tahun, 'jenis-belanja', 'Jenis', sections.jenis));
        add(budgetTable(agency, tahun, 'sasaran', 'Sasaran', sections.sasaran));
      }
      for (const item of agency.indicators) {
        add(indicatorRowsTable(agency, item));
        add(indicatorEfficiencyTable(agency, item));
        add(findingsTable(agency, { indicator: item }, agency.findings.filter((f) => f.kode_indikator === item.kode_indikator)));
      }
    }
    const summaries = (agencies as AgencyData[]).map(summarize);
    const groups = groupByProvince(summaries);
    for (const group of groups) add(directoryTable(group));
    add(provinceSummaryTable(groups));
    for (const group of groupByUrusan(summaries)) for (const tahun of group.years) add(peerTable(group, tahun, peerRows(group.agencies, tahun)));

    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((table) => !TABLE_ID.test(table.id))).toEqual([]);
    expect(new Set(all.map((table) => table.id)).size).toBe(all.length);
    // No table's Excel file has another table's name.
    const ids = new Set(all.map((table) => table.id));
    expect([...ids].filter((id) => ids.has(`${id}-excel`))).toEqual([]);
    const byPage = new Map<string, string[]>();
    for (const table of all) byPage.set(table.page, [...(byPage.get(table.page) ?? []), table.anchor]);
    for (const [page, anchors] of byPage) expect(new Set(anchors).size, page).toBe(anchors.length);
    // Every cell is a string, a finite number or null: nothing a CSV could not hold.
    const bad = all.flatMap((table) => table.rows.flatMap((row) => Object.values(row).filter((cell) => !(cell === null || typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell))))));
    expect(bad).toEqual([]);
  });
});

describe('table CSV', () => {
  const hostile = indicator({
    kode_indikator: '=HYPERLINK("http://evil.example/","x")',
    indikator: '+cmd|x!A0',
    satuan: '@SUM(1)',
    tahun: [year({ tahun: 2023, target: -5, realisasi: '-2+3', capaian: -12.5, sumber: '=1+1', catatan: '\tTAB' })],
  });

  it.each(['kanonik', 'excel-id'] as const)('neutralises formula-like text, keeps numbers numeric, names its permalink (%s)', (format) => {
    const table = indicatorRowsTable(data, hostile);
    const csv = dataCsv({ ...table, source: sourceLine(table) }, 'https://kinerja-terbuka.example/pd/dinsos-x/indikator/x/#tabel-baris', format);
    expect(csv).toContain('Tautan: https://kinerja-terbuka.example/pd/dinsos-x/indikator/x/#tabel-baris');
    const { columns, rows } = readCsv(csv, format);
    expect(columns).toContain('Capaian hitung (%)');
    const [row] = rows;
    for (const header of ['Kode indikator', 'Satuan', 'Realisasi', 'Sumber', 'Catatan']) expect(row![header]!.startsWith("'"), header).toBe(true);
    expect(cellValue(row!['Kode indikator']!, format)).toBe(hostile.kode_indikator);
    expect(cellValue(row!['Target']!, format)).toBe(-5);
    expect(cellValue(row!['Capaian hitung (%)']!, format)).toBe(-12.5);
  });

  it('ends a source text with exactly one period before the permalink', () => {
    const csv = dataCsv({ title: 'T', source: 'Sumber: laporan masing-masing.', columns: [], rows: [] }, 'https://x.example/#a', 'kanonik');
    expect(csv).toContain('# Sumber: laporan masing-masing. Tautan: https://x.example/#a');
  });
});

describe('registerTable', () => {
  afterEach(() => stopStaging());
  const table = (rows: TableData['rows']): TableData => ({ id: 'pd/dinsos-x/2023/kinerja', anchor: 'tabel-kinerja', page: '/pd/dinsos-x/2023/', title: 'T', sources: [], sourceText: 'S', columns: [{ key: 'a', label: 'A', format: 'number' }], rows });

  it('does nothing outside a build', () => {
    expect(() => registerTable(table([{ a: 1 }]), '/x/')).not.toThrow();
  });

  it('stages a table once however many pages show it, and lists staged ids in order', () => {
    const dir = scratchDir('kt-tabel-');
    startStaging(dir);
    registerTable(table([{ a: 1 }]), '/pd/dinsos-x/');
    registerTable(table([{ a: 1 }]), '/pd/dinsos-x/2023/');
    registerTable({ ...table([]), id: 'provinsi' }, '/');
    expect([...stagedTableIds(dir)]).toEqual(['pd/dinsos-x/2023/kinerja', 'provinsi']);
    expect(readStagedTable(dir, 'pd/dinsos-x/2023/kinerja')).toMatchObject({ page: '/pd/dinsos-x/2023/', anchor: 'tabel-kinerja', source: 'Sumber: S', rows: [{ a: 1 }] });
    expect(JSON.parse(readFileSync(join(dir, 'tabel', 'provinsi.json'), 'utf8')).rows).toEqual([]);
  });

  it('stops the build on two different tables under one id, or an id that is not path-like', () => {
    startStaging(scratchDir('kt-tabel-'));
    registerTable(table([{ a: 1 }]), '/pd/dinsos-x/');
    expect(() => registerTable(table([{ a: 2 }]), '/pd/dinsos-x/2023/')).toThrow(/dua tabel berbeda/);
    expect(() => registerTable({ ...table([]), id: '../x' }, '/')).toThrow(/tidak sah/);
  });
});
