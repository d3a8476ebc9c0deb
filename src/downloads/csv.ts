/**
 * Tables → CSV text for downloads, written by Papa.unparse (never by hand). Two number formats:
 *
 * - `kanonik`: `,` delimiter, `.` decimal point, no thousands separator (`82.18`, `1704319000`); the format
 *   of docs/data-format.md, for programs and for spreadsheets set to English.
 * - `excel-id`: `;` delimiter, decimal comma, no thousands separator (`82,18`), CRLF: what a spreadsheet set
 *   to Indonesian opens with a double click, numbers as numbers.
 *
 * Both start with a byte-order mark so Excel reads UTF-8. Text cells that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'` (papaparse `escapeFormulae`); numeric cells
 * are never touched, so `-3.5` stays a negative number.
 */
import Papa from 'papaparse';

export type NumberFormat = 'kanonik' | 'excel-id';

export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

export const BOM = '\ufeff';

/**
 * Formula triggers, as papaparse's own default (`/^[=+\-@\t\r].*$/`), and text that already starts with `'`
 * before one: that gets a second `'`, so removing exactly one leading `'` always gives the original text back.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
/**
 * In the excel-id format numbers reach papaparse as text (`-3,5`). They are exactly what this function wrote
 * (`^-\d+(,\d+)?$`), so the pattern lets them through; every other text starting with a trigger is escaped.
 * A text cell that is itself exactly `-12` or `-3,5` also passes: a spreadsheet reads it as that number,
 * which is no formula.
 */
const FORMULA_EXCEPT_ID_NUMBER = /^(?!-\d+(?:,\d+)?$)'*[=+\-@\t\r]/;

export const FORMATS: Record<NumberFormat, { delimiter: string; newline: string; name: string; description: string; example: string }> = {
  kanonik: {
    delimiter: ',',
    newline: '\n',
    name: 'kanonik',
    description: 'pemisah kolom koma (,), titik desimal (.), tanpa pemisah ribuan',
    example: '82.18 dan 1704319000',
  },
  'excel-id': {
    delimiter: ';',
    newline: '\r\n',
    name: 'Excel Indonesia',
    description: 'pemisah kolom titik koma (;), koma desimal (,), tanpa pemisah ribuan',
    example: '82,18 dan 1704319000',
  },
};

/**
 * A number as plain digits, never in exponent notation (`1e21` → `1000000000000000000000`, `1e-7` → `0.0000001`),
 * so that the canonical parser reads it back. Non-finite numbers have no CSV form and become empty cells.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function cellFor(value: Cell, format: NumberFormat): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = plainNumber(value);
    // Kanonik keeps the JS number (papaparse does not escape numbers) unless its String() form would be an exponent.
    if (format === 'kanonik') return /e/i.test(String(value)) ? text : value;
    return text.replace('.', ',');
  }
  return value;
}

export interface CsvOptions {
  /** Column order; default: every key in the order it first appears in the rows. */
  columns?: readonly string[];
  format?: NumberFormat;
  /** Lines written before the header, each prefixed with `# `: title, source, number format. */
  preamble?: readonly string[];
  /** Default true: a byte-order mark first, so Excel reads UTF-8. */
  bom?: boolean;
  /** Default true: the header row. Off for rows appended to a file that has one. */
  header?: boolean;
}

export function columnsOf(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/** One line of the preamble: `# ` and the text on one line, without quotes that a parser could misread. */
export function preambleLine(text: string): string {
  return `# ${text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/"/g, '\u201d')
    .trim()}`;
}

export function toCsv(rows: readonly Row[], options: CsvOptions = {}): string {
  const format = options.format ?? 'kanonik';
  const { delimiter, newline } = FORMATS[format];
  const columns = options.columns ? [...options.columns] : columnsOf(rows);
  const data = rows.map((row) => columns.map((column) => cellFor(row[column], format)));
  const body = Papa.unparse(
    { fields: columns, data },
    {
      delimiter,
      newline,
      header: options.header ?? true,
      escapeFormulae: format === 'kanonik' ? FORMULA : FORMULA_EXCEPT_ID_NUMBER,
      // A first cell that starts with # would read as a preamble line: quote it.
      quotes: (value: unknown, column: number) => column === 0 && typeof value === 'string' && value.startsWith('#'),
    },
  );
  const preamble = (options.preamble ?? []).map((line) => `${preambleLine(line)}${newline}`).join('');
  if (body === '') return `${options.bom === false ? '' : BOM}${preamble}`;
  // Papa ends a header without rows with a line break already: one line break ends the file either way.
  return `${options.bom === false ? '' : BOM}${preamble}${body}${body.endsWith(newline) ? '' : newline}`;
}

/** Reads a CSV written by toCsv back into rows of strings (BOM and preamble skipped), for tests and checks. */
export function readCsv(text: string, format: NumberFormat = 'kanonik'): { columns: string[]; rows: Record<string, string>[] } {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter: FORMATS[format].delimiter,
    comments: '#',
    skipEmptyLines: true,
  });
  if (result.errors.length > 0) throw new Error(`CSV tidak terbaca: ${result.errors.map((error) => error.message).join('; ')}`);
  return { columns: result.meta.fields ?? [], rows: result.data };
}

/** A cell of a CSV written by toCsv back to its value: `''` → null, numbers per format, one `'` before a formula trigger removed. */
export function cellValue(raw: string, format: NumberFormat = 'kanonik'): string | number | null {
  if (raw === '') return null;
  const number = format === 'kanonik' ? /^-?\d+(\.\d+)?$/ : /^-?\d+(,\d+)?$/;
  if (number.test(raw)) return Number(raw.replace(',', '.'));
  if (/^'+[=+\-@\t\r]/.test(raw)) return raw.slice(1);
  return raw;
}

/** A number as either dialect of the input format writes it (`-3`, `-12.5`, `-1.704.319.000,00`): never a formula. */
const FORMULA_EXCEPT_NUMBER = /^(?!-?\d[\d.,]*\s*%?$)'*[=+\-@\t\r]/;

/**
 * A dataset CSV as published under /data/: the same rows, lines and delimiter, with text cells that a
 * spreadsheet would run as a formula neutralised by a leading `'`. Cells that read as numbers stay as they are.
 * Record boundaries are unchanged (quoted line breaks stay quoted), so `file:line` references still point
 * at the same rows.
 */
export function neutralizeCsv(text: string): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = bom ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const newline = parsed.meta.linebreak || '\n';
  const rows =
    parsed.data.length > 0 && parsed.data.at(-1)!.length === 1 && parsed.data.at(-1)![0] === '' && /\r?\n$/.test(body) ? parsed.data.slice(0, -1) : parsed.data;
  const out = Papa.unparse(rows, { delimiter: parsed.meta.delimiter, newline, escapeFormulae: FORMULA_EXCEPT_NUMBER });
  return `${bom}${out}${/\r?\n$/.test(body) ? newline : ''}`;
}
