import type { z } from 'zod';
import { quoteCell, type Dialect } from './cells.ts';
import type { CsvTable } from './csv.ts';
import type { ErrorList } from './errors.ts';
import { REQUIRED_EMPTY } from './schema.ts';

/** Where a row came from, kept with it so later checks can point at the exact cell. */
export interface RowOrigin {
  /** For error messages: the path as the user gave it. */
  file: string;
  /** For the published JSON: the path inside the dataset folder. */
  datasetFile: string;
  line: number;
  dialect: Dialect;
  /** 1-based column of each known column name in this file. */
  columns: Readonly<Record<string, number>>;
}

/** A validated row: the schema's output, its origin, and the columns the format does not define (kept, not used). */
export type Parsed<T> = T & { origin: RowOrigin; extra: Record<string, string> };

type ObjectSchema = z.ZodType<object, Record<string, string | undefined>> & { shape: Record<string, z.ZodType> };

/**
 * Validates every record of a table with one schema. Reports missing required columns and
 * duplicated headers once, and each bad cell with its line and column. Returns the rows that passed.
 */
export function parseRows<S extends ObjectSchema>(table: CsvTable, schema: S, errors: ErrorList): Parsed<z.output<S>>[] {
  const known = Object.keys(schema.shape);
  const columns: Record<string, number> = {};
  let headerOk = true;
  table.header.forEach((name, index) => {
    if (name === '') {
      errors.add(table.file, 1, index + 1, 'kolom tanpa nama di baris judul (empty column name)');
      headerOk = false;
    } else if (name in columns) {
      errors.add(table.file, 1, index + 1, `kolom "${name}" muncul dua kali di baris judul (duplicated header; juga kolom ${columns[name]})`);
      headerOk = false;
    } else {
      columns[name] = index + 1;
    }
  });
  for (const name of known) {
    if (!(name in columns) && !schema.shape[name]!.safeParse(undefined).success) {
      errors.add(table.file, 1, 0, `kolom wajib "${name}" tidak ada di baris judul (missing required column)`);
      headerOk = false;
    }
  }
  if (!headerOk) return [];

  const extraColumns = table.header.filter((name) => !known.includes(name));
  const rows: Parsed<z.output<S>>[] = [];
  for (const record of table.records) {
    const input: Record<string, string | undefined> = {};
    for (const name of known) {
      const column = columns[name];
      input[name] = column === undefined ? undefined : record.cells[column - 1];
    }
    const result = schema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const name = String(issue.path[0] ?? '');
        const column = columns[name] ?? 0;
        const raw = input[name] ?? '';
        errors.add(table.file, record.line, column, cellMessage(name, raw, issue.message));
      }
      continue;
    }
    const extra: Record<string, string> = {};
    for (const name of extraColumns) {
      const value = record.cells[columns[name]! - 1]!.trim();
      if (value !== '') extra[name] = value;
    }
    // The parsed object is our own fresh copy: extend it in place rather than copy every row again.
    const row = result.data as Parsed<z.output<S>>;
    row.origin = { file: table.file, datasetFile: table.datasetFile ?? table.file, line: record.line, dialect: table.dialect, columns };
    row.extra = extra;
    rows.push(row);
  }
  return rows;
}

export function cellMessage(column: string, raw: string, reason: string): string {
  if (reason === REQUIRED_EMPTY || raw.trim() === '') return `kolom ${column} ${reason}`;
  // The colon keeps reasons that name their subject readable: `di kolom tahun: tahun di luar rentang …`.
  return `nilai ${quoteCell(raw)} di kolom ${column}: ${reason}`;
}
