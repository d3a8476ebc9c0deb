/**
 * The figures step, right after the data step: generated/data → generated/figures. For every page of the site,
 * every chart and table defined once (src/figures/), the charts drawn to SVG, and each agency's preview card
 * to PNG; the pages only render what this step wrote.
 *
 *   FIGURES_DIR   where it writes (default: `figures` beside OUT_DIR, i.e. generated/figures)
 *   SITE_SHARD    which part it makes, as `astro build` (src/lib/shard.ts): all, the national pages, or one
 *                 part of the agencies
 *   FIGURES_WORKERS  processes drawing agencies in parallel (default: cores, at most 8; 0 = this process)
 *
 * An agency whose JSON, index line, code and site address did not change since the last run is not drawn again:
 * its file's `inputHash` says what it was made from, and the run's record (cache-<shard>.json) lists its charts.
 * When nothing changed, this process reads the data step's JSON, hashes it and writes the figures index; it
 * loads neither Plot nor the page schemas and starts no other process. Exit 1 on any error.
 */
import './linkedomEvents.ts';
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FiguresIndex } from '../src/figures/pages.ts';
import { paths } from '../src/lib/paths.ts';
import { agenciesOfShard, buildsNational, currentShard, shardName } from '../src/lib/shard.ts';
import { dataDir, figuresDir, siteUrl, writeAtomic } from '../src/lib/siteFiles.ts';
import {
  agencyFiguresPath,
  cachePath,
  cardPath,
  hashOf,
  nationalFiguresPath,
  readCache,
  storedHash,
  urusanFiguresPath,
  type FiguresCache,
} from './figuresCache.ts';
import type { AgencyTask, WorkerReply, WorkerTask } from './writeFigures.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** A fingerprint of the code that turns data into figures: any change in src/, these scripts or the lockfile draws again. */
function codeVersion(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|mjs)$/.test(name)) hash.update(`${relative(ROOT, path)}\n`).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'src'));
  for (const script of ['build-figures.ts', 'writeFigures.ts', 'figuresWorker.ts', 'figuresCache.ts', 'linkedomEvents.ts'])
    hash.update(`scripts/${script}\n`).update(readFileSync(join(ROOT, 'scripts', script)));
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

function workerCount(agencies: number): number {
  const setting = process.env.FIGURES_WORKERS;
  const wanted = setting === undefined ? Math.min(8, availableParallelism()) : Math.max(0, Number.parseInt(setting, 10) || 0);
  // Starting a process costs about as much as drawing two agencies.
  return Math.min(wanted, Math.floor(agencies / 2));
}

/**
 * A worker runs TypeScript as Node does (type stripping, Node ≥ 22.18) where it can, which starts it about a quarter of
 * a second sooner than tsx; and loads the linkedom hook before anything else.
 */
const WORKER_ARGS = [...(process.features.typescript ? [] : ['--import', 'tsx']), '--import', join(ROOT, 'scripts/linkedomEvents.ts')];

type Done = (kode: string, inputHash: string, charts: string[], drawn: boolean, cardMs: number) => void;

/** Runs the agencies in `workers` child processes (scripts/figuresWorker.ts), in order of their index position. */
function inWorkers(agencies: AgencyTask[], version: string, workers: number, onDone: Done): Promise<void> {
  const chunks = Array.from({ length: workers }, (_, worker) => agencies.filter((_, index) => index % workers === worker));
  return Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<void>((done, fail) => {
          const child = fork(join(ROOT, 'scripts/figuresWorker.ts'), [], { execArgv: WORKER_ARGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          child.on('message', (reply: WorkerReply) => {
            if ('error' in reply) fail(new Error(reply.error));
            else onDone(reply.done.kode, reply.done.inputHash, reply.done.charts, reply.done.drawn, reply.done.cardMs);
          });
          child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`proses gambar berhenti dengan kode ${code}`))));
          child.send({ agencies: chunk, version } satisfies WorkerTask);
        }),
    ),
  ).then(() => undefined);
}

/** index.json as far as this process reads it; writeFigures.ts parses it through its schema when it draws. */
function agencyLines(index: unknown): { kode: string; summary: string }[] {
  const agencies = (index as { agencies?: unknown }).agencies;
  if (!Array.isArray(agencies)) throw new Error('index.json: tidak ada daftar agencies (no agencies list)');
  return agencies.map((agency: { kode_pd?: unknown }) => {
    if (typeof agency?.kode_pd !== 'string' || !/^[a-z0-9-]+$/.test(agency.kode_pd))
      throw new Error(`index.json: kode_pd tidak sah: ${JSON.stringify(agency?.kode_pd)}`);
    return { kode: agency.kode_pd, summary: JSON.stringify(agency) };
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const indexBytes = readFileSync(join(dataDir(), 'index.json'));
  const lines = agencyLines(JSON.parse(indexBytes.toString('utf8')));
  const shard = currentShard();
  const urusan = buildsNational(shard);
  const version = createHash('sha256').update(codeVersion()).update(siteUrl()).digest('hex');
  const cacheFile = cachePath(shardName(shard));
  const cache = readCache(cacheFile, version);
  const dataOf = (kode: string) => readFileSync(join(dataDir(), 'pd', `${kode}.json`));

  // The national pages read index.json and, for /data/'s example, one of the first 20 agencies.
  const nationalHash = hashOf(version, indexBytes, ...lines.slice(0, 20).map((line) => dataOf(line.kode)));
  let national: FiguresCache['nasional'] =
    cache?.nasional?.inputHash === nationalHash &&
    storedHash(nationalFiguresPath()) === nationalHash &&
    (!urusan || (existsSync(cardPath('/')) && cache.nasional.urusan.every((slug) => existsSync(urusanFiguresPath(slug)))))
      ? cache.nasional
      : null;

  const agencies = agenciesOfShard(lines, shard);
  const recorded = new Map<string, FiguresCache['pd'][string]>();
  const toDraw: AgencyTask[] = [];
  for (const agency of agencies) {
    const entry = cache?.pd[agency.kode];
    // The same input as agencyInputHash (writeFigures.ts), without loading it.
    const current =
      entry !== undefined &&
      entry.inputHash === hashOf(version, dataOf(agency.kode), agency.summary) &&
      storedHash(agencyFiguresPath(agency.kode)) === entry.inputHash &&
      existsSync(cardPath(paths.agency(agency.kode)));
    if (current) recorded.set(agency.kode, entry);
    else toDraw.push(agency);
  }

  let drawn = 0;
  let cards = 0;
  let cardMs = 0;
  let workers = 0;
  let pagesVersion = cache?.pagesVersion;
  if (national === null || toDraw.length > 0) {
    const draw = await import('./writeFigures.ts');
    pagesVersion = draw.PAGES_VERSION;
    const done: Done = (kode, inputHash, charts, wasDrawn, ms) => {
      recorded.set(kode, { inputHash, charts });
      if (wasDrawn) drawn++;
      if (ms > 0) (cards++, (cardMs += ms));
    };
    workers = workerCount(toDraw.length);
    // The workers start first; this process draws the national pages meanwhile.
    const inOthers = workers > 0 ? inWorkers(toDraw, version, workers, done) : null;
    if (national === null) {
      const result = await draw.writeNationalFigures(indexBytes, nationalHash, { urusan });
      national = { inputHash: nationalHash, charts: result.charts, urusan: result.urusan };
      if (result.drawn) drawn++;
      if (result.cardMs > 0) (cards++, (cardMs += result.cardMs));
    }
    if (inOthers) await inOthers;
    else
      for (const agency of toDraw) {
        const result = await draw.writeAgencyFigures(agency, version);
        done(agency.kode, result.inputHash, result.charts, result.drawn, result.cardMs);
      }
  }

  const charts: FiguresIndex['charts'] = national.charts.map((chart) => ({ id: chart.id, agency: null, urusan: chart.urusan }));
  for (const agency of agencies) for (const id of recorded.get(agency.kode)!.charts) charts.push({ id, agency: agency.kode, urusan: null });
  const figuresIndex = { version: pagesVersion, charts } as FiguresIndex;
  writeAtomic(join(figuresDir(), `index-${shardName(shard)}.json`), JSON.stringify(figuresIndex));
  const record: FiguresCache = {
    version,
    pagesVersion: pagesVersion!,
    nasional: national,
    pd: Object.fromEntries(agencies.map((agency) => [agency.kode, recorded.get(agency.kode)!])),
  };
  writeAtomic(cacheFile, JSON.stringify(record));
  console.log(
    `Gambar: ${agencies.length} perangkat daerah${urusan ? ' dan halaman nasional' : ''}, ${charts.length} grafik; ${drawn} digambar ulang, sisanya dari hasil sebelumnya; ${cards} kartu pratinjau dalam ${Math.round(cardMs)} ms (waktu proses); ${workers || 1} proses, ${Math.round(performance.now() - started)} ms.`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`Langkah gambar gagal (figures step failed): ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
