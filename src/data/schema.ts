/**
 * One zod schema per input file of data-format.md. Input is a record of raw strings keyed by
 * column name (a missing optional column is `undefined`); output is typed. Types come from here.
 */
import { z } from 'zod';
import { parseNumber, parseWebUrl, parseYear, type CellResult, type Dialect } from './cells.ts';
import type { SkalaPredikat } from './derive.ts';

export const REQUIRED_EMPTY = 'wajib diisi (required value is empty)';

/** A required text cell: trimmed, never empty. */
const text = () => z.string().trim().min(1, REQUIRED_EMPTY);

/** An optional text cell: blank or absent becomes null, never "". */
const optionalText = () =>
  z
    .string()
    .optional()
    .transform((raw) => (raw === undefined || raw.trim() === '' ? null : raw.trim()));

function fromCell<T>(parse: (raw: string) => CellResult<T>) {
  return z.string().transform((raw, ctx): T => {
    const result = parse(raw);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.value;
  });
}

const optionalNumber = (dialect: Dialect) =>
  fromCell((raw) => parseNumber(raw, dialect))
    .optional()
    .transform((value) => value ?? null);

const year = () => text().pipe(fromCell(parseYear));
const optionalYear = () =>
  fromCell<number | null>((raw) => (raw.trim() === '' ? { ok: true, value: null } : parseYear(raw)))
    .optional()
    .transform((value) => value ?? null);
const optionalUrl = () =>
  fromCell(parseWebUrl)
    .optional()
    .transform((value) => value ?? null);

/** A fixed vocabulary, matched without regard to case or surrounding spaces, stored in its canonical spelling. */
function oneOf<const T extends string>(values: readonly T[]) {
  const byLower = new Map(values.map((value) => [value.toLowerCase(), value]));
  return text().transform((raw, ctx): T => {
    const value = byLower.get(raw.toLowerCase());
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `harus salah satu dari: ${values.join(', ')} (not an allowed value)` });
      return z.NEVER;
    }
    return value;
  });
}

/** As oneOf, for an optional column: blank or absent is null. */
function optionalOneOf<const T extends string>(values: readonly T[]) {
  const byLower = new Map(values.map((value) => [value.toLowerCase(), value]));
  return optionalText().transform((raw, ctx): T | null => {
    if (raw === null) return null;
    const value = byLower.get(raw.toLowerCase());
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `harus salah satu dari: ${values.join(', ')} (not an allowed value)` });
      return z.NEVER;
    }
    return value;
  });
}

/** What an indicator measures (format v2, optional): what goes in (money), what comes out, or the result. */
export const JENIS_INDIKATOR = ['masukan', 'keluaran', 'hasil'] as const;
/** The reports' own words (Input/Output/Outcome) are accepted and stored in Indonesian. */
const JENIS_INDIKATOR_ALIAS: Record<string, (typeof JENIS_INDIKATOR)[number]> = {
  masukan: 'masukan', input: 'masukan', keluaran: 'keluaran', output: 'keluaran', hasil: 'hasil', outcome: 'hasil',
};
const jenisIndikator = () =>
  optionalText().transform((raw, ctx) => {
    if (raw === null) return null;
    const value = JENIS_INDIKATOR_ALIAS[raw.toLowerCase()];
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `harus kosong atau salah satu dari: ${JENIS_INDIKATOR.join(', ')} (juga input, output, outcome) (not an allowed value)` });
      return z.NEVER;
    }
    return value;
  });

export const TINGKAT_INDIKATOR = ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'] as const;
export const TINGKAT_ANGGARAN = ['total', 'jenis_belanja', 'sasaran', 'program', 'kegiatan', 'subkegiatan'] as const;
export const ARAH = ['naik', 'turun', 'kategori'] as const;
export const JENIS_LAPORAN = ['LAKIP', 'LKjIP'] as const;

export type TingkatIndikator = (typeof TINGKAT_INDIKATOR)[number];
export type TingkatAnggaran = (typeof TINGKAT_ANGGARAN)[number];
export type Arah = (typeof ARAH)[number];

export const PerangkatDaerahRow = z.object({
  kode_pd: text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'harus slug kebab-case huruf kecil, mis. dinsos-mukomuko (not a kebab-case slug)'),
  nama_pd: text(),
  pemerintah_daerah: text(),
  kode_wilayah: text(),
  nama_wilayah: text(),
  provinsi: text(),
  urusan: text(),
  alamat: optionalText(),
  situs: optionalUrl(),
});
export type PerangkatDaerahRow = z.output<typeof PerangkatDaerahRow>;

export const IndikatorRow = z
  .object({
    kode_pd: text(),
    kode_indikator: text(),
    tingkat: oneOf(TINGKAT_INDIKATOR),
    induk: optionalText(),
    sasaran: text(),
    program: optionalText(),
    indikator: text(),
    satuan: text(),
    arah: oneOf(ARAH),
    skala: optionalText().transform((raw) => (raw === null ? null : raw.split('|').map((label) => label.trim()))),
    iku: oneOf(['ya', 'tidak'] as const).transform((value) => value === 'ya'),
    formula: optionalText(),
    sumber_data: optionalText(),
    jenis_indikator: jenisIndikator(),
  })
  .superRefine((row, ctx) => {
    if (row.arah === 'kategori' && row.skala === null) {
      ctx.addIssue({ code: 'custom', path: ['skala'], message: 'wajib diisi untuk arah=kategori: label dari terburuk ke terbaik, dipisah | (skala required for kategori)' });
    }
    if (row.arah !== 'kategori' && row.skala !== null) {
      ctx.addIssue({ code: 'custom', path: ['skala'], message: `hanya dipakai untuk arah=kategori, bukan ${row.arah} (skala only for kategori)` });
    }
    if (row.skala) {
      if (row.skala.length < 2 || row.skala.some((label) => label === '')) {
        ctx.addIssue({ code: 'custom', path: ['skala'], message: 'harus berisi dua label atau lebih dipisah | tanpa label kosong (invalid scale)' });
      } else if (new Set(row.skala).size !== row.skala.length) {
        ctx.addIssue({ code: 'custom', path: ['skala'], message: 'berisi label yang sama dua kali (duplicate scale label)' });
      }
    }
  });
export type IndikatorRow = z.output<typeof IndikatorRow>;

/** target, realisasi and target_renstra are a number or a scale label depending on the indicator: checked in validate.ts. */
export const kinerjaRow = (dialect: Dialect) =>
  z.object({
    kode_pd: text(),
    kode_indikator: text(),
    tahun: year(),
    target: optionalText(),
    realisasi: optionalText(),
    capaian_dilaporkan: optionalNumber(dialect),
    target_renstra: optionalText(),
    sumber: text(),
    catatan: optionalText(),
  });
export type KinerjaRow = z.output<ReturnType<typeof kinerjaRow>>;

export const anggaranRow = (dialect: Dialect) =>
  z
    .object({
      kode_pd: text(),
      tahun: year(),
      tingkat: oneOf(TINGKAT_ANGGARAN),
      kode: optionalText(),
      program: optionalText(),
      kegiatan: optionalText(),
      subkegiatan: optionalText(),
      uraian: optionalText(),
      induk: optionalText(),
      kode_indikator: optionalText(),
      pagu: optionalNumber(dialect),
      realisasi: optionalNumber(dialect),
      sumber: text(),
      catatan: optionalText(),
      // Extensions beyond data-format.md v1: what the report prints, so the site can flag printed-vs-computed gaps.
      serapan_dilaporkan: optionalNumber(dialect),
      sisa_dilaporkan: optionalNumber(dialect),
    })
    .superRefine((row, ctx) => {
      const needs = (column: 'program' | 'kegiatan' | 'subkegiatan' | 'uraian') => {
        if (row[column] === null) {
          ctx.addIssue({ code: 'custom', path: [column], message: `wajib diisi untuk tingkat=${row.tingkat} (required for this tingkat)` });
        }
      };
      if (row.tingkat === 'program' || row.tingkat === 'kegiatan' || row.tingkat === 'subkegiatan') needs('program');
      if (row.tingkat === 'kegiatan') needs('kegiatan');
      // A subkegiatan without its kegiatan is a finding, not an error: reports do print such lines (see findings.ts).
      if (row.tingkat === 'subkegiatan') needs('subkegiatan');
      if (row.tingkat === 'total' || row.tingkat === 'jenis_belanja' || row.tingkat === 'sasaran') needs('uraian');
      for (const column of ['pagu', 'realisasi'] as const) {
        const value = row[column];
        if (value !== null && value < 0) {
          ctx.addIssue({ code: 'custom', path: [column], message: 'tidak boleh negatif (negative amount)' });
        }
      }
    });
export type AnggaranRow = z.output<ReturnType<typeof anggaranRow>>;

const SKALA_PREDIKAT_CONTOH = 'mis. >90 Sangat Baik|>75 Baik|>65 Cukup|>50 Kurang|Sangat Kurang';
const BAND_PATTERN = /^(>=|≥|>)\s*(\S*)\s*(.*)$/;

/**
 * `skala_predikat` of sumber.csv (format version 2, optional): the rating scale the report prints, best first,
 * `|` between predikat. Each predikat but the last starts with its lower bound on capaian (percent): `>90` (above
 * 90) or `>=100` (100 or more); the last one has no bound and takes the rest. Bounds must fall from one predikat to
 * the next (an equal bound only as `>100 …|>=100 …`). Returns the scale best first, or the first problem in words.
 */
export function parseSkalaPredikat(raw: string): CellResult<SkalaPredikat> {
  const parts = raw.split('|').map((part) => part.trim());
  if (parts.length < 2) return { ok: false, reason: `harus berisi dua predikat atau lebih dipisah |, ${SKALA_PREDIKAT_CONTOH} (too few bands)` };
  if (parts.some((part) => part === '')) return { ok: false, reason: 'berisi predikat kosong di antara | (empty band)' };
  const skala: SkalaPredikat[number][] = [];
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    const match = BAND_PATTERN.exec(part);
    if (!match) {
      if (!last) return { ok: false, reason: `predikat "${part}" tanpa batas bawah: setiap predikat kecuali yang terakhir diawali >angka atau >=angka, ${SKALA_PREDIKAT_CONTOH} (band without lower bound)` };
      skala.push({ label: part, batas: null, termasuk_batas: false });
      continue;
    }
    const [, operator, bound, label] = match;
    if (last) return { ok: false, reason: `predikat terakhir "${part}" harus tanpa batas: ia berlaku untuk sisa capaian, mis. Sangat Kurang (last band must have no bound)` };
    if (!/^-?\d+([.,]\d+)?$/.test(bound!)) return { ok: false, reason: `batas "${bound}" di predikat "${part}" bukan angka (bound is not a number)` };
    if (label === '') return { ok: false, reason: `predikat "${part}" tanpa nama sesudah batasnya (band without label)` };
    const batas = Number(bound!.replace(',', '.'));
    const termasuk = operator !== '>';
    const previous = skala.at(-1);
    if (previous && (batas > previous.batas! || (batas === previous.batas && (previous.termasuk_batas || !termasuk)))) {
      return { ok: false, reason: `batas harus turun dari predikat terbaik ke terburuk: "${part}" sesudah batas ${previous.termasuk_batas ? '>=' : '>'}${previous.batas} (bounds not descending)` };
    }
    skala.push({ label: label!, batas, termasuk_batas: termasuk });
  }
  const labels = skala.map((band) => band.label);
  const twice = labels.find((label, index) => labels.indexOf(label) !== index);
  if (twice !== undefined) return { ok: false, reason: `berisi predikat "${twice}" dua kali (duplicate label)` };
  return { ok: true, value: skala };
}

/** A scale in the syntax of parseSkalaPredikat, canonical (`.` decimal point, `>=` for ≥): what the downloads write. */
export function formatSkalaPredikat(skala: SkalaPredikat): string {
  return skala.map((band) => (band.batas === null ? band.label : `${band.termasuk_batas ? '>=' : '>'}${band.batas} ${band.label}`)).join('|');
}

const optionalSkalaPredikat = () =>
  fromCell<SkalaPredikat | null>((raw) => (raw.trim() === '' ? { ok: true, value: null } : parseSkalaPredikat(raw)))
    .optional()
    .transform((value) => value ?? null);

export const SumberRow = z.object({
  kode_sumber: text(),
  kode_pd: text(),
  tahun_laporan: year(),
  jenis: oneOf(JENIS_LAPORAN),
  judul: text(),
  diterbitkan: optionalText(),
  tautan: optionalUrl(),
  /** Format version 2, optional: the report's own rating scale (parseSkalaPredikat). */
  skala_predikat: optionalSkalaPredikat(),
});
export type SumberRow = z.output<typeof SumberRow>;

/** The columns of temuan.csv that name a budget line: anggaran_tingkat, then the names of anggaran.csv that pick one line. */
export const ANGGARAN_REF = ['kode', 'program', 'kegiatan', 'subkegiatan', 'uraian'] as const;

/**
 * temuan.csv (format version 2, optional): an inconsistency of the report that the site cannot compute (narrative
 * against table, a table titled with another year, a total that leaves out a line), recorded by whoever transcribed
 * it, about one indicator (kode_indikator, tahun), one budget line (anggaran_tingkat + names, tahun), or the report.
 */
export const TemuanRow = z
  .object({
    kode_pd: text(),
    tahun: optionalYear(),
    kode_indikator: optionalText(),
    anggaran_tingkat: optionalOneOf(TINGKAT_ANGGARAN),
    anggaran_kode: optionalText(),
    anggaran_program: optionalText(),
    anggaran_kegiatan: optionalText(),
    anggaran_subkegiatan: optionalText(),
    anggaran_uraian: optionalText(),
    uraian: text(),
    nilai_laporan_a: optionalText(),
    nilai_laporan_b: optionalText(),
    sumber: text(),
    catatan: optionalText(),
  })
  .superRefine((row, ctx) => {
    const named = ANGGARAN_REF.filter((field) => row[`anggaran_${field}`] !== null);
    if (row.anggaran_tingkat === null && named.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['anggaran_tingkat'], message: `wajib diisi bila kolom anggaran_${named[0]} diisi: tingkat baris anggaran yang dimaksud (required with a budget reference)` });
    }
    if (row.anggaran_tingkat !== null && row.kode_indikator !== null) {
      ctx.addIssue({ code: 'custom', path: ['anggaran_tingkat'], message: 'isi kode_indikator atau anggaran_tingkat, bukan keduanya: satu temuan menunjuk satu angka (one reference per row)' });
    }
    if (row.anggaran_tingkat !== null && row.tahun === null) {
      ctx.addIssue({ code: 'custom', path: ['tahun'], message: 'wajib diisi bila temuan menunjuk baris anggaran (required with a budget reference)' });
    }
    if (row.nilai_laporan_a === null && row.nilai_laporan_b !== null) {
      ctx.addIssue({ code: 'custom', path: ['nilai_laporan_a'], message: 'wajib diisi bila nilai_laporan_b diisi (required with nilai_laporan_b)' });
    }
  });
export type TemuanRow = z.output<typeof TemuanRow>;

/**
 * A row schema built once per dialect and compiled with z.compile: valid rows take the compiled fast
 * path, invalid rows fall back to the regular parser, so issues (and error messages) are unchanged.
 * Building it per file instead cost more than parsing the rows of a small file.
 */
function compiledPerDialect<S extends z.ZodType>(make: (dialect: Dialect) => S): (dialect: Dialect) => S {
  const cache = new Map<Dialect, S>();
  return (dialect) => {
    let schema = cache.get(dialect);
    if (!schema) {
      schema = z.compile(make(dialect));
      cache.set(dialect, schema);
    }
    return schema;
  };
}

/** The files of a dataset, in the order they are read (references point to earlier files). temuan.csv is optional (OPTIONAL_KINDS). */
export const FILES = {
  perangkat_daerah: { file: 'perangkat_daerah.csv', schema: compiledPerDialect(() => PerangkatDaerahRow) },
  sumber: { file: 'sumber.csv', schema: compiledPerDialect(() => SumberRow) },
  indikator: { file: 'indikator.csv', schema: compiledPerDialect(() => IndikatorRow) },
  kinerja: { file: 'kinerja.csv', schema: compiledPerDialect(kinerjaRow) },
  anggaran: { file: 'anggaran.csv', schema: compiledPerDialect(anggaranRow) },
  temuan: { file: 'temuan.csv', schema: compiledPerDialect(() => TemuanRow) },
} as const;
export type FileKind = keyof typeof FILES;
/** Files that a dataset may leave out (format version 2): a version-1 dataset has none of them and builds unchanged. */
export const OPTIONAL_KINDS: ReadonlySet<FileKind> = new Set(['temuan']);
