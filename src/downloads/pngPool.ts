/**
 * Many SVGs → PNG files at build end: a content-addressed cache (an unchanged chart is never rendered twice,
 * across builds), and worker threads so every core renders. Each PNG takes tens of milliseconds (see the
 * report printed by the build); at national scale that is most of the build, hence both.
 *
 * Settings: PNG_WORKERS (default: cores, at most 8; 0 = render in this thread), PNG_CACHE (default
 * node_modules/.cache/kinerja-terbuka/png; `0` turns the cache off), PNG_SCALE (pixels per SVG unit of chart
 * PNGs, default 2; 1 takes about half the time and bytes).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { INTER_FILES, PNG_ENCODING, renderOptions, svgToPng } from './png.ts';

export interface PngJob {
  /** The SVG file to render (read when its turn comes, so 300,000 jobs never sit in memory). */
  svgPath: string;
  /** Absolute path of the PNG to write. */
  out: string;
  scale: number;
}

export interface PngReport {
  jobs: number;
  rendered: number;
  cached: number;
  workers: number;
  /** Wall time of the whole batch, and the mean time one render (parse, draw, encode) took. */
  wallMs: number;
  msPerPng: number;
  bytes: number;
}

const require = createRequire(import.meta.url);
const RESVG_VERSION = (JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string }).version;
const SHARP_VERSION = (JSON.parse(readFileSync(join(dirname(require.resolve('sharp')), '..', 'package.json'), 'utf8')) as { version: string }).version;
const FONT_STAMP = INTER_FILES.map((file) => `${file.split('/').pop()}:${statSync(file).size}`).join(',');

function cacheDir(): string | null {
  const setting = process.env.PNG_CACHE;
  if (setting === '0') return null;
  return resolve(setting ?? 'node_modules/.cache/kinerja-terbuka/png');
}

const keyOf = (svg: string, scale: number) => createHash('sha256').update(`${RESVG_VERSION}\n${SHARP_VERSION} ${JSON.stringify(PNG_ENCODING)}\n${FONT_STAMP}\n${scale}\n${svg}`).digest('hex');

function writeAtomic(path: string, data: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

export function workerCount(jobs: number): number {
  const setting = process.env.PNG_WORKERS;
  const wanted = setting === undefined ? Math.min(8, availableParallelism()) : Math.max(0, Number.parseInt(setting, 10) || 0);
  // Starting a worker (and loading fonts in it) costs more than a handful of PNGs.
  return jobs < 16 ? 0 : Math.min(wanted, Math.ceil(jobs / 8));
}

export async function renderPngs(jobs: readonly PngJob[]): Promise<PngReport> {
  const started = performance.now();
  const cache = cacheDir();
  const todo: { job: PngJob; key: string }[] = [];
  let cached = 0;
  let bytes = 0;
  for (const job of jobs) {
    const key = keyOf(readFileSync(job.svgPath, 'utf8'), job.scale);
    const hit = cache ? join(cache, key.slice(0, 2), `${key}.png`) : null;
    if (hit && existsSync(hit)) {
      mkdirSync(dirname(job.out), { recursive: true });
      copyFileSync(hit, job.out);
      bytes += statSync(job.out).size;
      cached++;
    } else todo.push({ job, key });
  }

  const store = (index: number, png: Uint8Array) => {
    const { job, key } = todo[index]!;
    writeAtomic(job.out, png);
    bytes += png.length;
    if (cache) writeAtomic(join(cache, key.slice(0, 2), `${key}.png`), png);
  };

  const workers = workerCount(todo.length);
  let renderMs = 0;
  if (workers === 0) {
    for (const [index, { job }] of todo.entries()) {
      const t = performance.now();
      const { png } = await svgToPng(readFileSync(job.svgPath, 'utf8'), { scale: job.scale });
      renderMs += performance.now() - t;
      store(index, png);
    }
  } else {
    await new Promise<void>((done, fail) => {
      const pool = Array.from({ length: workers }, () => new Worker(new URL('./pngWorker.mjs', import.meta.url), { workerData: { resolveFrom: import.meta.url.startsWith('file:') ? new URL(import.meta.url).pathname : join(process.cwd(), 'package.json'), options: renderOptions(), encoding: PNG_ENCODING } }));
      let next = 0;
      let finished = 0;
      const stop = (error?: Error) => {
        for (const worker of pool) void worker.terminate();
        if (error) fail(error);
        else done();
      };
      const feed = (worker: Worker) => {
        if (next >= todo.length) return;
        const index = next++;
        worker.postMessage({ index, svg: readFileSync(todo[index]!.job.svgPath, 'utf8'), scale: todo[index]!.job.scale });
      };
      for (const worker of pool) {
        worker.on('message', (message: { index: number; png?: Uint8Array; ms?: number; error?: string }) => {
          if (message.error !== undefined || !message.png) {
            stop(new Error(`PNG ${todo[message.index]!.job.out}: ${message.error}`));
            return;
          }
          renderMs += message.ms ?? 0;
          store(message.index, message.png);
          finished++;
          if (finished === todo.length) stop();
          else feed(worker);
        });
        worker.on('error', (error) => stop(error));
        feed(worker);
      }
      if (todo.length === 0) stop();
    });
  }
  return {
    jobs: jobs.length,
    rendered: todo.length,
    cached,
    workers,
    wallMs: performance.now() - started,
    msPerPng: todo.length === 0 ? 0 : renderMs / todo.length,
    bytes,
  };
}
