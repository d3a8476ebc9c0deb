import { quoteCell, type Dialect } from './cells.ts';
import type { CsvTable } from './csv.ts';
import type { ErrorList } from './errors.ts';
import { CellReader, REQUIRED_EMPTY, type ColumnIndex, type FileFormat } from './schema.ts';

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

/** The columns that a file may leave out (their schema takes undefined), per schema: asking zod for each file costs. */
const optionalColumns = new WeakMap<object, ReadonlySet<string>>();
function optionalColumnsOf(schema: { shape: Record<string, { safeParse(input: unknown): { success: boolean } }> }): ReadonlySet<string> {
  let names = optionalColumns.get(schema);
  if (!names) {
    names = new Set(Object.keys(schema.shape).filter((name) => schema.shape[name]!.safeParse(undefined).success));
    optionalColumns.set(schema, names);
  }
  return names;
}

/** A validated row's columns that the format does not define and that hold something; most rows share this empty one. */
const NO_EXTRA: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Validates every record of a table with its file's format. Reports missing required columns and
 * duplicated headers once, and each bad cell with its line and column. Returns the rows that passed.
 * A row that the format's row reader accepts is used as read; any other goes through the schema, which
 * accepts it or words its errors (schema.ts).
 */
export function parseRows<Row extends object>(table: CsvTable, format: FileFormat<Row>, errors: ErrorList): Parsed<Row>[] {
  const schema = format.schema(table.dialect);
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
  const optional = optionalColumnsOf(schema);
  for (const name of known) {
    if (!(name in columns) && !optional.has(name)) {
      errors.add(table.file, 1, 0, `kolom wajib "${name}" tidak ada di baris judul (missing required column)`);
      headerOk = false;
    }
  }
  if (!headerOk) return [];

  // Built in the schema's column order, so that every file of a kind gives the reader objects of one shape.
  const at = Object.fromEntries(known.map((name) => [name, (columns[name] ?? 0) - 1])) as ColumnIndex<Row>;
  const reader = new CellReader(table.dialect);
  const extraColumns = table.header.flatMap((name, index) => (known.includes(name) ? [] : [{ name, index }]));
  const datasetFile = table.datasetFile ?? table.file;
  const rows: Parsed<Row>[] = [];
  for (const record of table.records) {
    reader.start(record.cells);
    let row = format.read(reader, at) as Parsed<Row>;
    if (!reader.accepted) {
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
      row = result.data as Parsed<Row>;
    }
    let extra = NO_EXTRA;
    for (const { name, index } of extraColumns) {
      const value = record.cells[index]!.trim();
      if (value === '') continue;
      if (extra === NO_EXTRA) extra = {};
      extra[name] = value;
    }
    // The row is our own fresh object: extend it in place rather than copy every row again.
    row.origin = { file: table.file, datasetFile, line: record.line, dialect: table.dialect, columns };
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
