/**
 * The JSON that the data step writes and the pages read, defined once. One file per agency
 * (`pd/<kode_pd>.json`) plus a small index, so a page never loads the whole country.
 */
import { z } from 'zod';
import { ARAH, JENIS_INDIKATOR, JENIS_LAPORAN, TINGKAT_ANGGARAN, TINGKAT_INDIKATOR } from './schema.ts';

export const OUTPUT_VERSION = 1;

const Origin = z.object({ file: z.string(), line: z.number().int() });
const Extra = z.record(z.string(), z.string());
const Nilai = z.union([z.number(), z.string()]).nullable();
const Percent = z.number().nullable();
const BandId = z.enum(['sangat-tinggi', 'tinggi', 'sedang', 'rendah', 'sangat-rendah']).nullable();

/** A report's own rating scale (sumber.csv skala_predikat), best first; the last predikat has no bound. */
const SkalaPredikat = z.array(z.object({ label: z.string(), batas: z.number().nullable(), termasuk_batas: z.boolean() }));

export const Agency = z.object({
  kode_pd: z.string(),
  nama_pd: z.string(),
  pemerintah_daerah: z.string(),
  kode_wilayah: z.string(),
  nama_wilayah: z.string(),
  provinsi: z.string(),
  urusan: z.string(),
  alamat: z.string().nullable(),
  situs: z.string().nullable(),
  extra: Extra,
});
export type Agency = z.infer<typeof Agency>;

export const Source = z.object({
  kode_sumber: z.string(),
  tahun_laporan: z.number().int(),
  jenis: z.enum(JENIS_LAPORAN),
  judul: z.string(),
  diterbitkan: z.string().nullable(),
  tautan: z.string().nullable(),
  /**
   * Format version 2, optional: the rating scale the report prints (sumber.csv skala_predikat), best first; the
   * last predikat has no bound. Absent when the dataset does not declare it.
   */
  skala_predikat: SkalaPredikat.optional(),
  extra: Extra,
});
export type Source = z.infer<typeof Source>;

export const IndicatorYear = z.object({
  tahun: z.number().int(),
  target: Nilai,
  realisasi: Nilai,
  capaian_dilaporkan: Percent,
  target_renstra: Nilai,
  sumber: z.string(),
  kode_sumber: z.string(),
  catatan: z.string().nullable(),
  extra: Extra,
  origin: Origin,
  /** Derived: achievement with the indicator's polarity, its band, and the gap to the printed figure. */
  capaian: Percent,
  band: BandId,
  /** Derived: whether the target was met (derive.ts tercapai), shown next to every band. */
  tercapai: z.boolean().nullable(),
  /**
   * Derived: the capaian's predikat on the scale of the year's report (its source's skala_predikat), beside our
   * Permendagri 86/2017 band. Absent when the source declares no scale; null for an input indicator.
   */
  predikat_laporan: z.string().nullable().optional(),
  selisih_capaian_dilaporkan: Percent,
  /** Derived: realisasi against the year before (tahun − 1). */
  perubahan: z.object({ dari_tahun: z.number().int(), selisih: z.number(), persen: Percent }).nullable(),
  /** Derived: realisasi against the Renstra's final target (the last year with a target_renstra). */
  kemajuan_renstra: Percent,
});
export type IndicatorYear = z.infer<typeof IndicatorYear>;

export const Indicator = z.object({
  kode_indikator: z.string(),
  slug: z.string(),
  tingkat: z.enum(TINGKAT_INDIKATOR),
  induk: z.string().nullable(),
  sasaran: z.string(),
  program: z.string().nullable(),
  indikator: z.string(),
  satuan: z.string(),
  arah: z.enum(ARAH),
  skala: z.array(z.string()).nullable(),
  iku: z.boolean(),
  formula: z.string().nullable(),
  sumber_data: z.string().nullable(),
  /** As the dataset declares it (format v2), or null. */
  jenis_indikator: z.enum(JENIS_INDIKATOR).nullable(),
  /**
   * Derived: an input indicator (declared `masukan`, or money as its unit): its capaian is absorption of funds,
   * not performance. It gets no band and stays out of the headline and rankings (derive.ts isInputIndicator).
   */
  masukan: z.boolean(),
  extra: Extra,
  origin: Origin,
  target_renstra_akhir: z.object({ tahun: z.number().int(), nilai: z.union([z.number(), z.string()]) }).nullable(),
  tahun: z.array(IndicatorYear),
});
export type Indicator = z.infer<typeof Indicator>;

export const BudgetLine = z.object({
  /** Stable within the agency: position in the agency's budget rows in file order. */
  id: z.string(),
  tahun: z.number().int(),
  tingkat: z.enum(TINGKAT_ANGGARAN),
  kode: z.string().nullable(),
  program: z.string().nullable(),
  kegiatan: z.string().nullable(),
  subkegiatan: z.string().nullable(),
  uraian: z.string().nullable(),
  induk: z.string().nullable(),
  kode_indikator: z.string().nullable(),
  pagu: z.number().nullable(),
  realisasi: z.number().nullable(),
  serapan_dilaporkan: Percent,
  sisa_dilaporkan: z.number().nullable(),
  sumber: z.string(),
  kode_sumber: z.string(),
  catatan: z.string().nullable(),
  extra: Extra,
  origin: Origin,
  /** Derived: realisasi / pagu. */
  serapan: Percent,
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const Efficiency = z.object({
  tahun: z.number().int(),
  kode_indikator: z.string(),
  /** What the capaian is set against: its program's serapan, the agency total, or the sasaran's own budget line. */
  basis: z.enum(['program', 'total', 'sasaran']),
  program: z.string().nullable(),
  capaian: z.number(),
  serapan: z.number(),
  efisiensi: z.number(),
});
export type Efficiency = z.infer<typeof Efficiency>;

/** Kinds of finding: figures that do not add up first, then what a report leaves out, then signals (FINDING_CLASS). */
export const FINDING_KINDS = [
  'capaian-berbeda',
  'anggaran-tidak-sesuai-jumlah',
  'realisasi-melebihi-pagu',
  'serapan-berbeda',
  'sisa-berbeda',
  'nilai-tidak-wajar',
  'dicatat-laporan',
  'target-tanpa-realisasi',
  'capaian-tidak-terhitung',
  'subkegiatan-tanpa-kegiatan',
  'program-tanpa-anggaran',
  'target-di-bawah-capaian-lalu',
  'target-berbeda-renstra',
  'iku-hilang',
  'anggaran-kinerja-bertolak',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * A finding says that the report's figures do not agree with each other (`tidak-cocok`), that the report leaves
 * something out (`tidak-lengkap`), or what its figures show that the report does not say (`patut-dicermati`: a
 * target below last year's realisasi, a target that is not the Renstra's …). They are counted apart: 87 targets
 * without a realisation say nothing about whether the printed figures add up.
 */
export const FINDING_CLASSES = ['tidak-cocok', 'tidak-lengkap', 'patut-dicermati'] as const;
export type FindingClass = (typeof FINDING_CLASSES)[number];
export const FINDING_CLASS: Record<FindingKind, FindingClass> = {
  'capaian-berbeda': 'tidak-cocok',
  'anggaran-tidak-sesuai-jumlah': 'tidak-cocok',
  'realisasi-melebihi-pagu': 'tidak-cocok',
  'serapan-berbeda': 'tidak-cocok',
  'sisa-berbeda': 'tidak-cocok',
  'nilai-tidak-wajar': 'tidak-cocok',
  'dicatat-laporan': 'tidak-cocok',
  'target-tanpa-realisasi': 'tidak-lengkap',
  'capaian-tidak-terhitung': 'tidak-lengkap',
  'subkegiatan-tanpa-kegiatan': 'tidak-lengkap',
  'program-tanpa-anggaran': 'tidak-lengkap',
  'target-di-bawah-capaian-lalu': 'patut-dicermati',
  'target-berbeda-renstra': 'patut-dicermati',
  'iku-hilang': 'patut-dicermati',
  'anggaran-kinerja-bertolak': 'patut-dicermati',
};

/** A row of temuan.csv (format version 2): what the transcriber recorded, kept so the dataset download can hold it again. */
export const RecordedFinding = z.object({
  uraian: z.string(),
  nilai_laporan_a: z.string().nullable(),
  nilai_laporan_b: z.string().nullable(),
  sumber: z.string(),
  kode_sumber: z.string(),
  catatan: z.string().nullable(),
  extra: Extra,
});
export type RecordedFinding = z.infer<typeof RecordedFinding>;

export const Finding = z.object({
  jenis: z.enum(FINDING_KINDS),
  tahun: z.number().int().nullable(),
  pesan: z.string(),
  origin: Origin,
  kode_indikator: z.string().nullable(),
  anggaran_id: z.string().nullable(),
  /** For sums and printed-vs-computed gaps: the difference, in rupiah or percentage points. */
  selisih: z.number().nullable(),
  /** Only for `dicatat-laporan`: the temuan.csv row the finding comes from. */
  laporan: RecordedFinding.optional(),
});
export type Finding = z.infer<typeof Finding>;

export const YearSummary = z.object({
  tahun: z.number().int(),
  iku_jumlah: z.number().int(),
  iku_terhitung: z.number().int(),
  /** IKU whose target and realisasi can be compared this year, and how many of them met the target. */
  iku_dinilai: z.number().int(),
  iku_tercapai: z.number().int(),
  /** Median capaian of the IKU that have one: the headline figure (src/figures/headline.ts), not swung by one outlier. */
  iku_capaian_median: Percent,
  iku_band_median: BandId,
  /** Mean capaian of the IKU that have one this year (kept for the API; one outlier can swing it). */
  iku_capaian_rata: Percent,
  iku_band: BandId,
  pagu: z.number().nullable(),
  realisasi_anggaran: z.number().nullable(),
  serapan: Percent,
  /** Which lines the agency's serapan was taken from: the total line, or the sum of top-level lines. */
  serapan_basis: z.enum(['total', 'jenis_belanja', 'program']).nullable(),
  /** For a serapan the site computed (basis jenis_belanja or program): the names of the lines it adds up. */
  serapan_dari: z.array(z.string()).optional(),
  temuan: z.number().int(),
  /** The year's findings by class (FINDING_CLASS): figures that do not add up, and what is not reported. */
  temuan_tidak_cocok: z.number().int(),
  temuan_tidak_lengkap: z.number().int(),
});
export type YearSummary = z.infer<typeof YearSummary>;

export const AgencyData = z.object({
  version: z.literal(OUTPUT_VERSION),
  agency: Agency,
  sources: z.array(Source),
  /** Years with a target, a realisation or budget data, oldest first. Renstra-only years are on indicators. */
  tahun: z.array(z.number().int()),
  ringkasan: z.array(YearSummary),
  indicators: z.array(Indicator),
  budget: z.array(BudgetLine),
  efficiency: z.array(Efficiency),
  findings: z.array(Finding),
});
export type AgencyData = z.infer<typeof AgencyData>;

export const AgencySummary = Agency.omit({ extra: true }).extend({
  tahun: z.array(z.number().int()),
  tahun_terakhir: z.number().int().nullable(),
  ringkasan: z.array(YearSummary),
  jumlah_indikator: z.number().int(),
  jumlah_temuan: z.number().int(),
  /** What the pages of this agency are, so that listing them needs no agency file: indicator slugs, budget years. */
  indikator_slug: z.array(z.string()),
  tahun_anggaran: z.array(z.number().int()),
  /** The rating scales the agency's reports print, where the dataset declares them (absent otherwise): for /metode/. */
  skala_laporan: z.array(z.object({ kode_sumber: z.string(), judul: z.string(), skala_predikat: SkalaPredikat })).optional(),
});
export type AgencySummary = z.infer<typeof AgencySummary>;

/** Finding counts by kind, keys sorted: one data step run and a merge of its parts (scripts/merge-data.ts) write the same bytes. */
export function findingCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export const SiteIndex = z.object({
  version: z.literal(OUTPUT_VERSION),
  agencies: z.array(AgencySummary),
  rows: z.object({ perangkat_daerah: z.number(), sumber: z.number(), indikator: z.number(), kinerja: z.number(), anggaran: z.number(), temuan: z.number() }),
  findings: z.record(z.string(), z.number()),
});
export type SiteIndex = z.infer<typeof SiteIndex>;
