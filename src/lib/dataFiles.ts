/**
 * The dataset's own files, served unchanged under /data/ so every figure can point at the CSV row
 * it came from. Reads DATA_DIR (default data/) like the data step: the folder and its direct
 * subfolders, CSV and Markdown files only.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const dataDir = () => resolve(process.env.DATA_DIR ?? 'data');
const SERVED = /\.(csv|md)$/i;

let listed: { root: string; files: string[] } | undefined;

/** Paths relative to DATA_DIR, '/'-separated, sorted. Listed once per build: every agency page asks. */
export function datasetFiles(): string[] {
  const root = dataDir();
  if (listed?.root !== root) listed = { root, files: listFiles(root) };
  return listed.files;
}

function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const folders = [
    root,
    ...readdirSync(root)
      .map((name) => join(root, name))
      .filter((path) => statSync(path).isDirectory()),
  ];
  return folders
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => SERVED.test(name) && statSync(join(folder, name)).isFile())
        .map((name) => join(folder, name)),
    )
    .map((path) => relative(root, path).split(sep).join('/'))
    .sort();
}

export function datasetFileAbsolute(relativePath: string): string {
  return join(dataDir(), ...relativePath.split('/'));
}

/** An origin file as the data step wrote it (its path inside DATA_DIR, '/'-separated) → the served path, or null. */
export function datasetPath(originFile: string): string | null {
  if (originFile === '' || originFile.startsWith('/') || originFile.split('/').includes('..')) return null;
  return originFile;
}

let served: { files: string[]; set: Set<string>; byFolder: Map<string, string[]> } | undefined;

/** The listing indexed by folder, built once per build. */
function servedIndex() {
  const files = datasetFiles();
  if (served?.files !== files) {
    const byFolder = new Map<string, string[]>();
    for (const file of files) {
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
    }
    served = { files, set: new Set(files), byFolder };
  }
  return served;
}

/** The served dataset files that hold an agency's rows: its whole folder, or in a flat dataset the files its rows cite. */
export function agencyFiles(originFiles: Iterable<string>): string[] {
  const { set, byFolder } = servedIndex();
  const found = new Set<string>();
  for (const origin of new Set(originFiles)) {
    const path = datasetPath(origin);
    if (!path) continue;
    if (path.includes('/')) for (const file of byFolder.get(path.slice(0, path.lastIndexOf('/') + 1)) ?? []) found.add(file);
    if (set.has(path)) found.add(path);
  }
  return [...found].sort();
}
