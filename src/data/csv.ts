import Papa from 'papaparse';
import type { Dialect } from './cells.ts';
import type { ErrorList } from './errors.ts';

/** One data row with the physical line it starts on (header = line 1), for error messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** The path as the user gave it, for error messages. */
  file: string;
  /** The path inside the dataset folder ('dinsos-x/kinerja.csv'), for the published JSON: no machine paths. */
  datasetFile?: string;
  dialect: Dialect;
  /** Column names, trimmed and lower-cased: exports write `Kode_PD ` as often as `kode_pd`. */
  header: string[];
  records: CsvRecord[];
}

const DELIMITER: Record<Dialect, string> = { kanonik: ',', spreadsheet: ';' };

/** Decodes UTF-8 strictly: a Windows-1252 export is reported, never mangled into `�`. */
export function decodeUtf8(bytes: Uint8Array, file: string, errors: ErrorList): string | null {
  // UTF-16 without a byte-order mark is valid UTF-8 full of NUL bytes: its first character gives it away.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0))) {
    errors.add(file, 1, 1, 'berkas tersimpan sebagai UTF-16; simpan ulang sebagai CSV UTF-8 (file is UTF-16, expected UTF-8)');
    return null;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, nul));
    errors.add(
      file,
      before.split('\n').length,
      before.length - before.lastIndexOf('\n'),
      'berkas berisi byte NUL: rusak atau bukan berkas teks; simpan ulang sebagai CSV UTF-8 (file contains a NUL byte)',
    );
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const bad = lossy.indexOf('\ufffd');
    const before = lossy.slice(0, Math.max(bad, 0));
    const line = before.split('\n').length;
    const column = bad - before.lastIndexOf('\n');
    errors.add(
      file,
      line,
      column,
      'berkas bukan UTF-8 (kemungkinan Windows-1252/Latin-1 dari Excel); simpan ulang sebagai "CSV UTF-8" (file is not UTF-8)',
    );
    return null;
  }
}

/** Counts delimiters in the header line outside quotes: the header alone declares the dialect. */
function detectDialect(headerLine: string, file: string, errors: ErrorList): Dialect | null {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const commas = (unquoted.match(/,/g) ?? []).length;
  const semicolons = (unquoted.match(/;/g) ?? []).length;
  if (commas > 0 && semicolons > 0) {
    errors.add(file, 1, 0, 'baris judul memakai pemisah , dan ; sekaligus; pakai salah satu (mixed delimiters in header)');
    return null;
  }
  if (semicolons > 0) return 'spreadsheet';
  if (commas === 0 && unquoted.includes('\t')) {
    errors.add(file, 1, 0, 'pemisah tab tidak didukung; pakai , (kanonik) atau ; (spreadsheet) (tab-separated not supported)');
    return null;
  }
  return 'kanonik';
}

/**
 * Parses CSV text with papaparse. Returns null when the file cannot be read as a table at all;
 * row-level problems (wrong field count, unclosed quote) are added to `errors` with their line.
 */
export function parseCsv(text: string, file: string, errors: ErrorList): CsvTable | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    errors.add(file, 0, 0, 'berkas kosong, tanpa baris judul (empty file)');
    return null;
  }
  const firstBreak = body.search(/[\r\n]/);
  const dialect = detectDialect(firstBreak < 0 ? body : body.slice(0, firstBreak), file, errors);
  if (!dialect) return null;

  let header: string[] | null = null;
  const records: CsvRecord[] = [];
  /** One record of the file, with the line it starts on: the header, a blank line, or a row. */
  const take = (cells: string[], line: number) => {
    if (cells.length === 1 && cells[0]!.trim() === '') return; // blank line
    if (!header) {
      header = cells.map((name) => name.trim().toLowerCase());
      return;
    }
    if (cells.length !== header.length) {
      errors.add(
        file,
        line,
        0,
        `baris berisi ${cells.length} kolom, baris judul ${header.length} kolom (wrong number of fields; baris terpotong, tanda kutip tak tertutup, atau pemisah campuran)`,
      );
      return;
    }
    records.push({ line, cells });
  };

  const plain = splitPlainCsv(body, DELIMITER[dialect]);
  if (plain) {
    for (let index = 0; index < plain.cells.length; index++) take(plain.cells[index]!, plain.lines[index]!);
  } else {
    let line = 1;
    let start = 0;
    Papa.parse<string[]>(body, {
      delimiter: DELIMITER[dialect],
      skipEmptyLines: false,
      step(result) {
        const rowLine = line;
        const rowStart = start;
        const end = result.meta.cursor;
        line += countNewlines(body, rowStart, end);
        start = end;
        // One error per record: a malformed quote (`"PK" perubahan`) also leaves its field open; report the cause.
        const problem = result.errors.find((candidate) => candidate.code === 'InvalidQuotes') ?? result.errors[0];
        if (problem) {
          const at = Math.min(problem.index ?? rowStart, end);
          const column = problem.type === 'Quotes' ? fieldAt(body, rowStart, at, DELIMITER[dialect]) : 0;
          errors.add(file, rowLine + countNewlines(body, rowStart, at), column, papaMessage(problem.code));
          return;
        }
        take(result.data, rowLine);
      },
    });
  }
  if (!header) return null;
  return { file, dialect, header, records };
}

/**
 * The records of a file that papaparse would read without a remark, split here at a fraction of its cost: `\n` line
 * ends only, and every quote either opens a field or closes it right before a delimiter, a line end or the end
 * (a doubled quote inside is one quote). Anything else (a `\r`, a quote inside an unquoted field, text after a
 * closing quote, an unclosed quote) gives null, and the file goes to papaparse, which reads it and words its errors.
 * `lines[i]` is the line record i starts on (header = 1), as papaparse's cursors give it.
 */
export function splitPlainCsv(text: string, delimiter: string): { cells: string[][]; lines: number[] } | null {
  if (text.includes('\r')) return null;
  if (text === '') return { cells: [], lines: [] }; // as papaparse: no record at all
  const DELIMITER = delimiter.charCodeAt(0);
  const cells: string[][] = [];
  const lines: number[] = [];
  const end = text.length;
  /** The next position of `search` from `from` on, or `end`. */
  const find = (search: string, from: number) => {
    const found = text.indexOf(search, from);
    return found < 0 ? end : found;
  };
  // The next delimiter, line end and quote at or after the current field: native searches, not a loop per character.
  let nextDelimiter = find(delimiter, 0);
  let nextNewline = find('\n', 0);
  let nextQuote = find('"', 0);
  let row: string[] = [];
  let line = 1;
  let rowLine = 1;
  let at = 0; // the start of a field
  for (;;) {
    let next: number; // the delimiter or line end after the field, or `end`
    if (nextQuote === at && at < end) {
      let close = text.indexOf('"', at + 1);
      let doubled = false;
      while (close !== -1 && text.charCodeAt(close + 1) === 34) {
        doubled = true;
        close = text.indexOf('"', close + 2);
      }
      if (close === -1) return null;
      let value = text.slice(at + 1, close);
      for (let newline = value.indexOf('\n'); newline !== -1; newline = value.indexOf('\n', newline + 1)) line++;
      if (doubled) value = value.replaceAll('""', '"');
      row.push(value);
      next = close + 1;
      const after = text.charCodeAt(next);
      if (next < end && after !== DELIMITER && after !== 10) return null;
      if (nextDelimiter < next) nextDelimiter = find(delimiter, next);
      if (nextNewline < next) nextNewline = find('\n', next);
      nextQuote = find('"', next);
    } else {
      next = nextDelimiter < nextNewline ? nextDelimiter : nextNewline;
      if (nextQuote < next) return null;
      row.push(text.slice(at, next));
    }
    if (next >= end) {
      cells.push(row);
      lines.push(rowLine);
      return { cells, lines };
    }
    if (next === nextNewline) {
      cells.push(row);
      lines.push(rowLine);
      row = [];
      rowLine = ++line;
      nextNewline = find('\n', next + 1);
    } else nextDelimiter = find(delimiter, next + 1);
    at = next + 1;
  }
}

/** 1-based field of the quote just before `to` (papaparse's index of a quote problem), in the record that starts at `from`. */
function fieldAt(text: string, from: number, to: number, delimiter: string): number {
  let field = 1;
  let quoted = false;
  for (let i = from; i < to - 1; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === delimiter && !quoted) field++;
  }
  return field;
}

/** Line breaks in [from, to): `\n`, `\r\n`, and a lone `\r` as old Mac Excel writes ("CSV (Macintosh)"). */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function papaMessage(code: string): string {
  if (code === 'MissingQuotes') return 'tanda kutip " tidak ditutup (unclosed quote)';
  if (code === 'InvalidQuotes') return 'tanda kutip " tidak sah: setelah kutip penutup harus ada pemisah; kutip di dalam nilai ditulis "" (invalid quotes)';
  return `CSV tidak dapat dibaca (${code})`;
}
