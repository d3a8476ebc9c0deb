/**
 * loadFiles(files): file names and bytes → parse → validate → derive, with no file system: the part of the data
 * step that both the command line (src/data/load.ts walks the folder) and the browser (/periksa/,
 * src/scripts/periksa.ts) run. A dataset is the five files of data-format.md at the root, or in one
 * subfolder per agency, or both; all are merged. Paths use `/`.
 */
import { assembleAgency } from './assemble.ts';
import { decodeUtf8, parseCsv } from './csv.ts';
import { ErrorList, type DataError } from './errors.ts';
import type { AgencyData } from './output.ts';
import { parseRows } from './parseRows.ts';
import { FILES, OPTIONAL_KINDS, type FileFormat, type FileKind } from './schema.ts';
import { validateDataset, type AgencyRows, type ParsedTables } from './validate.ts';

const KINDS = Object.keys(FILES) as FileKind[];
const FILE_NAMES: ReadonlySet<string> = new Set(KINDS.map((kind) => FILES[kind].file));
/** The five files every dataset folder holds (format version 1); temuan.csv may be added (version 2). */
export const REQUIRED_NAMES: readonly string[] = KINDS.filter((kind) => !OPTIONAL_KINDS.has(kind)).map((kind) => FILES[kind].file);

export interface LoadResult {
  agencies: AgencyData[];
  errors: DataError[];
  /** Data rows read per file kind (blank lines excluded), to prove that nothing is lost. */
  rowsIn: Record<FileKind, number>;
  /** Things the user should know that are not errors: files ignored, folders merged. */
  notices: string[];
}

export interface InputFile {
  /** The path as messages show it: `root/name` or `root/subfolder/name`. */
  path: string;
  /** The bytes, or a function that reads them when they are needed (the CLI holds one file at a time); a throw is an unreadable file. */
  bytes: Uint8Array | (() => Uint8Array);
  /** The path inside the dataset (origin.file in the JSON); default: `path` without `root/`. */
  datasetFile?: string;
}

export interface LoadOptions {
  /** The dataset folder as messages show it ('' for none): files directly in it or in one subfolder count. */
  root?: string;
  /** See loadDataset: each agency is handed over as soon as it is assembled and not kept. */
  onAgency?: (agency: AgencyData) => void;
  /**
   * With onAgency: the agencies handed over so far are void, and every agency will be handed over again. Given it,
   * the dataset is loaded folder by folder where it can be, with one folder's rows in memory at a time (see loadByFolder).
   */
  onRestart?: () => void;
}

export const joinPath = (folder: string, name: string): string => (folder === '' ? name : `${folder}/${name}`);
const folderOf = (path: string): string => path.slice(0, Math.max(path.lastIndexOf('/'), 0));
const nameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** A dangling link or a folder named `kinerja.csv` is an input error, not a crash. */
function readBytes(file: InputFile, errors: ErrorList): Uint8Array | null {
  if (typeof file.bytes !== 'function') return file.bytes;
  try {
    return file.bytes();
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'galat';
    errors.add(file.path, 0, 0, `tidak dapat dibaca sebagai berkas (${code}); pastikan ini berkas CSV biasa (cannot read file)`);
    return null;
  }
}

/**
 * The folders that hold dataset files: the root, then its direct subfolders in name order; deeper files are not
 * part of the dataset. Within a folder, files keep the order given (the CLI's: name order).
 */
function datasetFolders(files: readonly InputFile[], root: string, errors: ErrorList, notices: string[]): { folder: string; files: InputFile[] }[] {
  const byFolder = new Map<string, InputFile[]>();
  for (const file of files) {
    const folder = folderOf(file.path);
    const inside = root === '' ? folder : folder === root ? '' : folder.startsWith(`${root}/`) ? folder.slice(root.length + 1) : null;
    if (inside === null || inside.includes('/')) continue;
    const list = byFolder.get(folder);
    if (list) list.push(file);
    else byFolder.set(folder, [file]);
  }
  const order = [...byFolder.keys()].filter((folder) => folder !== root).sort();
  if (byFolder.has(root)) order.unshift(root);
  const folders: { folder: string; files: InputFile[] }[] = [];
  for (const folder of order) {
    const inFolder = byFolder.get(folder)!;
    const names = inFolder.map((file) => nameOf(file.path));
    const present = names.filter((name) => FILE_NAMES.has(name.toLowerCase()));
    for (const name of names) {
      if (name.toLowerCase().endsWith('.csv') && !FILE_NAMES.has(name.toLowerCase())) {
        notices.push(`${joinPath(folder, name)}: bukan salah satu berkas format (lima berkas wajib dan temuan.csv), diabaikan (unknown file ignored)`);
      }
    }
    if (present.length === 0) continue;
    for (const kind of KINDS) {
      if (OPTIONAL_KINDS.has(kind)) continue;
      if (!names.some((name) => name.toLowerCase() === FILES[kind].file)) {
        errors.add(joinPath(folder, FILES[kind].file), 0, 0, `berkas ${FILES[kind].file} tidak ada; folder ini memuat ${present.join(', ')} (missing file)`);
      }
    }
    folders.push({ folder, files: inFolder });
  }
  if (folders.length === 0 && errors.size === 0) {
    errors.add(root, 0, 0, `tidak ada berkas dataset (${REQUIRED_NAMES.join(', ')}) di folder ini atau subfoldernya (no dataset files)`);
  }
  return folders;
}

/** Reads, decodes, parses and validates row by row the dataset files of one folder into `tables`. */
function parseFolder(inFolder: readonly InputFile[], root: string, into: FolderTables): void {
  const { tables, rowsIn, errors, incomplete } = into;
  for (const kind of KINDS) {
    const input = inFolder.find((candidate) => nameOf(candidate.path).toLowerCase() === FILES[kind].file);
    if (!input) {
      if (!OPTIONAL_KINDS.has(kind)) incomplete.add(kind);
      continue;
    }
    const errorsBefore = errors.size;
    const file = input.path;
    const bytes = readBytes(input, errors);
    const text = bytes === null ? null : decodeUtf8(bytes, file, errors);
    const table = text === null ? null : parseCsv(text, file, errors);
    if (!table) {
      incomplete.add(kind);
      continue;
    }
    table.datasetFile = input.datasetFile ?? (root === '' ? file : file.slice(root.length + 1));
    rowsIn[kind] += table.records.length;
    const rows = parseRows(table, FILES[kind] as FileFormat<object>, errors);
    const parsed = tables[kind] as unknown[];
    for (const row of rows) parsed.push(row); // not push(...rows): a million arguments overflow the stack
    if (errors.size > errorsBefore) incomplete.add(kind);
  }
}

interface FolderTables {
  tables: ParsedTables;
  rowsIn: Record<FileKind, number>;
  errors: ErrorList;
  /** Files with an error of their own: missing, unreadable, or with rejected rows (see validateDataset). */
  incomplete: Set<FileKind>;
}

const emptyTables = (errors: ErrorList = new ErrorList()): FolderTables => ({
  tables: { perangkat_daerah: [], sumber: [], indikator: [], kinerja: [], anggaran: [], temuan: [] },
  rowsIn: Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<FileKind, number>,
  errors,
  incomplete: new Set(),
});

/** Assembles checked agencies in kode_pd order, each dropped from `checked` once handed over. */
function assembleAll(checked: Map<string, AgencyRows>, hand: (agency: AgencyData) => void): void {
  for (const kode of [...checked.keys()].sort((a, b) => a.localeCompare(b))) {
    const agency = assembleAgency(checked.get(kode)!);
    checked.delete(kode); // its rows can go as soon as it is assembled
    hand(agency);
  }
}

/**
 * The dataset as one: every file parsed, then validated together, then assembled. It finds every error, and every
 * agency whose rows are spread over several folders; it holds every row in memory at once.
 */
function loadWhole(folders: readonly { files: InputFile[] }[], root: string, errors: ErrorList, hand: (agency: AgencyData) => void): Omit<LoadResult, 'notices'> {
  const whole = emptyTables(errors);
  for (const { files: inFolder } of folders) parseFolder(inFolder, root, whole);
  const { tables, rowsIn, incomplete } = whole;
  if (errors.size === 0 && tables.perangkat_daerah.length === 0) {
    errors.add(root, 0, 0, 'perangkat_daerah.csv tidak berisi satu baris pun; tidak ada yang dapat diterbitkan (no agencies)');
    incomplete.add('perangkat_daerah');
  }
  const checked = validateDataset(tables, errors, incomplete);
  if (errors.size > 0) return { agencies: [], errors: errors.sorted(), rowsIn };
  for (const kind of KINDS) tables[kind].length = 0; // from here on an agency's rows live only in `checked`
  assembleAll(checked, hand);
  return { agencies: [], errors: [], rowsIn };
}

/**
 * Which folder a run folder by folder loads next. Several runs can share one (threads taking folders in turn), each
 * loading the folders it takes; any of them can end all of them.
 */
export interface FolderQueue {
  /** The index of the next folder to load; past the last folder when there is none left or the queue was ended. */
  take(): number;
  /** No folder is taken any more: the runs cannot give what the whole dataset gives. */
  end(): void;
}

/** A queue for one run alone. */
export function folderQueue(): FolderQueue {
  let next = 0;
  let ended = false;
  return {
    take: () => (ended ? Number.POSITIVE_INFINITY : next++),
    end: () => {
      ended = true;
    },
  };
}

/** What a run folder by folder loaded: with the kode_pd and kode_sumber it declared, which other runs on the same queue must not declare. */
export interface ByFolderResult {
  rowsIn: Record<FileKind, number>;
  notices: string[];
  agencyCodes: string[];
  sourceCodes: string[];
}

/**
 * The dataset folder by folder, each validated and assembled on its own while the rows of one folder only are in
 * memory. That gives what the dataset whole gives when every folder holds all the rows of the agencies it declares
 * and none of another, no kode_pd or kode_sumber is declared twice, and nothing has an error: a row's every key and
 * reference is then within its folder (validate.ts). It gives null, and ends the queue, as soon as a folder is not like
 * that: the caller then loads the dataset whole (loadFiles without onRestart), which finds and words the errors. A run
 * that shares its queue with others loads only the folders it takes; their results together are the dataset's when
 * none is null and no two declare the same kode_pd or kode_sumber.
 */
export function loadFilesByFolder(
  files: readonly InputFile[],
  { root = '', onAgency, queue = folderQueue() }: { root?: string; onAgency: (agency: AgencyData) => void; queue?: FolderQueue },
): ByFolderResult | null {
  const notices: string[] = [];
  const folderErrors = new ErrorList();
  const folders = datasetFolders(files, root, folderErrors, notices);
  // A missing file, or no dataset at all: the whole dataset words it.
  if (folderErrors.size > 0) {
    queue.end();
    return null;
  }
  const rowsIn = emptyTables().rowsIn;
  const agencyCodes = new Set<string>();
  const sourceCodes = new Set<string>();
  const loadFolder = (inFolder: readonly InputFile[]): boolean => {
    const folder = emptyTables();
    parseFolder(inFolder, root, folder);
    const { tables, errors } = folder;
    if (errors.size > 0) return false;
    const declared = new Set<string>();
    for (const pd of tables.perangkat_daerah) {
      if (agencyCodes.has(pd.kode_pd) || declared.has(pd.kode_pd)) return false;
      declared.add(pd.kode_pd);
    }
    for (const source of tables.sumber) {
      if (sourceCodes.has(source.kode_sumber)) return false;
      sourceCodes.add(source.kode_sumber);
    }
    for (const kind of ['sumber', 'indikator', 'kinerja', 'anggaran', 'temuan'] as const) {
      for (const row of tables[kind]) if (!declared.has(row.kode_pd)) return false;
    }
    const checked = validateDataset(tables, errors, folder.incomplete);
    if (errors.size > 0) return false;
    for (const kode of declared) agencyCodes.add(kode);
    for (const kind of KINDS) rowsIn[kind] += folder.rowsIn[kind];
    assembleAll(checked, onAgency);
    return true;
  };
  for (let index = queue.take(); index < folders.length; index = queue.take()) {
    if (!loadFolder(folders[index]!.files)) {
      queue.end();
      return null;
    }
  }
  return { rowsIn, notices, agencyCodes: [...agencyCodes], sourceCodes: [...sourceCodes] };
}

export function loadFiles(files: readonly InputFile[], { root = '', onAgency, onRestart }: LoadOptions = {}): LoadResult {
  let agencies: AgencyData[] = [];
  const hand = onAgency ?? ((agency: AgencyData) => agencies.push(agency));
  // Folder by folder when the caller can take back the agencies handed over if that fails half way.
  if (!onAgency || onRestart) {
    const byFolder = loadFilesByFolder(files, { root, onAgency: hand });
    // No agency at all is an error, which the whole dataset words.
    if (byFolder && byFolder.agencyCodes.length > 0) {
      agencies.sort((a, b) => a.agency.kode_pd.localeCompare(b.agency.kode_pd));
      return { agencies, errors: [], rowsIn: byFolder.rowsIn, notices: byFolder.notices };
    }
    agencies = [];
    onRestart?.();
  }
  const errors = new ErrorList();
  const notices: string[] = [];
  const folders = datasetFolders(files, root, errors, notices);
  return { ...loadWhole(folders, root, errors, hand), agencies, notices };
}
