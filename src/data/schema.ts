/**
 * One zod schema per input file of data-format.md. Input is a record of raw strings keyed by
 * column name (a missing optional column is `undefined`); output is typed. Types come from here.
 *
 * Beside each schema, a row reader (CellReader) builds the same output for a row that passes, without zod: zod
 * costs more than everything else the data step does per row. A row the reader does not accept goes through the
 * schema, which decides and words every error; so the readers only ever need to agree with the schemas on rows
 * that pass (test/data/rowReaders.test.ts).
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
/** A year or blank (null). */
const parseOptionalYear = (raw: string): CellResult<number | null> => (raw.trim() === '' ? { ok: true, value: null } : parseYear(raw));
const optionalYear = () =>
  fromCell(parseOptionalYear)
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

const KODE_PD_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const PerangkatDaerahRow = z.object({
  kode_pd: text().regex(KODE_PD_SLUG, 'harus slug kebab-case huruf kecil, mis. dinsos-mukomuko (not a kebab-case slug)'),
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
  .superRefine((row, ctx) => checkIndikator(row, ctx));
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
    .superRefine((row, ctx) => checkAnggaran(row, ctx));
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

/** A rating scale or blank (null). */
const parseOptionalSkalaPredikat = (raw: string): CellResult<SkalaPredikat | null> => (raw.trim() === '' ? { ok: true, value: null } : parseSkalaPredikat(raw));
const optionalSkalaPredikat = () =>
  fromCell(parseOptionalSkalaPredikat)
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
  .superRefine((row, ctx) => checkTemuan(row, ctx));
export type TemuanRow = z.output<typeof TemuanRow>;

/** The checks of an indikator.csv row that span its cells. */
function checkIndikator(row: IndikatorRow, ctx: IssueSink): void {
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
}

type BudgetLineCells = Record<'program' | 'kegiatan' | 'subkegiatan' | 'uraian', string | null> & { tingkat: TingkatAnggaran; pagu: number | null; realisasi: number | null };

/** The checks of an anggaran.csv row that span its cells (its columns typed here: AnggaranRow is the schema's own type). zod runs them on rows with bad cells too. */
function checkAnggaran(row: BudgetLineCells, ctx: IssueSink): void {
  const { tingkat } = row;
  if (tingkat === 'program' || tingkat === 'kegiatan' || tingkat === 'subkegiatan') requireName(row, 'program', ctx);
  if (tingkat === 'kegiatan') requireName(row, 'kegiatan', ctx);
  // A subkegiatan without its kegiatan is a finding, not an error: reports do print such lines (see findings.ts).
  if (tingkat === 'subkegiatan') requireName(row, 'subkegiatan', ctx);
  if (tingkat === 'total' || tingkat === 'jenis_belanja' || tingkat === 'sasaran') requireName(row, 'uraian', ctx);
  for (const column of ['pagu', 'realisasi'] as const) {
    const value = row[column];
    if (value !== null && value < 0) {
      ctx.addIssue({ code: 'custom', path: [column], message: 'tidak boleh negatif (negative amount)' });
    }
  }
}

function requireName(row: BudgetLineCells, column: 'program' | 'kegiatan' | 'subkegiatan' | 'uraian', ctx: IssueSink): void {
  if (row[column] === null) {
    ctx.addIssue({ code: 'custom', path: [column], message: `wajib diisi untuk tingkat=${row.tingkat} (required for this tingkat)` });
  }
}

/** The checks of a temuan.csv row that span its cells. */
function checkTemuan(row: TemuanRow, ctx: IssueSink): void {
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
}

/** What the checks above need of zod's refinement context; a CellReader is one too, to learn that a check failed. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; path: string[]; message: string }): void;
}

// ---- Row readers: the schemas above without zod, for the rows that pass ------------------------------------

/** Where each column of a row type is in the file's cells (0-based), or -1 for an optional column the file does not have. */
export type ColumnIndex<Row> = { readonly [K in keyof Row]: number };

/**
 * Reads the cells of one row exactly as the schemas' columns do, for cells those columns accept. A cell they might
 * refuse (or that this reader is unsure of) clears `accepted` and yields a placeholder: the row then goes to its
 * schema, which reports it. One per file, reused for every row.
 */
export class CellReader implements IssueSink {
  accepted = true;
  private cells: readonly string[] = [];
  readonly dialect: Dialect;

  // No parameter property: the figures step's workers run TypeScript with types stripped, which has none.
  constructor(dialect: Dialect) {
    this.dialect = dialect;
  }

  start(cells: readonly string[]): void {
    this.cells = cells;
    this.accepted = true;
  }

  /** A superRefine check adds an issue: the row is not accepted here. */
  addIssue(): void {
    this.accepted = false;
  }

  private raw(column: number): string | undefined {
    return column < 0 ? undefined : this.cells[column];
  }

  private refuse<T>(placeholder: T): T {
    this.accepted = false;
    return placeholder;
  }

  /** text() */
  text(column: number): string {
    const value = this.raw(column)?.trim();
    return value ? value : this.refuse('');
  }

  /** PerangkatDaerahRow.kode_pd: text() with the slug pattern. */
  slug(column: number): string {
    const value = this.text(column);
    return KODE_PD_SLUG.test(value) ? value : this.refuse('');
  }

  /** optionalText() */
  optionalText(column: number): string | null {
    const raw = this.raw(column);
    if (raw === undefined) return null;
    const value = raw.trim();
    return value === '' ? null : value;
  }

  /** oneOf(values), given lowerCaseMap(values). */
  oneOf<T extends string>(column: number, byLower: ReadonlyMap<string, T>): T {
    return byLower.get(this.text(column).toLowerCase()) ?? this.refuse('' as T);
  }

  /** optionalOneOf(values), given lowerCaseMap(values). */
  optionalOneOf<T extends string>(column: number, byLower: ReadonlyMap<string, T>): T | null {
    const value = this.optionalText(column);
    return value === null ? null : (byLower.get(value.toLowerCase()) ?? this.refuse(null));
  }

  /** IndikatorRow.jenis_indikator */
  jenisIndikator(column: number): (typeof JENIS_INDIKATOR)[number] | null {
    const value = this.optionalText(column);
    if (value === null) return null;
    const lower = value.toLowerCase();
    return Object.hasOwn(JENIS_INDIKATOR_ALIAS, lower) ? JENIS_INDIKATOR_ALIAS[lower]! : this.refuse(null);
  }

  /** IndikatorRow.skala */
  skala(column: number): string[] | null {
    const value = this.optionalText(column);
    return value === null ? null : value.split('|').map((label) => label.trim());
  }

  /** year() */
  year(column: number): number {
    return this.fromCell(this.text(column), parseYear) ?? this.refuse(0);
  }

  /** optionalNumber(dialect) */
  number(column: number): number | null {
    const raw = this.raw(column);
    if (raw === undefined) return null;
    const result = parseNumber(raw, this.dialect);
    return result.ok ? result.value : this.refuse(null);
  }

  /** optionalYear(), optionalUrl(), optionalSkalaPredikat(): fromCell(parse).optional(), absent or blank as null. */
  optional<T>(column: number, parse: (raw: string) => CellResult<T | null>): T | null {
    const raw = this.raw(column);
    return raw === undefined ? null : this.fromCell(raw, parse);
  }

  private fromCell<T>(raw: string, parse: (raw: string) => CellResult<T>): T | null {
    if (!this.accepted) return null;
    const result = parse(raw);
    return result.ok ? result.value : this.refuse(null);
  }
}

const lowerCaseMap = <T extends string>(values: readonly T[]): ReadonlyMap<string, T> => new Map(values.map((value) => [value.toLowerCase(), value]));
const TINGKAT_INDIKATOR_LOWER = lowerCaseMap(TINGKAT_INDIKATOR);
const TINGKAT_ANGGARAN_LOWER = lowerCaseMap(TINGKAT_ANGGARAN);
const ARAH_LOWER = lowerCaseMap(ARAH);
const JENIS_LAPORAN_LOWER = lowerCaseMap(JENIS_LAPORAN);
const YA_TIDAK_LOWER = lowerCaseMap(['ya', 'tidak']);

/** A row as its schema would output it, read without zod; `accepted` on the reader says whether it may be used. */
type RowReader<Row> = (cells: CellReader, at: ColumnIndex<Row>) => Row;

const readPerangkatDaerah: RowReader<PerangkatDaerahRow> = (c, at) => ({
  kode_pd: c.slug(at.kode_pd),
  nama_pd: c.text(at.nama_pd),
  pemerintah_daerah: c.text(at.pemerintah_daerah),
  kode_wilayah: c.text(at.kode_wilayah),
  nama_wilayah: c.text(at.nama_wilayah),
  provinsi: c.text(at.provinsi),
  urusan: c.text(at.urusan),
  alamat: c.optionalText(at.alamat),
  situs: c.optional(at.situs, parseWebUrl),
});

const readSumber: RowReader<SumberRow> = (c, at) => ({
  kode_sumber: c.text(at.kode_sumber),
  kode_pd: c.text(at.kode_pd),
  tahun_laporan: c.year(at.tahun_laporan),
  jenis: c.oneOf(at.jenis, JENIS_LAPORAN_LOWER),
  judul: c.text(at.judul),
  diterbitkan: c.optionalText(at.diterbitkan),
  tautan: c.optional(at.tautan, parseWebUrl),
  skala_predikat: c.optional(at.skala_predikat, parseOptionalSkalaPredikat),
});

const readIndikator: RowReader<IndikatorRow> = (c, at) => {
  const row: IndikatorRow = {
    kode_pd: c.text(at.kode_pd),
    kode_indikator: c.text(at.kode_indikator),
    tingkat: c.oneOf(at.tingkat, TINGKAT_INDIKATOR_LOWER),
    induk: c.optionalText(at.induk),
    sasaran: c.text(at.sasaran),
    program: c.optionalText(at.program),
    indikator: c.text(at.indikator),
    satuan: c.text(at.satuan),
    arah: c.oneOf(at.arah, ARAH_LOWER),
    skala: c.skala(at.skala),
    iku: c.oneOf(at.iku, YA_TIDAK_LOWER) === 'ya',
    formula: c.optionalText(at.formula),
    sumber_data: c.optionalText(at.sumber_data),
    jenis_indikator: c.jenisIndikator(at.jenis_indikator),
  };
  if (c.accepted) checkIndikator(row, c);
  return row;
};

const readKinerja: RowReader<KinerjaRow> = (c, at) => ({
  kode_pd: c.text(at.kode_pd),
  kode_indikator: c.text(at.kode_indikator),
  tahun: c.year(at.tahun),
  target: c.optionalText(at.target),
  realisasi: c.optionalText(at.realisasi),
  capaian_dilaporkan: c.number(at.capaian_dilaporkan),
  target_renstra: c.optionalText(at.target_renstra),
  sumber: c.text(at.sumber),
  catatan: c.optionalText(at.catatan),
});

const readAnggaran: RowReader<AnggaranRow> = (c, at) => {
  const row: AnggaranRow = {
    kode_pd: c.text(at.kode_pd),
    tahun: c.year(at.tahun),
    tingkat: c.oneOf(at.tingkat, TINGKAT_ANGGARAN_LOWER),
    kode: c.optionalText(at.kode),
    program: c.optionalText(at.program),
    kegiatan: c.optionalText(at.kegiatan),
    subkegiatan: c.optionalText(at.subkegiatan),
    uraian: c.optionalText(at.uraian),
    induk: c.optionalText(at.induk),
    kode_indikator: c.optionalText(at.kode_indikator),
    pagu: c.number(at.pagu),
    realisasi: c.number(at.realisasi),
    sumber: c.text(at.sumber),
    catatan: c.optionalText(at.catatan),
    serapan_dilaporkan: c.number(at.serapan_dilaporkan),
    sisa_dilaporkan: c.number(at.sisa_dilaporkan),
  };
  if (c.accepted) checkAnggaran(row, c);
  return row;
};

const readTemuan: RowReader<TemuanRow> = (c, at) => {
  const row: TemuanRow = {
    kode_pd: c.text(at.kode_pd),
    tahun: c.optional(at.tahun, parseOptionalYear),
    kode_indikator: c.optionalText(at.kode_indikator),
    anggaran_tingkat: c.optionalOneOf(at.anggaran_tingkat, TINGKAT_ANGGARAN_LOWER),
    anggaran_kode: c.optionalText(at.anggaran_kode),
    anggaran_program: c.optionalText(at.anggaran_program),
    anggaran_kegiatan: c.optionalText(at.anggaran_kegiatan),
    anggaran_subkegiatan: c.optionalText(at.anggaran_subkegiatan),
    anggaran_uraian: c.optionalText(at.anggaran_uraian),
    uraian: c.text(at.uraian),
    nilai_laporan_a: c.optionalText(at.nilai_laporan_a),
    nilai_laporan_b: c.optionalText(at.nilai_laporan_b),
    sumber: c.text(at.sumber),
    catatan: c.optionalText(at.catatan),
  };
  if (c.accepted) checkTemuan(row, c);
  return row;
};

/** One input file: its name, its schema per dialect (the reference, and the words of every error), and its row reader. */
export interface FileFormat<Row extends object> {
  file: string;
  schema: (dialect: Dialect) => z.ZodType<Row, Record<string, string | undefined>> & { shape: Record<string, z.ZodType> };
  read: RowReader<Row>;
}

/** A row schema built once per dialect: building it per file cost more than parsing the rows of a small file. */
function perDialect<S>(make: (dialect: Dialect) => S): (dialect: Dialect) => S {
  const cache = new Map<Dialect, S>();
  return (dialect) => {
    let schema = cache.get(dialect);
    if (!schema) {
      schema = make(dialect);
      cache.set(dialect, schema);
    }
    return schema;
  };
}

const fileFormat = <Row extends object>(file: string, schema: FileFormat<Row>['schema'], read: RowReader<Row>): FileFormat<Row> => ({ file, schema: perDialect(schema), read });

/** The files of a dataset, in the order they are read (references point to earlier files). temuan.csv is optional (OPTIONAL_KINDS). */
export const FILES = {
  perangkat_daerah: fileFormat('perangkat_daerah.csv', () => PerangkatDaerahRow, readPerangkatDaerah),
  sumber: fileFormat('sumber.csv', () => SumberRow, readSumber),
  indikator: fileFormat('indikator.csv', () => IndikatorRow, readIndikator),
  kinerja: fileFormat('kinerja.csv', kinerjaRow, readKinerja),
  anggaran: fileFormat('anggaran.csv', anggaranRow, readAnggaran),
  temuan: fileFormat('temuan.csv', () => TemuanRow, readTemuan),
} as const;
export type FileKind = keyof typeof FILES;
/** Files that a dataset may leave out (format version 2): a version-1 dataset has none of them and builds unchanged. */
export const OPTIONAL_KINDS: ReadonlySet<FileKind> = new Set(['temuan']);
