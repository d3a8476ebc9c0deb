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

  const plain = recordsOf(body, DELIMITER[dialect]);
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
 * The records of a file that papaparse reads without a remark, from one whole-file parse (several times faster than
 * its step mode, which calls back once per row), with the line each record starts on (header = 1): the line after
 * the previous record's start, plus the line breaks inside its quoted cells. Null when papaparse reports any problem:
 * the file is then read again in step mode, whose cursors place each error at its line and column.
 */
export function recordsOf(text: string, delimiter: string): { cells: string[][]; lines: number[] } | null {
  // Line ends all `\n` or all `\r\n`; a lone `\r` (old Mac Excel) or mixed ends are left to step mode.
  if (text.includes('\r')) {
    const crlf = occurrences(text, '\r\n');
    if (occurrences(text, '\r') !== crlf || occurrences(text, '\n') !== crlf) return null;
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  if (parsed.errors.length > 0) return null;
  const cells = parsed.data;
  const lines: number[] = new Array(cells.length);
  // A quoted cell keeps its line breaks as written; without a quote in the text, each record is one line.
  const quoted = text.includes('"');
  let line = 1;
  for (let index = 0; index < cells.length; index++) {
    lines[index] = line;
    line++;
    if (quoted) for (const cell of cells[index]!) line += occurrences(cell, '\n');
  }
  return { cells, lines };
}

function occurrences(text: string, search: string): number {
  let count = 0;
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + search.length)) count++;
  return count;
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
