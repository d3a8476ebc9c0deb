/**
 * The data step: DATA_DIR (default data/) → validated, derived JSON in OUT_DIR (default generated/data/).
 * Exit 1 with every error listed (file:line:column) and no site output (OUT_DIR and SITE_DIR, default dist/,
 * are removed) when the dataset has errors.
 *
 * DATA_SUBDIR: read only that subfolder of DATA_DIR (e.g. one province), with file paths as the whole dataset
 * gives them; scripts/merge-data.ts joins such parts into the output of the whole (README "Scale").
 *
 * A dataset of many folders is loaded folder by folder by this thread and worker threads together (this same
 * file), each taking the next folder from a shared queue (src/data/loadFiles.ts, loadFilesByFolder); DATA_WORKERS
 * sets how many workers (default: cores − 1, at most 7; 0 for none). When the folders cannot be loaded one by one
 * (an agency spread over folders, any error), the dataset is loaded again whole, in this thread.
 */
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ByFolderResult, FolderQueue } from '../src/data/loadFiles.ts';
import type { AgencyData, SiteIndex } from '../src/data/output.ts';

/**
 * The data step's modules, imported once the worker threads are started (see the end of this file): loading them
 * (zod above all) takes as long as starting a worker, which then happens meanwhile.
 */
async function dataStepModules() {
  const [{ summarize }, { formatError }, { jsonPieces }, { loadDataset, loadDatasetByFolder }, { findingCounts, OUTPUT_VERSION }] = await Promise.all([
    import('../src/data/assemble.ts'),
    import('../src/data/errors.ts'),
    import('../src/data/jsonPieces.ts'),
    import('../src/data/load.ts'),
    import('../src/data/output.ts'),
  ]);
  return { summarize, formatError, jsonPieces, loadDataset, loadDatasetByFolder, findingCounts, OUTPUT_VERSION } as const;
}
let step: Awaited<ReturnType<typeof dataStepModules>>;

const MAX_PRINTED_ERRORS = 500;
/** Below this many subfolders a worker would start after the work is done. */
const MIN_FOLDERS_FOR_WORKERS = 8;

const datasetRoot = resolve(process.env.DATA_DIR ?? 'data');
const dataDir = process.env.DATA_SUBDIR ? resolve(datasetRoot, process.env.DATA_SUBDIR) : datasetRoot;
const outDir = resolve(process.env.OUT_DIR ?? 'generated/data');
const siteDir = resolve(process.env.SITE_DIR ?? 'dist');

/** An empty OUT_DIR, before any agency is written. */
function fresh(): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'pd'), { recursive: true });
}

/** Writes JSON.stringify(value), piece by piece (jsonPieces): no 300 KB string per agency, and no fresh memory for it. */
function writeJsonFile(path: string, value: object): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of step.jsonPieces(value)) {
      const bytes = Buffer.from(piece);
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
    }
  } finally {
    closeSync(fd);
  }
}

/** What one thread wrote: each agency's file, and the agency's line of the index and its findings, to be counted. */
class Writer {
  summaries: SiteIndex['agencies'] = [];
  findings: Record<string, number> = {};

  readonly write = (agency: AgencyData): void => {
    writeJsonFile(join(outDir, 'pd', `${agency.agency.kode_pd}.json`), agency);
    for (const finding of agency.findings) this.findings[finding.jenis] = (this.findings[finding.jenis] ?? 0) + 1;
    this.summaries.push(step.summarize(agency));
  };

  /** The agencies written so far are void (their files removed by the caller). */
  clear(): void {
    this.summaries = [];
    this.findings = {};
  }

  add(other: Pick<Writer, 'summaries' | 'findings'>): void {
    for (const summary of other.summaries) this.summaries.push(summary);
    for (const [kind, count] of Object.entries(other.findings)) this.findings[kind] = (this.findings[kind] ?? 0) + count;
  }
}

/**
 * The folder queue of the threads, in shared memory: [next folder, ended, then per worker whether it has taken
 * from the queue]. Atomics make each take a different folder.
 */
class SharedQueue implements FolderQueue {
  private readonly cells: Int32Array;
  /** This worker's cell that says it has taken (-1 for the main thread). */
  private readonly started: number;

  constructor(cells: Int32Array, started: number) {
    this.cells = cells;
    this.started = started;
  }

  take(): number {
    if (this.started >= 0) Atomics.store(this.cells, this.started, 1);
    return Atomics.load(this.cells, 1) === 1 ? Number.POSITIVE_INFINITY : Atomics.add(this.cells, 0, 1);
  }

  end(): void {
    Atomics.store(this.cells, 1, 1);
  }
}

interface WorkerData {
  queue: SharedArrayBuffer;
  index: number;
}
interface WorkerReport {
  byFolder: ByFolderResult | null;
  summaries: SiteIndex['agencies'];
  findings: Record<string, number>;
}

/** A worker thread: loads the folders it takes, writes their agencies, and reports. */
function worker(): void {
  const { queue, index } = workerData as WorkerData;
  const writer = new Writer();
  const byFolder = step.loadDatasetByFolder(dataDir, writer.write, { pathsFrom: datasetRoot, queue: new SharedQueue(new Int32Array(queue), 2 + index) });
  parentPort!.postMessage({ byFolder, summaries: writer.summaries, findings: writer.findings } satisfies WorkerReport);
}

function workerCount(): number {
  const setting = process.env.DATA_WORKERS;
  const wanted = setting !== undefined && setting !== '' ? Number(setting) : Math.min(availableParallelism(), 8) - 1;
  if (!(wanted > 0)) return 0;
  let folders = 0;
  try {
    folders = readdirSync(dataDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
  } catch {
    return 0; // no dataset folder: loadDataset says so
  }
  return folders >= MIN_FOLDERS_FOR_WORKERS ? Math.floor(wanted) : 0;
}

interface Team {
  cells: Int32Array;
  threads: { thread: Worker; report: Promise<WorkerReport | null> }[];
}

/** A worker runs TypeScript with Node's own type stripping (Node ≥ 22.18) where it can: it starts sooner than under tsx. */
const WORKER_ARGS = process.features.typescript ? [] : process.execArgv;

/** Starts `workers` worker threads, which take folders from the queue as soon as they have loaded the data step. */
function startWorkers(workers: number): Team {
  const cells = new Int32Array(new SharedArrayBuffer(4 * (2 + workers)));
  const threads = Array.from({ length: workers }, (_, index) => {
    const thread = new Worker(new URL(import.meta.url), { workerData: { queue: cells.buffer, index } satisfies WorkerData, execArgv: WORKER_ARGS });
    const report = new Promise<WorkerReport | null>((done) => {
      thread.once('message', (message: WorkerReport) => done(message));
      thread.once('error', () => done(null));
      thread.once('exit', () => done(null));
    });
    return { thread, report };
  });
  return { cells, threads };
}

/**
 * This thread and the team's worker threads load the dataset folder by folder, taking folders in turn, and write the
 * agencies. The result, or null when the dataset must be loaded whole (some thread could not go folder by folder, or
 * two threads declared the same kode_pd or kode_sumber).
 */
async function loadWithWorkers({ cells, threads }: Team, writer: Writer): Promise<ByFolderResult | null> {
  const own = step.loadDatasetByFolder(dataDir, writer.write, { pathsFrom: datasetRoot, queue: new SharedQueue(cells, -1) });
  const parts: (ByFolderResult | null)[] = [own];
  for (const [index, { thread, report }] of threads.entries()) {
    // The queue is empty or ended: a worker that has not taken from it yet never will.
    if (Atomics.load(cells, 2 + index) === 0) {
      await thread.terminate();
      continue;
    }
    const reported = await report;
    await thread.terminate();
    parts.push(reported?.byFolder ?? null);
    if (reported) writer.add(reported);
  }
  if (parts.some((part) => part === null)) return null;
  const byFolder = parts as ByFolderResult[];
  const distinct = (codes: string[][]) => new Set(codes.flat()).size === codes.reduce((sum, list) => sum + list.length, 0);
  if (!distinct(byFolder.map((part) => part.agencyCodes)) || !distinct(byFolder.map((part) => part.sourceCodes))) return null;
  if (byFolder.every((part) => part.agencyCodes.length === 0)) return null; // no agency: an error the whole dataset words
  const rowsIn = { ...own!.rowsIn };
  for (const part of byFolder.slice(1)) for (const kind of Object.keys(rowsIn) as (keyof typeof rowsIn)[]) rowsIn[kind] += part.rowsIn[kind];
  return { ...own!, rowsIn };
}

/** Exit code through process.exitCode, not process.exit(): long error output to a pipe is never cut off. */
async function main(team: Team | null): Promise<number> {
  const { loadDataset, formatError, findingCounts, OUTPUT_VERSION } = step;
  // Each agency is written as soon as it is assembled and then dropped (see loadDataset).
  const writer = new Writer();
  let result: { errors: ReturnType<typeof loadDataset>['errors']; rowsIn: ByFolderResult['rowsIn']; notices: string[] } | null = null;
  if (team) {
    const byFolder = await loadWithWorkers(team, writer);
    if (byFolder) result = { ...byFolder, errors: [] };
    else {
      // The agencies written so far are void: the whole dataset, in this thread.
      fresh();
      writer.clear();
      result = loadDataset(dataDir, writer.write, { pathsFrom: datasetRoot });
    }
  } else {
    result = loadDataset(dataDir, writer.write, {
      pathsFrom: datasetRoot,
      // The agencies written so far are void: loadDataset hands every agency over again.
      onRestart: () => {
        fresh();
        writer.clear();
      },
    });
  }
  const { summaries, findings } = writer;
  // Agencies come folder by folder; the index lists them in kode_pd order.
  summaries.sort((a, b) => a.kode_pd.localeCompare(b.kode_pd));
  for (const notice of result.notices) console.warn(`peringatan: ${notice}`);

  if (result.errors.length > 0) {
    // No stale or partial site may survive a failed data step.
    rmSync(outDir, { recursive: true, force: true });
    rmSync(siteDir, { recursive: true, force: true });
    for (const error of result.errors.slice(0, MAX_PRINTED_ERRORS)) console.error(formatError(error));
    const hidden = result.errors.length - MAX_PRINTED_ERRORS;
    if (hidden > 0) console.error(`… dan ${hidden} galat lain (and ${hidden} more errors)`);
    console.error(`\n${result.errors.length} galat di dataset ${dataDir}; situs tidak dibangun. (${result.errors.length} errors; site not built)`);
    return 1;
  }

  const index: SiteIndex = {
    version: OUTPUT_VERSION,
    agencies: summaries,
    rows: result.rowsIn,
    findings: findingCounts(findings),
  };
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));

  const total = Object.values(findings).reduce((sum, count) => sum + count, 0);
  const rows = Object.entries(result.rowsIn)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  console.log(`Data: ${summaries.length} perangkat daerah; baris: ${rows}.`);
  console.log(
    `Temuan kualitas data (data-quality warnings): ${total}${
      total
        ? ` — ${Object.entries(findings)
            .sort()
            .map(([kind, count]) => `${kind} ${count}`)
            .join(', ')}`
        : ''
    }.`,
  );
  return 0;
}

if (isMainThread) {
  fresh();
  // Then the workers: they load the data step while this thread does, and write as soon as they have.
  const workers = workerCount();
  const team = workers > 0 ? startWorkers(workers) : null;
  step = await dataStepModules();
  process.exitCode = await main(team);
} else {
  step = await dataStepModules();
  worker();
}
