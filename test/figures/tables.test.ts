/**
 * Table figures, without a build: each table function gives the rows a reader downloads (numbers as numbers,
 * identifiers added) and the view its page shows, whose columns are the table's own; every table of the
 * bundled dataset has an anchor unique on its page and cells a CSV can hold; the CSV neutralises formulas.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/data/assemble.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { AgencyData, AgencySummary, Source } from '../../src/data/output.ts';
import { cellValue, readCsv } from '../../src/downloads/csv.ts';
import { figureCsv } from '../../src/downloads/figureFiles.ts';
import { downloadData } from '../../src/downloads/publishFigures.ts';
import { agencyPages } from '../../src/figures/agencyPages.ts';
import { budgetSections, kinerjaRows } from '../../src/figures/agencyView.ts';
import { groupByProvince, groupByUrusan, peerRows } from '../../src/figures/directory.ts';
import type { Figure, TableFigure } from '../../src/figures/figure.ts';
import { nationalPages, urusanPages } from '../../src/figures/nationalPages.ts';
import { AgencyPages, NationalPages, UrusanPages } from '../../src/figures/pages.ts';
import {
  budgetTable,
  directoryTable,
  findingsTable,
  indicatorEfficiencyTable,
  indicatorRowsTable,
  kinerjaTable,
  peerTable,
  provinceSummaryTable,
  tableFigure,
} from '../../src/figures/tables.ts';
import { budget, finding, indicator, sakip, ss1, summary, year } from '../charts/fixtures.ts';

const source: Source = {
  kode_sumber: 'lkjip-x-2023',
  tahun_laporan: 2023,
  jenis: 'LKjIP',
  judul: 'LKjIP Dinas X 2023',
  diterbitkan: null,
  tautan: null,
  extra: {},
};
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
const data = { agency, sources: [source], indicators: [ss1, sakip] };
const column = (table: TableFigure, key: string) => table.rows.map((row) => row[key]);

describe('one definition', () => {
  it('a view names only columns of its table, and shows them under their own labels', () => {
    const table = indicatorRowsTable(data, ss1);
    const keys = new Set(table.columns.map((column) => column.key));
    expect(table.view.map((column) => column.key).filter((key) => !keys.has(key))).toEqual([]);
    expect(() =>
      tableFigure({ id: 't', page: '/', title: 'T', heading: 'T', columns: [{ key: 'a', label: 'A', format: 'text' }], rows: [], view: [{ key: 'b' }] }),
    ).toThrow(/kolom tampilan "b"/);
  });
});

describe('agency tables', () => {
  it('kinerja: a missed target says so beside its band (Polewali Mandar SS3 2023: 20,08 against 21 is Sangat Tinggi)', () => {
    const missed = indicator({
      kode_indikator: 'SS3',
      tahun: [year({ tahun: 2023, target: 21, realisasi: 20.08, capaian: 95.62, band: 'sangat-tinggi', tercapai: false, predikat_laporan: 'Baik' })],
    });
    const met = indicator({
      kode_indikator: 'SS4',
      tahun: [year({ tahun: 2022, realisasi: 90 }), year({ tahun: 2023, target: 100, realisasi: 100, capaian: 100, band: 'sangat-tinggi', tercapai: true })],
    });
    const rows = kinerjaRows([missed, met], 2023);
    const table = kinerjaTable(
      data,
      2023,
      rows,
      rows.map(() => null),
    );
    expect(column(table, 'predikat')).toEqual(['Sangat Tinggi', 'Sangat Tinggi']);
    expect(column(table, 'tercapai')).toEqual(['tidak tercapai', 'tercapai']);
    // The report's own predikat (its source declares a scale) under the band; none where the source declares none.
    expect(table.view.find((item) => item.key === 'predikat')!.sub).toEqual(['tercapai', 'predikat_laporan']);
    expect(column(table, 'predikat_laporan')).toEqual(['laporan: Baik', null]);
    expect(table.columns.find((item) => item.key === 'predikat_laporan')!.label).toBe('Predikat menurut laporan');
    const rowsTable = indicatorRowsTable(data, missed);
    expect(column(rowsTable, 'predikat_laporan')).toEqual(['laporan: Baik']);
    expect(rowsTable.view.find((item) => item.key === 'predikat')!.sub).toEqual(['tercapai', 'predikat_laporan']);
    // The sparkline's words, in Indonesian number format with the unit.
    expect(table.decor.map((decor) => decor.svgText)).toEqual(['2023: 20,08%', '2022: 90%; 2023: 100%']);
  });

  it('kinerja: the rows of KinerjaTable, raw numbers, band only with a capaian, earlier realisasi per year', () => {
    const open = indicator({ kode_indikator: 'SS9', iku: false, tahun: [year({ tahun: 2023, target: 5, capaian_dilaporkan: 90 })] });
    const rows = kinerjaRows([ss1, sakip, open], 2023);
    const table = kinerjaTable(
      data,
      2023,
      rows,
      rows.map(() => null),
    );
    expect(table).toMatchObject({ id: 'tabel-kinerja', page: '/pd/dinsos-x/2023/' });
    expect(table.title).toBe('Indikator kinerja utama dan sasaran Dinas Sosial Kabupaten X, 2023');
    // The last view column is the sparkline of the realisasi, with the same figures in words for screen readers.
    expect(table.view.map((column) => column.key)).toEqual(['indikator', 'target', 'realisasi', 'capaian', 'predikat', 'realisasi']);
    expect(table.columns.map((c) => c.key)).not.toContain('tren');
    expect(table.decor[0]!.links).toEqual({ indikator: '/pd/dinsos-x/indikator/ss1/' });
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
    expect(table).toMatchObject({ id: 'tabel-temuan', page: '/pd/dinsos-x/2023/' });
    expect(column(table, 'jenis')).toEqual(['capaian-berbeda', 'anggaran-tidak-sesuai-jumlah', 'target-tanpa-realisasi']);
    expect(column(table, 'selisih')).toEqual([-10.36, 1500, null]);
    expect(column(table, 'tahun')).toEqual([2023, null, 2023]);
    expect(column(table, 'berkas')).toEqual(['data/x/kinerja.csv', 'data/x/kinerja.csv', 'data/x/kinerja.csv']);
    expect(table.decor.map((decor) => decor.group)).toEqual(['capaian-berbeda', 'anggaran-tidak-sesuai-jumlah', 'target-tanpa-realisasi']);
    expect(table.decor[0]!.links?.indikator).toBe('/pd/dinsos-x/indikator/ss1/');
    expect(findingsTable(data, { tahun: null }, findings)).toMatchObject({ id: 'tabel-temuan', page: '/pd/dinsos-x/' });
    expect(findingsTable(data, { indicator: ss1 }, findings)).toMatchObject({ id: 'tabel-temuan', page: '/pd/dinsos-x/indikator/ss1/' });
  });

  it('budget: one table per section with depth, rupiah as plain numbers and the line findings', () => {
    const program = budget({ tingkat: 'program', program: 'Program A', pagu: 1_704_319_000, realisasi: 1_600_000_000, serapan: 93.88 });
    const kegiatan = budget({ tingkat: 'kegiatan', program: 'Program A', kegiatan: 'Kegiatan A1', pagu: 1_704_319_000, realisasi: null });
    const lines = [program, kegiatan];
    const findings = [finding({ jenis: 'realisasi-melebihi-pagu', anggaran_id: kegiatan.id, pesan: 'lebih' })];
    const sections = budgetSections(lines, findings, 2023);
    const table = budgetTable(data, 2023, 'program', 'Program, kegiatan dan subkegiatan 2023', sections.programs);
    expect(table).toMatchObject({ id: 'tabel-program', page: '/pd/dinsos-x/anggaran/2023/' });
    expect(table.decor.map((decor) => [decor.depth, decor.anchor, decor.flags])).toEqual([
      [0, `anggaran-${program.id}`, undefined],
      [1, `anggaran-${kegiatan.id}`, ['Realisasi melebihi pagu: lebih']],
    ]);
    expect(column(table, 'kedalaman')).toEqual([0, 1]);
    expect(column(table, 'pagu')).toEqual([1_704_319_000, 1_704_319_000]);
    expect(column(table, 'realisasi')).toEqual([1_600_000_000, null]);
    expect(column(table, 'temuan')).toEqual([null, 'Realisasi melebihi pagu: lebih']);
    expect(column(table, 'id')).toEqual([program.id, kegiatan.id]);
  });

  it('indicator: the kinerja.csv rows of every year, and efisiensi only when there is some', () => {
    const rows = indicatorRowsTable(data, ss1);
    expect(rows).toMatchObject({ id: 'tabel-baris', page: '/pd/dinsos-x/indikator/ss1/' });
    expect(column(rows, 'tahun')).toEqual([2021, 2022, 2023, 2026]);
    expect(column(rows, 'target_renstra')).toEqual([null, null, null, 82]);
    expect(column(rows, 'selisih')).toEqual([null, null, null, null]);
    expect(column(rows, 'baris')).toEqual([2, 2, 2, 2]);
    const efficiency = [{ tahun: 2023, kode_indikator: 'SS1', basis: 'total' as const, program: null, capaian: 100.22, serapan: 95.53, efisiensi: 4.69 }];
    expect(indicatorEfficiencyTable({ ...data, efficiency: [] }, ss1)).toBeNull();
    const table = indicatorEfficiencyTable({ ...data, efficiency }, ss1)!;
    expect(table.rows).toEqual([
      {
        kode_indikator: 'SS1',
        tahun: 2023,
        dibandingkan: 'terhadap serapan total perangkat daerah',
        program: null,
        capaian: 100.22,
        serapan: 95.53,
        efisiensi: 4.69,
      },
    ]);
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
    summaryOf('dinsos-b', 'Dinas B', [summary({ tahun: 2023, iku_capaian_median: 71.4, iku_band_median: 'sedang', serapan: 99.1 })]),
    summaryOf('dinsos-a', 'Dinas A', [summary({ tahun: 2023, iku_capaian_median: 129.47, iku_band_median: 'sangat-tinggi', serapan: 95.53 })]),
    summaryOf('dinsos-c', 'Dinas C', [summary({ tahun: 2023, serapan: 80 })]),
    summaryOf('dinsos-d', 'Dinas D', []),
  ];

  it('peers: rank only with a capaian, predikat as the page words it', () => {
    const [group] = groupByUrusan(agencies);
    const table = peerTable(group!, 2023, peerRows(group!.agencies, 2023));
    expect(table).toMatchObject({ id: 'tabel-peringkat', page: '/urusan/sosial/2023/' });
    expect(column(table, 'kode_pd')).toEqual(['dinsos-a', 'dinsos-b', 'dinsos-c', 'dinsos-d']);
    expect(column(table, 'peringkat')).toEqual([1, 2, null, null]);
    expect(column(table, 'predikat')).toEqual(['Sangat Tinggi', 'Sedang', 'tidak ada IKU dengan target atau realisasi tahun 2023', 'tidak ada data tahun ini']);
    expect(column(table, 'serapan')).toEqual([95.53, 99.1, 80, null]);
  });

  it('directory and province list: the rows of AgencyTable and ProvinceSummary', () => {
    const groups = groupByProvince(agencies);
    const table = directoryTable(groups[0]!, '/provinsi/jawa-timur/');
    expect(table).toMatchObject({ id: 'tabel-provinsi-jawa-timur', page: '/provinsi/jawa-timur/' });
    expect(table.decor[0]).toMatchObject({
      group: 'Kabupaten X',
      anchor: 'wilayah-35-16',
      data: { provinsi: 'jawa-timur', wilayah: '35-16', urusan: 'sosial' },
    });
    expect(column(table, 'nama_pd')).toEqual(['Dinas A', 'Dinas B', 'Dinas C', 'Dinas D']);
    expect(column(table, 'capaian')).toEqual([129.47, 71.4, null, null]);
    expect(column(table, 'predikat')).toEqual(['Sangat Tinggi', 'Sedang', 'tidak ada IKU dengan target atau realisasi tahun 2023', 'tidak ada data tahun ini']);
    expect(column(table, 'tahun')).toEqual([2023, 2023, 2023, null]);
    expect(column(table, 'kode_wilayah')).toEqual(['35.16', '35.16', '35.16', '35.16']);
    expect(provinceSummaryTable(groups).rows).toEqual([{ provinsi: 'Jawa Timur', wilayah: 1, perangkat_daerah: 4 }]);
    expect(provinceSummaryTable(groups)).toMatchObject({ id: 'tabel-provinsi', page: '/' });
  });
});

describe('every figure of the bundled dataset', () => {
  it('is valid by its schema, has an id unique on its page and cells a CSV can hold; chart ids are unique across the site', () => {
    const { agencies } = loadDataset('data');
    const summaries = (agencies as AgencyData[]).map(summarize);
    const byPage = new Map<string, string[]>();
    const all: Figure[] = [];
    const add = (figure: Figure | null) => {
      if (!figure) return;
      all.push(figure);
      byPage.set(figure.page, [...(byPage.get(figure.page) ?? []), figure.id]);
    };
    for (const [index, agency] of (agencies as AgencyData[]).entries()) {
      const pages = AgencyPages.parse(agencyPages(agency, summaries[index]!, 'x'));
      add(pages.serapan);
      for (const page of pages.yearPages) [page.kinerja, page.capaian, page.program, page.findings, ...page.efficiency].forEach(add);
      for (const page of pages.indicatorPages) [page.trend, page.capaian, page.rows, page.efficiency, page.findings].forEach(add);
      for (const page of pages.budgetPages) [page.total, page.program, page.jenis, page.sasaran].forEach(add);
    }
    const national = NationalPages.parse(
      nationalPages(
        { version: 1, agencies: summaries, rows: { perangkat_daerah: 0, sumber: 0, indikator: 0, kinerja: 0, anggaran: 0, temuan: 0 }, findings: {} },
        'x',
        null,
      ),
    );
    for (const province of national.provinces) add(province.table);
    add(national.provinceTable);
    for (const group of groupByUrusan(summaries)) {
      const urusan = UrusanPages.parse(urusanPages(group));
      for (const page of urusan.pages) [...page.charts, page.table].forEach(add);
    }

    expect(all.length).toBeGreaterThan(500);
    // The serapan chart is on every year page of its agency, and the program chart on its budget page too: one figure each, under one id.
    const charts = [...new Map(all.filter((figure) => figure.kind === 'chart').map((chart) => [`${chart.page}#${chart.id}`, chart.id])).values()];
    expect(new Set(charts).size).toBe(charts.length);
    for (const [page, ids] of byPage) expect(new Set(ids).size, page).toBe(ids.length);
    // Every cell is a string, a finite number or null: nothing a CSV could not hold.
    const bad = all.flatMap((figure) =>
      figure.rows.flatMap((row) =>
        Object.values(row).filter((cell) => !(cell === null || typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell)))),
      ),
    );
    expect(bad).toEqual([]);
    // Every chart's title says whose it is.
    const mojokerto = all.filter((figure) => figure.kind === 'chart' && figure.page.startsWith('/pd/dinsos-mojokerto/'));
    expect(mojokerto.filter((figure) => !figure.title.includes('Dinas Sosial Kabupaten Mojokerto')).map((figure) => figure.id)).toEqual([]);
    expect(all.find((figure) => figure.id === 'dinsos-mojokerto-serapan')!.title).toBe('Serapan anggaran Dinas Sosial Kabupaten Mojokerto, 2022–2023');
  });
});

describe('table CSV', () => {
  const hostile = indicator({
    kode_indikator: '=HYPERLINK("http://evil.example/","x")',
    indikator: '+cmd|x!A0',
    satuan: '@SUM(1)',
    tahun: [year({ tahun: 2023, target: -5, realisasi: '-2+3', capaian: -12.5, sumber: '=1+1', catatan: '\tTAB' })],
  });

  it.each(['kanonik', 'excel-id'] as const)('neutralises formula-like text and keeps numbers numeric (%s)', (format) => {
    const table = indicatorRowsTable(data, hostile);
    const csv = figureCsv(downloadData(table, 'https://kt.example/'), format);
    const { columns, rows } = readCsv(csv, format);
    expect(columns).toContain('Capaian hitung (%)');
    const [row] = rows;
    for (const header of ['Kode indikator', 'Satuan', 'Realisasi', 'Sumber', 'Catatan']) expect(row![header]!.startsWith("'"), header).toBe(true);
    expect(cellValue(row!['Kode indikator']!, format)).toBe(hostile.kode_indikator);
    expect(cellValue(row!['Target']!, format)).toBe(-5);
    expect(cellValue(row!['Capaian hitung (%)']!, format)).toBe(-12.5);
  });
});
