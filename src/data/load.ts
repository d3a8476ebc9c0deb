/**
 * loadDataset(dir): the data step on a folder. It walks the folder (the five files of data-format.md at its top,
 * or in one subfolder per agency, or both) and hands names and bytes to loadFiles (src/data/loadFiles.ts), the
 * part without a file system that the browser runs too (/periksa/).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ErrorList } from './errors.ts';
import type { AgencyData } from './output.ts';
import { loadFiles, loadFilesByFolder, type ByFolderResult, type FolderQueue, type InputFile, type LoadResult } from './loadFiles.ts';
import { FILES, type FileKind } from './schema.ts';

export type { LoadResult } from './loadFiles.ts';

/** Shows paths as the user typed them: relative to the working directory where that is shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * With `onAgency`, each agency is handed over as soon as it is assembled and not kept (`agencies` is then
 * empty): the caller writes it and drops it, so the assembled output of a large dataset is never in memory
 * all at once. `agencies` come in kode_pd order; so does `onAgency` without `onRestart`, and with it folder by
 * folder (see loadFiles).
 * `pathsFrom`: the folder that the rows' file paths (origin.file) are relative to; a part of a larger dataset
 * (the data step's DATA_SUBDIR) keeps the paths that the whole dataset would give.
 */
export function loadDataset(
  dir: string,
  onAgency?: (agency: AgencyData) => void,
  { pathsFrom = dir, onRestart }: { pathsFrom?: string; onRestart?: () => void } = {},
): LoadResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const errors = new ErrorList();
    errors.add(displayPath(dir), 0, 0, 'folder dataset tidak ditemukan (dataset folder not found)');
    const rowsIn = Object.fromEntries(Object.keys(FILES).map((kind) => [kind, 0])) as Record<FileKind, number>;
    return { agencies: [], errors: errors.items, rowsIn, notices: [] };
  }
  return loadFiles(datasetFiles(dir, pathsFrom), { root: displayPath(dir), onAgency, onRestart });
}

/** A dataset file on disk, read when it is loaded (a class, not a closure per file: thousands of them). */
class DiskFile implements InputFile {
  private readonly file: string;
  readonly path: string;
  readonly datasetFile: string;

  constructor(file: string, path: string, datasetFile: string) {
    this.file = file;
    this.path = path;
    this.datasetFile = datasetFile;
  }

  bytes(): Uint8Array {
    return readFileSync(this.file);
  }
}

/**
 * The dataset's files: the top folder's and its direct subfolders', folders in name order. Each folder is listed once
 * (a national dataset has 20,000 folders) and each file is read only when it is loaded.
 */
function datasetFiles(dir: string, pathsFrom: string): InputFile[] {
  const folders = [dir, ...readdirSync(dir).sort().map((name) => join(dir, name)).filter((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory())];
  const files: InputFile[] = [];
  for (const folder of folders) {
    const shown = displayPath(folder);
    for (const name of readdirSync(folder)) {
      if (!name.toLowerCase().endsWith('.csv')) continue;
      const path = join(folder, name);
      files.push(new DiskFile(path, shown === '' ? name : `${shown}/${name}`, relative(pathsFrom, path).split(sep).join('/')));
    }
  }
  return files;
}

/**
 * loadFilesByFolder on a folder (see loadFiles): the folders it takes from `queue`, or null when the dataset must be
 * loaded whole (then with loadDataset without onRestart). Several threads can share one queue: the data step's workers.
 */
export function loadDatasetByFolder(
  dir: string,
  onAgency: (agency: AgencyData) => void,
  { pathsFrom = dir, queue }: { pathsFrom?: string; queue?: FolderQueue } = {},
): ByFolderResult | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    queue?.end();
    return null;
  }
  return loadFilesByFolder(datasetFiles(dir, pathsFrom), { root: displayPath(dir), onAgency, queue });
}
