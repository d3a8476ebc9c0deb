/**
 * Checks that need more than one row: unique keys, references between files, and the values of
 * kinerja.csv that are numbers or scale labels depending on their indicator. Groups rows by agency.
 */
import { isBlank, parseNumber, quoteCell } from './cells.ts';
import type { Nilai } from './derive.ts';
import type { ErrorList } from './errors.ts';
import { cellMessage, type Parsed, type RowOrigin } from './parseRows.ts';
import { ANGGARAN_REF, type AnggaranRow, type FileKind, type IndikatorRow, type KinerjaRow, type PerangkatDaerahRow, type SumberRow, type TemuanRow } from './schema.ts';

export interface ParsedTables {
  perangkat_daerah: Parsed<PerangkatDaerahRow>[];
  sumber: Parsed<SumberRow>[];
  indikator: Parsed<IndikatorRow>[];
  kinerja: Parsed<KinerjaRow>[];
  anggaran: Parsed<AnggaranRow>[];
  temuan: Parsed<TemuanRow>[];
}

export type KinerjaValues = { target: Nilai | null; realisasi: Nilai | null; target_renstra: Nilai | null };
export type CheckedKinerja = Omit<Parsed<KinerjaRow>, keyof KinerjaValues> & KinerjaValues & { kode_sumber: string };
export type CheckedAnggaran = Parsed<AnggaranRow> & { kode_sumber: string };
/** A recorded inconsistency, with the budget line it names (if any) resolved. */
export type CheckedTemuan = Parsed<TemuanRow> & { kode_sumber: string; anggaran: CheckedAnggaran | null };

/** Every row of one agency, checked. */
export interface AgencyRows {
  pd: Parsed<PerangkatDaerahRow>;
  sources: Parsed<SumberRow>[];
  indicators: Parsed<IndikatorRow>[];
  kinerja: CheckedKinerja[];
  anggaran: CheckedAnggaran[];
  temuan: CheckedTemuan[];
}

const at = (origin: RowOrigin, column: string): [string, number, number] => [origin.file, origin.line, origin.columns[column] ?? 0];
const where = (origin: RowOrigin) => `${origin.file}:${origin.line}`;

/** Keeps the first row of each key; every later one is an error that points back at the first. */
function uniqueBy<T extends { origin: RowOrigin }>(rows: T[], key: (row: T) => string, column: string, label: (row: T) => string, errors: ErrorList): Map<string, T> {
  const seen = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const first = seen.get(k);
    if (first) errors.add(...at(row.origin, column), `${label(row)} sudah ada di ${where(first.origin)} (duplicate key)`);
    else seen.set(k, row);
  }
  return seen;
}

/**
 * `incomplete` names the files that already have errors (missing, unreadable, rows rejected): a reference
 * into such a file may point at a rejected row, so "unknown reference" is not reported against it, only its cause.
 */
export function validateDataset(tables: ParsedTables, errors: ErrorList, incomplete: ReadonlySet<FileKind> = new Set()): Map<string, AgencyRows> {
  const agencies = new Map<string, AgencyRows>();
  const pds = uniqueBy(tables.perangkat_daerah, (row) => row.kode_pd, 'kode_pd', (row) => `kode_pd "${row.kode_pd}"`, errors);
  for (const [kode, pd] of pds) agencies.set(kode, { pd, sources: [], indicators: [], kinerja: [], anggaran: [], temuan: [] });

  const agencyOf = (row: { kode_pd: string; origin: RowOrigin }): AgencyRows | undefined => {
    const agency = agencies.get(row.kode_pd);
    if (!agency && !incomplete.has('perangkat_daerah')) errors.add(...at(row.origin, 'kode_pd'), `kode_pd ${quoteCell(row.kode_pd)} tidak ada di perangkat_daerah.csv (unknown kode_pd)`);
    return agency;
  };

  const sources = uniqueBy(tables.sumber, (row) => row.kode_sumber, 'kode_sumber', (row) => `kode_sumber "${row.kode_sumber}"`, errors);
  for (const source of sources.values()) agencyOf(source)?.sources.push(source);

  const indicators = uniqueBy(
    tables.indikator,
    (row) => `${row.kode_pd}\u0000${row.kode_indikator}`,
    'kode_indikator',
    (row) => `kode_indikator "${row.kode_indikator}" untuk ${row.kode_pd}`,
    errors,
  );
  for (const indicator of indicators.values()) agencyOf(indicator)?.indicators.push(indicator);
  checkIndicatorParents(indicators, errors, !incomplete.has('indikator'));

  /** `sumber` is a kode_sumber of the same agency, then the place in it: `lkjip-mojokerto-2023 Tabel 3.1`. */
  const sourceCode = (row: { sumber: string; kode_pd: string; origin: RowOrigin }): string | null => {
    // The text before the first whitespace (`sumber` is trimmed): as split(/\s+/)[0], without splitting the whole cell.
    const space = row.sumber.search(/\s/);
    const code = space < 0 ? row.sumber : row.sumber.slice(0, space);
    const source = sources.get(code);
    if (!source) {
      if (!incomplete.has('sumber')) errors.add(...at(row.origin, 'sumber'), `sumber harus diawali kode_sumber dari sumber.csv; ${quoteCell(code)} tidak dikenal (unknown kode_sumber)`);
      return null;
    }
    if (source.kode_pd !== row.kode_pd) {
      errors.add(...at(row.origin, 'sumber'), `kode_sumber "${code}" milik ${source.kode_pd}, bukan ${row.kode_pd} (source of another agency)`);
      return null;
    }
    return code;
  };

  const kinerja = uniqueBy(
    tables.kinerja,
    (row) => `${row.kode_pd}\u0000${row.kode_indikator}\u0000${row.tahun}`,
    'tahun',
    (row) => `indikator "${row.kode_indikator}" tahun ${row.tahun} untuk ${row.kode_pd}`,
    errors,
  );
  for (const row of kinerja.values()) {
    const agency = agencyOf(row);
    if (!agency) continue;
    const indicator = indicators.get(`${row.kode_pd}\u0000${row.kode_indikator}`);
    if (!indicator) {
      if (!incomplete.has('indikator')) errors.add(...at(row.origin, 'kode_indikator'), `kode_indikator ${quoteCell(row.kode_indikator)} tidak ada di indikator.csv untuk ${row.kode_pd} (unknown kode_indikator)`);
      continue;
    }
    const values = kinerjaValues(row, indicator, errors);
    const code = sourceCode(row);
    // In place rather than a copy of every row: the parsed row is not used again. Same keys, same order.
    if (values && code) agency.kinerja.push(Object.assign(row, values, { kode_sumber: code }) as unknown as CheckedKinerja);
  }

  const anggaran = uniqueBy(
    tables.anggaran,
    // As [...].join('\u0000') (null joins as ''), without an array per row.
    (row) => `${row.kode_pd}\u0000${row.tahun}\u0000${row.tingkat}\u0000${row.kode ?? ''}\u0000${row.program ?? ''}\u0000${row.kegiatan ?? ''}\u0000${row.subkegiatan ?? ''}\u0000${row.uraian ?? ''}`,
    'tingkat',
    (row) => `baris anggaran ${row.tingkat} ${quoteCell(row.subkegiatan ?? row.kegiatan ?? row.program ?? row.uraian ?? '')} tahun ${row.tahun}`,
    errors,
  );
  const totals = new Map<string, Parsed<AnggaranRow>>();
  for (const row of anggaran.values()) {
    const agency = agencyOf(row);
    if (!agency) continue;
    let ok = true;
    if (row.tingkat === 'total') {
      const key = `${row.kode_pd}\u0000${row.tahun}`;
      const first = totals.get(key);
      if (first) {
        errors.add(...at(row.origin, 'tingkat'), `baris total kedua untuk tahun ${row.tahun}; yang pertama di ${where(first.origin)} (at most one total per year)`);
        ok = false;
      } else totals.set(key, row);
    }
    if (row.kode_indikator !== null && !indicators.has(`${row.kode_pd}\u0000${row.kode_indikator}`)) {
      if (!incomplete.has('indikator')) errors.add(...at(row.origin, 'kode_indikator'), `kode_indikator ${quoteCell(row.kode_indikator)} tidak ada di indikator.csv untuk ${row.kode_pd} (unknown kode_indikator)`);
      ok = false;
    }
    const code = sourceCode(row);
    if (ok && code) agency.anggaran.push(Object.assign(row, { kode_sumber: code }));
  }

  // temuan.csv: each row names an indicator of its agency, or exactly one budget line of its agency and year.
  const linesByYear = new Map<string, CheckedAnggaran[]>();
  if (tables.temuan.length > 0) for (const agency of agencies.values()) {
    for (const line of agency.anggaran) {
      const key = `${agency.pd.kode_pd}\u0000${line.tahun}\u0000${line.tingkat}`;
      const list = linesByYear.get(key);
      if (list) list.push(line);
      else linesByYear.set(key, [line]);
    }
  }
  for (const row of tables.temuan) {
    const agency = agencyOf(row);
    if (!agency) continue;
    let ok = true;
    let line: CheckedAnggaran | null = null;
    if (row.kode_indikator !== null && !indicators.has(`${row.kode_pd}\u0000${row.kode_indikator}`)) {
      if (!incomplete.has('indikator')) errors.add(...at(row.origin, 'kode_indikator'), `kode_indikator ${quoteCell(row.kode_indikator)} tidak ada di indikator.csv untuk ${row.kode_pd} (unknown kode_indikator)`);
      ok = false;
    }
    if (row.anggaran_tingkat !== null && row.tahun !== null) {
      const named = ANGGARAN_REF.filter((field) => row[`anggaran_${field}`] !== null);
      const candidates = (linesByYear.get(`${row.kode_pd}\u0000${row.tahun}\u0000${row.anggaran_tingkat}`) ?? []).filter((candidate) =>
        named.every((field) => candidate[field] === row[`anggaran_${field}`]),
      );
      const described = `baris anggaran ${row.anggaran_tingkat} tahun ${row.tahun}${named.map((field) => ` ${field} ${quoteCell(row[`anggaran_${field}`]!)}`).join(',')}`;
      if (candidates.length === 1) line = candidates[0]!;
      else {
        ok = false;
        if (candidates.length === 0 && !incomplete.has('anggaran')) {
          errors.add(...at(row.origin, 'anggaran_tingkat'), `${described} tidak ada di anggaran.csv untuk ${row.kode_pd} (unknown budget line)`);
        } else if (candidates.length > 1) {
          errors.add(
            ...at(row.origin, 'anggaran_tingkat'),
            `${described} cocok dengan ${candidates.length} baris (${candidates.map((candidate) => where(candidate.origin)).join(', ')}); isi kolom anggaran_program, anggaran_kegiatan, anggaran_subkegiatan, anggaran_uraian atau anggaran_kode sampai tinggal satu (ambiguous budget line)`,
          );
        }
      }
    }
    const code = sourceCode(row);
    if (ok && code) agency.temuan.push(Object.assign(row, { kode_sumber: code, anggaran: line }));
  }
  return agencies;
}

/** `induk` must name an indicator of the same agency, and following it must never loop. */
function checkIndicatorParents(indicators: Map<string, Parsed<IndikatorRow>>, errors: ErrorList, reportUnknown: boolean): void {
  for (const indicator of indicators.values()) {
    if (indicator.induk === null) continue;
    if (!indicators.has(`${indicator.kode_pd}\u0000${indicator.induk}`)) {
      if (reportUnknown) errors.add(...at(indicator.origin, 'induk'), `induk ${quoteCell(indicator.induk)} tidak ada di indikator.csv untuk ${indicator.kode_pd} (unknown induk)`);
      continue;
    }
    const path = new Set([indicator.kode_indikator]);
    const parentOf = (row: Parsed<IndikatorRow>) => (row.induk === null ? undefined : indicators.get(`${row.kode_pd}\u0000${row.induk}`));
    for (let parent = parentOf(indicator); parent; parent = parentOf(parent)) {
      if (path.has(parent.kode_indikator)) {
        // Reported on the indicators that form the loop; one below it only leads into it.
        if (parent === indicator) errors.add(...at(indicator.origin, 'induk'), `induk membentuk lingkaran: ${[...path, parent.kode_indikator].join(' → ')} (cyclic induk)`);
        break;
      }
      path.add(parent.kode_indikator);
    }
  }
}

/** A kategori indicator takes labels of its scale; every other indicator takes numbers in the file's dialect. */
function kinerjaValues(row: Parsed<KinerjaRow>, indicator: Parsed<IndikatorRow>, errors: ErrorList): KinerjaValues | null {
  const values: KinerjaValues = { target: null, realisasi: null, target_renstra: null };
  let ok = true;
  for (const column of ['target', 'realisasi', 'target_renstra'] as const) {
    const raw = row[column];
    if (raw === null || isBlank(raw)) continue;
    if (indicator.arah === 'kategori') {
      if (indicator.skala!.includes(raw)) values[column] = raw;
      else {
        errors.add(...at(row.origin, column), cellMessage(column, raw, `bukan label skala ${indicator.kode_indikator} (${indicator.skala!.join('|')}) (not on the scale)`));
        ok = false;
      }
      continue;
    }
    const number = parseNumber(raw, row.origin.dialect);
    if (number.ok) values[column] = number.value;
    else {
      errors.add(...at(row.origin, column), cellMessage(column, raw, number.reason));
      ok = false;
    }
  }
  return ok ? values : null;
}
