/**
 * Small fixed data for the chart tests: synthesized rows shaped like the real JSON (output.ts),
 * values taken from the bundled reports where that helps reading (Mojokerto 2023 SS1: target 82,
 * realisasi 82,18, capaian 100,22; Polewali Mandar SAKIP B → BB → A → A on D|C|CC|B|BB|A|AA).
 */
import type { BudgetLine, Finding, Indicator, IndicatorYear, YearSummary } from '../../src/data/output.ts';

const origin = { file: 'data/x/kinerja.csv', line: 2 };

export const year = (partial: Partial<IndicatorYear> & Pick<IndicatorYear, 'tahun'>): IndicatorYear => ({
  target: null,
  realisasi: null,
  capaian_dilaporkan: null,
  target_renstra: null,
  sumber: 'lkjip-x-2023 Tabel 3.1',
  kode_sumber: 'lkjip-x-2023',
  catatan: null,
  extra: {},
  origin,
  capaian: null,
  band: null,
  tercapai: null,
  selisih_capaian_dilaporkan: null,
  perubahan: null,
  kemajuan_renstra: null,
  ...partial,
});

export const indicator = (partial: Partial<Indicator> & Pick<Indicator, 'kode_indikator'>): Indicator => ({
  slug: partial.kode_indikator.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
  tingkat: 'sasaran',
  induk: null,
  sasaran: 'Sasaran',
  program: null,
  indikator: `Indikator ${partial.kode_indikator}`,
  satuan: '%',
  arah: 'naik',
  skala: null,
  iku: true,
  formula: null,
  sumber_data: null,
  jenis_indikator: null,
  masukan: false,
  extra: {},
  origin,
  target_renstra_akhir: null,
  tahun: [],
  ...partial,
});

/** A numeric indicator: realisasi 2021–2023, target 2023, Renstra 2026. */
export const ss1 = indicator({
  kode_indikator: 'SS1',
  indikator: 'Persentase PPKS yang memperoleh bantuan sosial',
  target_renstra_akhir: { tahun: 2026, nilai: 82 },
  tahun: [
    year({ tahun: 2021, realisasi: 90 }),
    year({ tahun: 2022, realisasi: 80, perubahan: { dari_tahun: 2021, selisih: -10, persen: -11.11 } }),
    year({
      tahun: 2023,
      target: 82,
      realisasi: 82.18,
      capaian: 100.22,
      band: 'sangat-tinggi',
      capaian_dilaporkan: 100.22,
      selisih_capaian_dilaporkan: 0,
      perubahan: { dari_tahun: 2022, selisih: 2.18, persen: 2.73 },
    }),
    year({ tahun: 2026, target_renstra: 82 }),
  ],
});

export const SAKIP = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'];

/** A kategori indicator on the SAKIP scale. */
export const sakip = indicator({
  kode_indikator: 'SS5.1',
  indikator: 'Predikat SAKIP perangkat daerah',
  satuan: 'predikat',
  arah: 'kategori',
  skala: SAKIP,
  tahun: [
    year({ tahun: 2020, realisasi: 'B' }),
    year({ tahun: 2021, realisasi: 'BB', perubahan: { dari_tahun: 2020, selisih: 1, persen: null } }),
    year({ tahun: 2022, target: 'A', realisasi: 'BB', capaian: 83.33, band: 'tinggi', perubahan: { dari_tahun: 2021, selisih: 0, persen: null } }),
    year({ tahun: 2023, target: 'A', realisasi: 'A', capaian: 100, band: 'sangat-tinggi', perubahan: { dari_tahun: 2022, selisih: 1, persen: null } }),
  ],
});

export const capaianBarsFixture = [
  { key: 'SS1', short: 'SS1', label: 'SS1 Persentase PPKS yang memperoleh bantuan sosial', capaian: 100.22, band: 'sangat-tinggi' as const },
  { key: 'SS3', short: 'SS3', label: 'SS3 Persentase masyarakat miskin potensial', capaian: 75.5, band: 'tinggi' as const },
  { key: 'SS4', short: 'SS4', label: 'SS4 Jumlah inovasi', capaian: 200, band: 'sangat-tinggi' as const },
  { key: 'SS5', short: 'SS5', label: 'SS5 Indikator tanpa realisasi', capaian: null, band: null },
];

export const absorptionFixture = [
  { key: 'a1', label: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', pagu: 6_386_070_545, realisasi: 5_701_464_466, serapan: 89.28 },
  { key: 'a2', label: 'Program Perlindungan dan Jaminan Sosial', pagu: 11_224_124_268, realisasi: 11_155_673_818, serapan: 99.39 },
  { key: 'a3', label: 'Program Penanganan Bencana', pagu: 158_000_000, realisasi: 119_879_500, serapan: 75.87 },
  { key: 'a4', label: 'Program tanpa realisasi', pagu: 50_000_000, realisasi: null, serapan: null },
];

export const serapanFixture = [
  { tahun: 2020, pagu: 2_833_018_750, realisasi: 2_561_435_219, serapan: 90.41, basis: 'jenis_belanja' as const },
  { tahun: 2022, pagu: null, realisasi: 3_629_331_651, serapan: null, basis: null },
  { tahun: 2023, pagu: 9_812_119_077, realisasi: 9_757_541_969, serapan: 99.44, basis: 'total' as const },
];

export const efficiencyFixture = [
  {
    key: 'SS1-total',
    kode_indikator: 'SS1',
    slug: 'ss1',
    indikator: 'Persentase PPKS',
    basis: 'total' as const,
    program: null,
    capaian: 100.22,
    serapan: 95.53,
    efisiensi: 4.69,
  },
  {
    key: 'SS1-sasaran',
    kode_indikator: 'SS1',
    slug: 'ss1',
    indikator: 'Persentase PPKS',
    basis: 'sasaran' as const,
    program: null,
    capaian: 100.22,
    serapan: 98.47,
    efisiensi: 1.75,
  },
  {
    key: 'P2-program',
    kode_indikator: 'P2',
    slug: 'p2',
    indikator: 'Persentase masyarakat miskin potensial yang diberdayakan',
    basis: 'program' as const,
    program: 'Program Pemberdayaan Sosial',
    capaian: 12.1,
    serapan: 100,
    efisiensi: -87.9,
  },
];

export const peerFixture = [
  { key: 'dinsos-mojokerto', label: 'Dinas Sosial Kabupaten Mojokerto', value: 129.47, text: '129,47% · Sangat Tinggi' },
  { key: 'dinsos-polewali-mandar', label: 'Dinas Sosial Kabupaten Polewali Mandar', value: 101.35, text: '101,35% · Sangat Tinggi' },
  { key: 'dinsos-x', label: 'Dinas Sosial Kabupaten X', value: 71.4, text: '71,4% · Sedang' },
];

let nextId = 0;
export const budget = (partial: Partial<BudgetLine> & Pick<BudgetLine, 'tingkat'>): BudgetLine => ({
  id: `a${++nextId}`,
  tahun: 2023,
  kode: null,
  program: null,
  kegiatan: null,
  subkegiatan: null,
  uraian: null,
  induk: null,
  kode_indikator: null,
  pagu: null,
  realisasi: null,
  serapan_dilaporkan: null,
  sisa_dilaporkan: null,
  sumber: 'lkjip-x-2023 Tabel 3.6',
  kode_sumber: 'lkjip-x-2023',
  catatan: null,
  extra: {},
  origin: { file: 'data/x/anggaran.csv', line: nextId + 1 },
  serapan: null,
  ...partial,
});

export const finding = (partial: Partial<Finding> & Pick<Finding, 'jenis'>): Finding => ({
  tahun: 2023,
  pesan: 'pesan',
  origin,
  kode_indikator: null,
  anggaran_id: null,
  selisih: null,
  ...partial,
});

export const summary = (partial: Partial<YearSummary> & Pick<YearSummary, 'tahun'>): YearSummary => ({
  iku_jumlah: 0,
  iku_terhitung: 0,
  iku_dinilai: 0,
  iku_tercapai: 0,
  iku_capaian_median: null,
  iku_band_median: null,
  iku_capaian_rata: null,
  iku_band: null,
  pagu: null,
  realisasi_anggaran: null,
  serapan: null,
  serapan_basis: null,
  temuan: 0,
  temuan_tidak_cocok: 0,
  temuan_tidak_lengkap: 0,
  ...partial,
});
