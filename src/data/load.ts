/**
 * loadDataset(dir): read → parse → validate → derive. A dataset is the five files of
 * data-format.md at the folder's top, or in one subfolder per agency, or both; all are merged.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { assembleAgency } from './assemble.ts';
import { decodeUtf8, parseCsv } from './csv.ts';
import { ErrorList, type DataError } from './errors.ts';
import type { AgencyData } from './output.ts';
import { parseRows } from './parseRows.ts';
import { FILES, OPTIONAL_KINDS, type FileKind } from './schema.ts';
import { validateDataset, type ParsedTables } from './validate.ts';

const KINDS = Object.keys(FILES) as FileKind[];
const FILE_NAMES: ReadonlySet<string> = new Set(KINDS.map((kind) => FILES[kind].file));
/** The five files every dataset folder holds (format version 1); temuan.csv may be added (version 2). */
const REQUIRED_NAMES: readonly string[] = KINDS.filter((kind) => !OPTIONAL_KINDS.has(kind)).map((kind) => FILES[kind].file);

export interface LoadResult {
  agencies: AgencyData[];
  errors: DataError[];
  /** Data rows read per file kind (blank lines excluded), to prove that nothing is lost. */
  rowsIn: Record<FileKind, number>;
  /** Things the user should know that are not errors: files ignored, folders merged. */
  notices: string[];
}

/** Shows paths as the user typed them: relative to the working directory where that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** The folders that hold dataset files: the top folder and its direct subfolders, in name order. */
function datasetFolders(dir: string, errors: ErrorList, notices: string[]): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    errors.add(displayPath(dir), 0, 0, 'folder dataset tidak ditemukan (dataset folder not found)');
    return [];
  }
  const candidates = [dir, ...readdirSync(dir).sort().map((name) => join(dir, name)).filter((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory())];
  const folders: string[] = [];
  for (const folder of candidates) {
    const names = readdirSync(folder);
    const present = names.filter((name) => FILE_NAMES.has(name.toLowerCase()));
    for (const name of names) {
      if (name.toLowerCase().endsWith('.csv') && !FILE_NAMES.has(name.toLowerCase())) {
        notices.push(`${displayPath(join(folder, name))}: bukan salah satu berkas format (lima berkas wajib dan temuan.csv), diabaikan (unknown file ignored)`);
      }
    }
    if (present.length === 0) continue;
    for (const kind of KINDS) {
      if (OPTIONAL_KINDS.has(kind)) continue;
      if (!names.some((name) => name.toLowerCase() === FILES[kind].file)) {
        errors.add(displayPath(join(folder, FILES[kind].file)), 0, 0, `berkas ${FILES[kind].file} tidak ada; folder ini memuat ${present.join(', ')} (missing file)`);
      }
    }
    folders.push(folder);
  }
  if (folders.length === 0 && errors.size === 0) {
    errors.add(displayPath(dir), 0, 0, `tidak ada berkas dataset (${REQUIRED_NAMES.join(', ')}) di folder ini atau subfoldernya (no dataset files)`);
  }
  return folders;
}

function fileIn(folder: string, names: readonly string[], name: string): string | null {
  const match = names.find((candidate) => candidate.toLowerCase() === name);
  return match ? join(folder, match) : null;
}

/** A dangling link or a folder named `kinerja.csv` is an input error, not a crash. */
function readBytes(path: string, file: string, errors: ErrorList): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'galat';
    errors.add(file, 0, 0, `tidak dapat dibaca sebagai berkas (${code}); pastikan ini berkas CSV biasa (cannot read file)`);
    return null;
  }
}

/**
 * With `onAgency`, each agency is handed over as soon as it is assembled and not kept (`agencies` is then
 * empty): the caller writes it and drops it, so the assembled output of a large dataset is never in memory
 * all at once. Either way agencies come in kode_pd order.
 * `pathsFrom`: the folder that the rows' file paths (origin.file) are relative to; a part of a larger dataset
 * (the data step's DATA_SUBDIR) keeps the paths that the whole dataset would give.
 */
export function loadDataset(dir: string, onAgency?: (agency: AgencyData) => void, { pathsFrom = dir }: { pathsFrom?: string } = {}): LoadResult {
  const errors = new ErrorList();
  const notices: string[] = [];
  const rowsIn = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<FileKind, number>;
  const tables: ParsedTables = { perangkat_daerah: [], sumber: [], indikator: [], kinerja: [], anggaran: [], temuan: [] };
  /** Files with an error of their own: missing, unreadable, or with rejected rows (see validateDataset). */
  const incomplete = new Set<FileKind>();

  for (const folder of datasetFolders(dir, errors, notices)) {
    const names = readdirSync(folder); // once per folder, not once per file: a national dataset has 20,000 folders
    for (const kind of KINDS) {
      const path = fileIn(folder, names, FILES[kind].file);
      if (!path) {
        if (!OPTIONAL_KINDS.has(kind)) incomplete.add(kind);
        continue;
      }
      const errorsBefore = errors.size;
      const file = displayPath(path);
      const bytes = readBytes(path, file, errors);
      const text = bytes === null ? null : decodeUtf8(bytes, file, errors);
      const table = text === null ? null : parseCsv(text, file, errors);
      if (!table) {
        incomplete.add(kind);
        continue;
      }
      table.datasetFile = relative(pathsFrom, path).split(sep).join('/');
      rowsIn[kind] += table.records.length;
      const rows = parseRows(table, FILES[kind].schema(table.dialect), errors);
      const parsed = tables[kind] as unknown[];
      for (const row of rows) parsed.push(row); // not push(...rows): a million arguments overflow the stack
      if (errors.size > errorsBefore) incomplete.add(kind);
    }
  }
  if (errors.size === 0 && tables.perangkat_daerah.length === 0) {
    errors.add(displayPath(dir), 0, 0, 'perangkat_daerah.csv tidak berisi satu baris pun; tidak ada yang dapat diterbitkan (no agencies)');
    incomplete.add('perangkat_daerah');
  }

  const checked = validateDataset(tables, errors, incomplete);
  if (errors.size > 0) return { agencies: [], errors: errors.sorted(), rowsIn, notices };
  for (const kind of KINDS) tables[kind].length = 0; // from here on an agency's rows live only in `checked`
  const agencies: AgencyData[] = [];
  for (const kode of [...checked.keys()].sort((a, b) => a.localeCompare(b))) {
    const agency = assembleAgency(checked.get(kode)!);
    checked.delete(kode); // its rows can go as soon as it is assembled
    if (onAgency) onAgency(agency);
    else agencies.push(agency);
  }
  return { agencies, errors: [], rowsIn, notices };
}
