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
 * An agency whose JSON, code and site address did not change since the last run is not drawn again: its file's
 * `inputHash` says what it was made from. Exit 1 on any error.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SiteIndex } from '../src/data/output.ts';
import { PAGES_VERSION, type FiguresIndex } from '../src/figures/pages.ts';
import { agenciesOfShard, buildsNational, currentShard, shardName } from '../src/lib/shard.ts';
import { figuresDir, siteUrl, writeAtomic } from '../src/lib/siteFiles.ts';
import { writeAgencyFigures, writeNationalFigures, type WorkerReply, type WorkerTask } from './writeFigures.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** A fingerprint of the code that turns data into figures: any change in src/ or the lockfile draws again. */
function codeVersion(): string {
  const hash = createHash('sha256').update(`pages ${PAGES_VERSION}\n`);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|mjs)$/.test(name)) hash.update(`${relative(ROOT, path)}\n`).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'src'));
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

function workerCount(agencies: number): number {
  const setting = process.env.FIGURES_WORKERS;
  const wanted = setting === undefined ? Math.min(8, availableParallelism()) : Math.max(0, Number.parseInt(setting, 10) || 0);
  // Starting a process costs about as much as drawing two agencies.
  return Math.min(wanted, Math.floor(agencies / 2));
}

/** Runs the agencies in `workers` child processes (scripts/figuresWorker.ts), in order of their index position. */
function inWorkers(kodes: string[], version: string, workers: number, onDone: (kode: string, charts: string[], drawn: boolean) => void): Promise<void> {
  const chunks = Array.from({ length: workers }, (_, worker) => kodes.filter((_, index) => index % workers === worker));
  return Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<void>((done, fail) => {
          const child = fork(join(ROOT, 'scripts/figuresWorker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          child.on('message', (reply: WorkerReply) => {
            if ('error' in reply) fail(new Error(reply.error));
            else onDone(reply.done.kode, reply.done.charts, reply.done.drawn);
          });
          child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`proses gambar berhenti dengan kode ${code}`))));
          child.send({ kodes: chunk, version } satisfies WorkerTask);
        }),
    ),
  ).then(() => undefined);
}

async function main(): Promise<number> {
  const started = performance.now();
  const outDir = figuresDir();
  const dataDir = resolve(process.env.OUT_DIR ?? 'generated/data');
  const index = SiteIndex.parse(JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')));
  const shard = currentShard();
  const version = createHash('sha256').update(codeVersion()).update(siteUrl()).digest('hex');

  const charts: FiguresIndex['charts'] = [];
  let drawn = 0;
  const national = await writeNationalFigures(index, version, { urusan: buildsNational(shard) });
  charts.push(...national.charts);
  if (national.drawn) drawn++;

  const kodes = agenciesOfShard(index.agencies, shard).map((agency) => agency.kode_pd);
  const byKode = new Map<string, string[]>();
  const record = (kode: string, ids: string[], wasDrawn: boolean) => {
    byKode.set(kode, ids);
    if (wasDrawn) drawn++;
  };
  const workers = workerCount(kodes.length);
  if (workers === 0) {
    for (const kode of kodes) {
      const result = await writeAgencyFigures(kode, version);
      record(kode, result.charts, result.drawn);
    }
  } else await inWorkers(kodes, version, workers, record);
  for (const kode of kodes) for (const id of byKode.get(kode) ?? []) charts.push({ id, agency: kode, urusan: null });

  const figuresIndex: FiguresIndex = { version: PAGES_VERSION, charts };
  writeAtomic(join(outDir, `index-${shardName(shard)}.json`), JSON.stringify(figuresIndex));
  console.log(
    `Gambar: ${kodes.length} perangkat daerah${buildsNational(shard) ? ' dan halaman nasional' : ''}, ${charts.length} grafik; ${drawn} digambar ulang, sisanya dari hasil sebelumnya; ${workers || 1} proses, ${Math.round(performance.now() - started)} ms.`,
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
