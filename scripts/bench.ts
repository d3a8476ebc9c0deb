/**
 * `npm run bench`: measures the data step and the site build on synthetic datasets
 * (scripts/generate-dataset.ts) and writes BENCHMARKS.md. Not part of `npm test`.
 *
 *   npm run bench                                    # everything, default sizes (long: see --sizes)
 *   npm run bench -- --only data                     # data step vs papaparse alone
 *   npm run bench -- --only site                     # site build (figures step + astro build) per page vs trivial Astro pages
 *   npm run bench -- --only bundled                  # size of dist/ for the bundled dataset (data/), by folder and kind
 *   npm run bench -- --only scale --sizes 1000       # whole build at 1,000 agencies
 *   npm run bench -- --only scale --sizes national   # 552 pemda × 36 = 19,872 agencies
 *   npm run bench -- --only layouts                  # folders vs provinces vs single, data step only
 *   npm run bench -- --only scale --sizes national --data-only   # national data step, one process and sharded
 *   npm run bench -- --only national                 # the national dataset built the sharded way (README "Scale"), end to
 *                                                    # end: every job of scripts/nationalJobs.ts (as .github/workflows/
 *                                                    # national-build.yml), --parallel 2 at a time; --keep search|all
 *   npm run bench -- --only national --national-agencies 400 --part-agencies 100 --out /tmp/b.md   # a trial run
 *   npm run bench -- --only national --resume   # goes on where a stopped national run left off (same build code), adding up
 *   npm run bench -- --only search --pagefind-proxy <dist>   # Pagefind over 19,872 agencies' overview and
 *                                                            # indicator pages (a proxy), and what a search downloads
 *
 * Every figure is measured in the run that prints it; ratios compare runs made side by side,
 * interleaved, so that load from other processes falls on both. Each section of BENCHMARKS.md is
 * replaced only when that section runs, so parts can be re-run. Generated datasets, outputs and
 * logs live in --work (default /tmp/kt-bench), never in the repository. Child processes run under
 * /usr/bin/time -v (Debian package `time`) for their peak RSS; without it RSS is not reported.
 *
 * The site is built from a snapshot of the repository's src/, public/ and config, copied into
 * --work, so the bench neither writes into the shared dist/ nor races another build of it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseShard, shardName } from '../src/lib/shard.ts';
import { NATIONAL_JOBS, provinces, siteShards, type NationalJob, type NationalStep, type Where } from './nationalJobs.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const NATIONAL = 552 * 36;
/** Astro pages per agency at the time of writing (pd/<kode>/: index, 10 years, 10 budgets, 15 indicators), plus a little for urusan and province pages: for extrapolation only, when a build is stopped. */
const PAGES_PER_AGENCY = 37;

const SECTIONS = ['data', 'layouts', 'site', 'bundled', 'scale', 'national', 'search'] as const;
type Section = (typeof SECTIONS)[number];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: `1000,national` },
    'data-agencies': { type: 'string', default: '1000' },
    'site-agencies': { type: 'string', default: '10' },
    'site-repeat': { type: 'string', default: '1' },
    repeat: { type: 'string', default: '3' },
    work: { type: 'string', default: '/tmp/kt-bench' },
    out: { type: 'string', default: join(ROOT, 'BENCHMARKS.md') },
    'timeout-min': { type: 'string', default: '60' },
    'max-old-space-mb': { type: 'string' },
    'shard-above': { type: 'string', default: '5000' },
    'part-agencies': { type: 'string', default: '180' },
    parallel: { type: 'string', default: '2' },
    keep: { type: 'string', default: 'search' },
    'national-agencies': { type: 'string', default: '' },
    'pagefind-proxy': { type: 'string', default: '' },
    'indicators-per-agency': { type: 'string', default: '15' },
    regenerate: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    'data-only': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}

const only = new Set<Section>(
  (args.only?.split(',') ?? SECTIONS).map((name) => {
    if (!SECTIONS.includes(name as Section)) throw new Error(`--only: unknown section ${name} (${SECTIONS.join(', ')})`);
    return name as Section;
  }),
);
const WORK = resolve(args.work);
const REPEAT = Math.max(1, Number(args.repeat));
const TIMEOUT_MS = Number(args['timeout-min']) * 60_000;
const sizeOf = (raw: string) => (raw === 'national' ? NATIONAL : Number(raw));
mkdirSync(WORK, { recursive: true });
if (WORK === ROOT || WORK.startsWith(`${ROOT}/`)) throw new Error('--work must be outside the repository: generated data is never committed');

// ---- Running and measuring child processes -----------------------------------------------------

interface Measured {
  ok: boolean;
  code: number | null;
  timedOut: boolean;
  wallS: number;
  /** User + system CPU seconds, from /usr/bin/time. */
  cpuS: number | null;
  /** Peak RSS in MB, from /usr/bin/time (the largest process of the tree that it waited for). */
  rssMB: number | null;
  stdout: string;
  stderrTail: string;
}

const HAVE_TIME = existsSync('/usr/bin/time');
if (!HAVE_TIME) console.warn('peringatan: /usr/bin/time tidak ada (apt-get install time); peak RSS tidak diukur');

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Runs a command to completion (or timeout), wall time measured here, CPU and RSS by GNU time. */
function run(
  command: string,
  commandArgs: string[],
  options: { cwd?: string; env?: Record<string, string>; logFile?: string; timeoutMs?: number } = {},
): Promise<Measured> {
  const timeFile = join(WORK, `.time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [cmd, argv] = HAVE_TIME ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...commandArgs]] : [command, commandArgs];
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(cmd, argv, {
      cwd: options.cwd ?? WORK,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    const logChunks: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      // Keep the tail: Astro prints a line per page, and its summary (`N page(s) built`) comes last.
      stdout = (stdout + text).slice(-200_000);
      if (options.logFile) logChunks.push(text);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stderr = (stderr + text).slice(-8000);
      if (options.logFile) logChunks.push(text);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The child runs in its own process group: end it and whatever it started, nothing else.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, options.timeoutMs ?? TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallS = (performance.now() - started) / 1000;
      if (options.logFile) writeFileSync(options.logFile, logChunks.join(''));
      let cpuS: number | null = null;
      let rssMB: number | null = null;
      if (HAVE_TIME && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        rmSync(timeFile, { force: true });
        const field = (name: string) => Number(report.match(new RegExp(`${name}: ([\\d.]+)`))?.[1] ?? NaN);
        cpuS = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
        rssMB = field('Maximum resident set size \\(kbytes\\)') / 1024;
        const exit = report.match(/Exit status: (\d+)/);
        if (exit && code === 0) code = Number(exit[1]);
        if (/Command terminated by signal/.test(report) && code === 0) code = 1;
      }
      done({ ok: code === 0 && !timedOut, code, timedOut, wallS, cpuS, rssMB, stdout, stderrTail: stderr.slice(-2000) });
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const s = (seconds: number | null) =>
  seconds === null || Number.isNaN(seconds)
    ? 'n/a'
    : seconds < 10
      ? `${seconds.toFixed(2)} s`
      : seconds < 600
        ? `${seconds.toFixed(1)} s`
        : `${(seconds / 60).toFixed(1)} min`;
const mb = (value: number | null) =>
  value === null || Number.isNaN(value)
    ? 'n/a'
    : value >= 1024
      ? `${(value / 1024).toFixed(2)} GB`
      : value >= 10
        ? `${value.toFixed(0)} MB`
        : value >= 1
          ? `${value.toFixed(1)} MB`
          : `${(value * 1024).toFixed(0)} KB`;
const x = (ratio: number) => `${ratio.toFixed(2)}×`;
const n = (value: number) => value.toLocaleString('en-US');

function failure(step: string, result: Measured): string {
  if (result.timedOut) return `${step}: stopped after ${s(result.wallS)} (timeout --timeout-min ${args['timeout-min']})`;
  const oom = /heap out of memory|Reached heap limit|Allocation failed/i.test(result.stderrTail);
  return `${step}: failed (exit ${result.code}) after ${s(result.wallS)}${oom ? ', JavaScript heap out of memory' : ''}; peak RSS ${mb(result.rssMB)}`;
}

function duBytes(path: string): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) total += statSync(full).size;
    }
  };
  if (existsSync(path)) walk(path);
  return total;
}

function countFiles(path: string, suffix: string): number {
  let count = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(suffix)) count++;
    }
  };
  if (existsSync(path)) walk(path);
  return count;
}

// ---- Steps ---------------------------------------------------------------------------------------

type Layout = 'folders' | 'provinces' | 'single';

/** Generates a dataset once per (agencies, layout); reused by later runs unless --regenerate. */
async function dataset(agencies: number, layout: Layout): Promise<{ dir: string; generate: Measured | null; rows: string }> {
  const dir = join(WORK, 'datasets', `a${agencies}-${layout}`);
  const stamp = join(dir, '.complete');
  if (existsSync(stamp) && !args.regenerate) return { dir, generate: null, rows: readFileSync(stamp, 'utf8') };
  log(`generating ${n(agencies)} agencies (${layout}) in ${dir}`);
  const result = await run(NODE, [
    '--import',
    TSX,
    join(ROOT, 'scripts', 'generate-dataset.ts'),
    '--out',
    dir,
    '--agencies',
    String(agencies),
    '--layout',
    layout,
    '--force',
    '--quiet',
  ]);
  if (!result.ok) throw new Error(failure('generate', result) + `\n${result.stderrTail}`);
  const rows = result.stdout.match(/Baris: (.*)\./)?.[1] ?? '';
  writeFileSync(stamp, rows);
  return { dir, generate: result, rows };
}

/** The data step exactly as `npm run data` runs it, from a scratch working directory. */
function dataStep(dataDir: string, outDir: string, extraNodeArgs: string[] = []): Promise<Measured> {
  const cwd = join(WORK, 'cwd');
  mkdirSync(cwd, { recursive: true }); // build-data.ts removes ./dist on failure: never the repository's
  return run(NODE, [...extraNodeArgs, '--import', TSX, join(ROOT, 'scripts', 'build-data.ts')], { cwd, env: { DATA_DIR: dataDir, OUT_DIR: outDir } });
}

/** papaparse alone: read, decode and parse the same files, nothing else. */
function papaparseAlone(dataDir: string): Promise<Measured> {
  const script = join(WORK, 'papaparse-alone.mjs');
  writeFileSync(
    script,
    `import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from ${JSON.stringify(join(ROOT, 'node_modules', 'papaparse', 'papaparse.js'))};
const dir = process.argv[2];
let rows = 0;
const folders = [dir, ...readdirSync(dir).sort().map((name) => join(dir, name)).filter((path) => statSync(path).isDirectory())];
for (const folder of folders) {
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.csv')) continue;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(folder, name)));
    rows += Papa.parse(text, { delimiter: ',' }).data.length - 1;
  }
}
console.log('rows', rows);
`,
  );
  return run(NODE, [script, dataDir]);
}

/** A copy of the site's sources to build from, so the shared dist/ and .astro/ are left alone. */
function siteSnapshot(name = 'site-snapshot'): string {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (/^(src|public|astro\.config\.\w+|package\.json|tsconfig\.json)$/.test(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(dir);
  return dir;
}

/**
 * node_modules for a bench project: a folder of links to the repository's packages, so that Astro's cache
 * (node_modules/.astro, and Vite's node_modules/.vite) is the project's own and a cold build can empty it.
 */
function linkNodeModules(dir: string) {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** Empties a project's Astro (and Vite) cache: the next build is cold. */
function emptyAstroCache(projectDir: string) {
  for (const name of ['.astro', '.vite']) rmSync(join(projectDir, 'node_modules', name), { recursive: true, force: true });
}

/** An Astro project with `pages` trivial pages: the floor that the real pages are compared with. */
function trivialProject(pages: number): string {
  const dir = join(WORK, 'trivial-astro');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'trivial', private: true, type: 'module' }));
  // Same output options as the site (directory format, trailing slash), nothing else.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[n].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="id"><head><meta charset="utf-8" /><title>Halaman {n}</title></head><body><h1>Halaman {n}</h1><p>Trivial.</p></body></html>\n`,
  );
  linkNodeModules(dir);
  return dir;
}

/** The figures step exactly as `npm run figures` runs it (scripts/build-figures.ts): OUT_DIR's JSON → FIGURES_DIR. */
function figuresStep(outDir: string, figuresDir: string, logFile: string, extraNodeArgs: string[] = []): Promise<Measured> {
  return run(NODE, [...extraNodeArgs, '--import', TSX, join(ROOT, 'scripts', 'build-figures.ts')], {
    cwd: ROOT,
    env: { OUT_DIR: outDir, FIGURES_DIR: figuresDir },
    logFile,
  });
}

function astroBuild(projectDir: string, outDir: string, env: Record<string, string>, logFile: string, extraNodeArgs: string[] = []): Promise<Measured> {
  rmSync(outDir, { recursive: true, force: true });
  // The caller empties the Astro cache (emptyAstroCache) for a cold build, and FIGURES_DIR names the figures step's output.
  return run(NODE, [...extraNodeArgs, BIN('astro'), 'build', '--outDir', outDir], { cwd: projectDir, env, logFile });
}

/** Pagefind as `npm run build` runs it: from the repository, so it reads pagefind.yml (only the pages marked for search). */
const pagefindRun = (site: string, logFile: string) => run(BIN('pagefind'), ['--site', site], { cwd: ROOT, logFile });

/**
 * The HTML pages a site build wrote: those Astro reports, and the chart embed pages its integration writes from one
 * frame page that Astro renders and the integration removes (src/downloads/writeEmbeds.ts).
 */
const pagesBuilt = (result: Measured, outDir: string) => {
  const astro = result.stdout.match(/(\d+) page\(s\) built/)?.[1];
  if (astro === undefined) return countFiles(outDir, '.html');
  const embeds = result.stdout.match(/(\d+) halaman sematan/)?.[1];
  return Number(astro) + (embeds === undefined ? 0 : Number(embeds) - 1);
};

// ---- Report --------------------------------------------------------------------------------------

function machine(): string {
  const cpu = cpus();
  let commit = 'unknown';
  try {
    commit = readFileSync(join(ROOT, '.git', 'HEAD'), 'utf8').trim();
    if (commit.startsWith('ref: ')) commit = readFileSync(join(ROOT, '.git', commit.slice(5)), 'utf8').trim();
  } catch {
    /* not a git checkout */
  }
  let load = '';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    /* not Linux */
  }
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} logical cores`,
    `- RAM: ${(totalmem() / 2 ** 30).toFixed(1)} GiB (free at start ${(freemem() / 2 ** 30).toFixed(1)} GiB)`,
    `- OS: ${platform()} ${release()}; Node ${process.version}`,
    `- Date: ${new Date().toISOString()}; commit ${commit.slice(0, 12)}${load ? `; load average at start ${load}` : ''}`,
  ].join('\n');
}

function writeSection(name: string, body: string) {
  const file = resolve(args.out);
  let text = existsSync(file) ? readFileSync(file, 'utf8') : TEMPLATE;
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const at = text.indexOf(start);
  const stop = text.indexOf(end);
  text = at >= 0 && stop > at ? text.slice(0, at) + block + text.slice(stop + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
  log(`wrote section ${name} of ${file}`);
}

const TEMPLATE = `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.ts) on synthetic datasets from
\`scripts/generate-dataset.ts\`. Every number below was measured in the run named in its section;
ratios compare runs made side by side in that same run. Re-run a part with
\`npm run bench -- --only data|layouts|site|bundled|scale|national|search [--sizes 1000,national]\`.

## Machine (last run)

<!-- bench:machine:start -->
<!-- bench:machine:end -->

## Data step vs papaparse alone

<!-- bench:data:start -->
<!-- bench:data:end -->

## Dataset layouts

<!-- bench:layouts:start -->
<!-- bench:layouts:end -->

## Site build per page vs trivial Astro pages

<!-- bench:site:start -->
<!-- bench:site:end -->

## Bundled dataset: size of dist/

<!-- bench:bundled:start -->
<!-- bench:bundled:end -->

## Whole build at scale

<!-- bench:scale:start -->
<!-- bench:scale:end -->

<!-- bench:scale-1000:start -->
<!-- bench:scale-1000:end -->

<!-- bench:scale-${NATIONAL}:start -->
<!-- bench:scale-${NATIONAL}:end -->
`;

const stamp = () => `_Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpus().length} cores._`;

// ---- Sections ------------------------------------------------------------------------------------

async function benchData() {
  const agencies = Number(args['data-agencies']);
  const { dir, rows } = await dataset(agencies, 'folders');
  const out = join(WORK, 'out', `data-a${agencies}`);
  const pairs: { papa: Measured; data: Measured }[] = [];
  for (let i = 0; i < REPEAT; i++) {
    log(`data vs papaparse, run ${i + 1}/${REPEAT}`);
    const papa = await papaparseAlone(dir);
    if (!papa.ok) throw new Error(failure('papaparse', papa));
    const data = await dataStep(dir, out);
    if (!data.ok) throw new Error(failure('data step', data) + `\n${data.stderrTail}`);
    pairs.push({ papa, data });
  }
  const papaWall = median(pairs.map((pair) => pair.papa.wallS));
  const dataWall = median(pairs.map((pair) => pair.data.wallS));
  const papaCpu = median(pairs.map((pair) => pair.papa.cpuS ?? NaN));
  const dataCpu = median(pairs.map((pair) => pair.data.cpuS ?? NaN));
  const perPair = pairs.map((pair) => x(pair.data.wallS / pair.papa.wallS)).join(', ');
  const outBytes = duBytes(out);
  writeSection(
    'data',
    `${stamp()}

Dataset: ${n(agencies)} synthetic agencies, one folder per agency (${rows}). Both sides are whole
processes started cold: the data step as \`npm run data\` runs it (\`node --import tsx
scripts/build-data.ts\`: read, parse, validate, derive, findings, write ${mb(outBytes / 2 ** 20)} of JSON), and a
plain Node script that reads, decodes and \`Papa.parse\`s the same files and keeps nothing.
${REPEAT} interleaved runs each; medians.

| | wall | CPU (user+sys) | peak RSS |
|---|---|---|---|
| papaparse alone | ${s(papaWall)} | ${s(papaCpu)} | ${mb(median(pairs.map((pair) => pair.papa.rssMB ?? NaN)))} |
| data step | ${s(dataWall)} | ${s(dataCpu)} | ${mb(median(pairs.map((pair) => pair.data.rssMB ?? NaN)))} |
| **ratio** | **${x(dataWall / papaWall)}** | ${x(dataCpu / papaCpu)} | |

Goal (issue 14) ≤ 3×: ${verdict(dataWall / papaWall, 3)}. Per-run wall ratios: ${perPair}.

Command: \`npm run bench -- --only data --data-agencies ${agencies} --repeat ${REPEAT}\``,
  );
}

async function benchLayouts() {
  const agencies = Number(args['data-agencies']);
  const lines: string[] = [];
  const results: Record<string, Measured[]> = { folders: [], provinces: [], single: [] };
  const sets: Record<string, { dir: string; files: number; bytes: number }> = {};
  for (const layout of ['folders', 'provinces', 'single'] as const) {
    const { dir } = await dataset(agencies, layout);
    sets[layout] = { dir, files: countFiles(dir, '.csv'), bytes: duBytes(dir) };
  }
  for (let i = 0; i < REPEAT; i++) {
    for (const layout of ['folders', 'provinces', 'single'] as const) {
      log(`layout ${layout}, run ${i + 1}/${REPEAT}`);
      const result = await dataStep(sets[layout]!.dir, join(WORK, 'out', `layout-${layout}`));
      if (!result.ok) throw new Error(failure(`data step (${layout})`, result) + `\n${result.stderrTail}`);
      results[layout]!.push(result);
    }
  }
  for (const layout of ['folders', 'provinces', 'single'] as const) {
    const runs = results[layout]!;
    const largest = Math.max(
      ...readdirSync(sets[layout]!.dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => statSync(join(entry.parentPath, entry.name)).size),
    );
    lines.push(
      `| ${layout} | ${n(sets[layout]!.files)} | ${mb(largest / 2 ** 20)} | ${s(median(runs.map((r) => r.wallS)))} | ${mb(median(runs.map((r) => r.rssMB ?? NaN)))} |`,
    );
  }
  writeSection(
    'layouts',
    `${stamp()}

The same ${n(agencies)} agencies in the three layouts that the data step reads as they are; data step
only, ${REPEAT} interleaved runs, medians.

| layout | CSV files | largest file | data step wall | peak RSS |
|---|---|---|---|---|
${lines.join('\n')}

\`folders\`: one subfolder per agency. \`provinces\`: one subfolder per province, the five files of
its agencies concatenated. \`single\`: the five files at the top. A file is read into one string,
and V8's string limit is 2^29 − 24 characters (about 512 MiB): the national anggaran.csv
(about 6 million rows) is over 1 GB, so \`single\` cannot hold the national dataset; per province the
largest anggaran.csv (Jawa Timur, 1,404 agencies) is about 110 MB.

Command: \`npm run bench -- --only layouts --data-agencies ${agencies}\``,
  );
}

async function benchSite() {
  const agencies = Number(args['site-agencies']);
  const { dir } = await dataset(agencies, 'folders');
  const out = join(WORK, 'out', `site-a${agencies}`);
  log(`data step for the site bench (${agencies} agencies)`);
  const data = await dataStep(dir, out);
  if (!data.ok) throw new Error(failure('data step', data) + `\n${data.stderrTail}`);
  const project = siteSnapshot();
  const figures = join(WORK, 'out', `site-a${agencies}-figures`);
  const env = { DATA_DIR: dir, OUT_DIR: out, FIGURES_DIR: figures };
  const coldRuns: { figures: Measured; astro: Measured }[] = [];
  const warmRuns: { figures: Measured; astro: Measured }[] = [];
  const trivialRuns: Measured[] = [];
  const distDir = join(WORK, 'dist', `site-a${agencies}`);
  let pages = 0;
  const repeat = Math.max(1, Number(args['site-repeat']));
  /** The figures step, then astro build: the part of `npm run build` after the data step, before Pagefind. */
  const build = async (kind: string, i: number) => {
    const figuresRun = await figuresStep(out, figures, join(WORK, `site-figures${kind}-${i}.log`));
    if (!figuresRun.ok) throw new Error(failure(`figures step (site${kind})`, figuresRun) + `\n${figuresRun.stderrTail}`);
    const astro = await astroBuild(project, distDir, env, join(WORK, `site-build${kind}-${i}.log`));
    if (!astro.ok) throw new Error(failure(`astro build (site${kind})`, astro) + `\n${astro.stderrTail}`);
    return { figures: figuresRun, astro };
  };
  for (let i = 0; i < repeat; i++) {
    // Cold: an empty figures folder and Astro cache (a first build on a fresh machine).
    log(`site build (${agencies} agencies), cold, run ${i + 1}/${repeat}`);
    rmSync(figures, { recursive: true, force: true });
    emptyAstroCache(project);
    const cold = await build('', i);
    pages = pagesBuilt(cold.astro, distDir);
    coldRuns.push(cold);
    // Warm: the same build again, the figures folder and Astro cache kept; the figures step skips unchanged agencies.
    log(`site build (${agencies} agencies), warm, run ${i + 1}/${repeat}`);
    warmRuns.push(await build('-warm', i));
    log(`trivial build (${pages} pages), run ${i + 1}/${repeat}`);
    const trivialDir = trivialProject(pages);
    const trivial = await astroBuild(trivialDir, join(WORK, 'dist', 'trivial'), {}, join(WORK, `trivial-build-${i}.log`));
    if (!trivial.ok) throw new Error(failure('astro build (trivial)', trivial) + `\n${trivial.stderrTail}`);
    trivialRuns.push(trivial);
  }
  const wall = (runs: Measured[]) => median(runs.map((run) => run.wallS));
  const rss = (runs: Measured[]) => mb(median(runs.map((run) => run.rssMB ?? NaN)));
  const trivialWall = wall(trivialRuns);
  const perPage = (seconds: number) => `${((seconds / pages) * 1000).toFixed(1)} ms`;
  const row = (label: string, runs: { figures: Measured; astro: Measured }[]) => {
    const figuresWall = wall(runs.map((run) => run.figures));
    const astroWall = wall(runs.map((run) => run.astro));
    const both = median(runs.map((run) => run.figures.wallS + run.astro.wallS));
    return {
      both,
      astroWall,
      line: `| ${label} | ${n(pages)} | ${s(figuresWall)}, ${rss(runs.map((run) => run.figures))} | ${s(astroWall)}, ${rss(runs.map((run) => run.astro))} | ${perPage(astroWall)} | ${s(both)} | ${perPage(both)} |`,
    };
  };
  const cold = row('site, cold', coldRuns);
  const warm = row('site, warm', warmRuns);
  const routes = countRoutes(distDir);
  const htmlFiles = countFiles(distDir, '.html');
  const embeds = countFiles(join(distDir, 'embed'), '.html');
  writeSection(
    'site',
    `${stamp()}

The real site (a snapshot of src/ at this commit; HTML files by top folder: ${routes}) built from ${n(agencies)} synthetic
agencies, against an Astro project with the same number of trivial pages (one dynamic route,
\`<h1>\` and a paragraph) and the same output options. Measured: the figures step (\`npm run figures\`, scripts/build-figures.ts:
every chart and table of every page defined once, charts drawn to SVG, preview cards to PNG) and \`astro build\`, each a
process of its own, ${repeat} interleaved run(s), medians; the data step is measured above and Pagefind is not counted.
Pages are the HTML pages the build writes: those Astro renders, and the chart embed pages${embeds ? ` (${n(embeds)})` : ''}, which its integration
writes from one frame that Astro renders (src/downloads/writeEmbeds.ts)${htmlFiles > pages ? `; it also writes ${n(htmlFiles - pages)} more HTML files` : ''}, with
the other files of \`dist/\` (${mb(duBytes(distDir) / 2 ** 20)} in all); their time is part of its \`astro build\`.
Chart PNG and CSV downloads are made in the reader's browser, not in the build.
\`cold\`: an empty figures folder and Astro cache (a first build on a fresh machine); \`warm\`: the same build again with the
figures folder and Astro cache kept (a rebuild where no agency's data changed: the figures step skips every agency whose input
hash is unchanged), the pages built anew. The trivial project is built cold each time.

| | pages | figures step: wall, peak RSS | astro build: wall, peak RSS | astro build per page | figures + astro build | figures + astro per page |
|---|---|---|---|---|---|---|
${cold.line}
${warm.line}
| trivial pages | ${n(pages)} | | ${s(trivialWall)}, ${rss(trivialRuns)} | ${perPage(trivialWall)} | | |

| ratio against the trivial pages | astro build only | figures step + astro build |
|---|---|---|
| **cold** (goal ≤ 4×) | ${x(cold.astroWall / trivialWall)}: ${verdict(cold.astroWall / trivialWall, 4)} | **${x(cold.both / trivialWall)}**: ${verdict(cold.both / trivialWall, 4)} |
| warm (goal ≤ 2×) | ${x(warm.astroWall / trivialWall)}: ${verdict(warm.astroWall / trivialWall, 2)} | ${x(warm.both / trivialWall)}: ${verdict(warm.both / trivialWall, 2)} |

From the figures step's logs, cold: ${figuresLine(join(WORK, 'site-figures-0.log')) || 'n/a'}; warm: ${figuresLine(join(WORK, 'site-figures-warm-0.log')) || 'n/a'}.

${shared()}

Command: \`npm run bench -- --only site --site-agencies ${agencies} --site-repeat ${repeat}\``,
  );
}

const verdict = (ratio: number, goal: number) => (ratio <= goal ? 'met' : `missed by ${x(ratio / goal)}`);

/** Bytes and files of a built site by top folder (top-level files together), largest first. */
function byTopFolder(distDir: string): { name: string; bytes: number; files: number }[] {
  const rows = readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: `${entry.name}/`, bytes: duBytes(join(distDir, entry.name)), files: countFiles(join(distDir, entry.name), '') }));
  const top = readdirSync(distDir, { withFileTypes: true }).filter((entry) => entry.isFile());
  rows.push({ name: '(files at the top)', bytes: top.reduce((sum, entry) => sum + statSync(join(distDir, entry.name)).size, 0), files: top.length });
  return rows.sort((a, b) => b.bytes - a.bytes);
}

/** Every file of a built site with its size. */
function allFiles(distDir: string): { path: string; bytes: number }[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: path.slice(distDir.length + 1), bytes: statSync(path).size };
    });
}

/** Disk usage as `du -sk` reports it (allocated blocks), in bytes. */
function duDisk(path: string): number | null {
  const result = spawnSync('du', ['-sk', path], { encoding: 'utf8' });
  const kb = Number(result.stdout?.split('\t')[0]);
  return result.status === 0 && Number.isFinite(kb) ? kb * 1024 : null;
}

/**
 * `dist/` for the bundled dataset (the repository's data/): the steps of `npm run build` (data, figures, astro build,
 * Pagefind) into the bench's folders, cold; then its size by top folder, by kind of file, and where the bytes in the HTML go.
 */
async function benchBundled() {
  const project = siteSnapshot();
  const dataDir = join(ROOT, 'data');
  const out = join(WORK, 'out', 'bundled');
  const figures = join(WORK, 'out', 'bundled-figures');
  const dist = join(WORK, 'dist', 'bundled');
  rmSync(out, { recursive: true, force: true });
  rmSync(figures, { recursive: true, force: true });
  emptyAstroCache(project);
  log('bundled: data step');
  const data = await dataStep(dataDir, out);
  if (!data.ok) throw new Error(failure('data step (bundled)', data) + `\n${data.stderrTail}`);
  log('bundled: figures step');
  const figuresRun = await figuresStep(out, figures, join(WORK, 'bundled-figures.log'));
  if (!figuresRun.ok) throw new Error(failure('figures step (bundled)', figuresRun) + `\n${figuresRun.stderrTail}`);
  log('bundled: astro build');
  const astro = await astroBuild(project, dist, { DATA_DIR: dataDir, OUT_DIR: out, FIGURES_DIR: figures }, join(WORK, 'bundled-astro.log'));
  if (!astro.ok) throw new Error(failure('astro build (bundled)', astro) + `\n${astro.stderrTail}`);
  log('bundled: pagefind');
  const search = await pagefindRun(dist, join(WORK, 'bundled-pagefind.log'));
  if (!search.ok) throw new Error(failure('pagefind (bundled)', search) + `\n${search.stderrTail}`);

  const files = allFiles(dist);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const disk = duDisk(dist);
  const MB = 2 ** 20;
  const goalBytes = 12 * MB;
  const goalFiles = 1500;
  const kinds = new Map<string, { bytes: number; files: number }>();
  for (const file of files) {
    const kind = file.path.match(/\.(\w+)$/)?.[1] ?? '(none)';
    const entry = kinds.get(kind) ?? { bytes: 0, files: 0 };
    entry.bytes += file.bytes;
    entry.files++;
    kinds.set(kind, entry);
  }
  // Where the HTML's bytes go: inline SVG (charts; a chart may be drawn twice, wide and narrow) and the figures' JSON for downloads.
  let svgBytes = 0;
  let svgCount = 0;
  /** Charts are drawn twice (src/figures/charts.ts: wide `-lebar` and narrow `-sempit`); the narrow copies, and the SVG in embed pages. */
  let narrowBytes = 0;
  let narrowCount = 0;
  let embedSvgBytes = 0;
  let jsonBytes = 0;
  let jsonCount = 0;
  for (const file of files.filter((item) => item.path.endsWith('.html'))) {
    const html = readFileSync(join(dist, file.path), 'utf8');
    for (const match of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) {
      const bytes = Buffer.byteLength(match[0]);
      svgBytes += bytes;
      svgCount++;
      if (/^<svg[^>]*\bid="[^"]*-sempit"/.test(match[0])) {
        narrowBytes += bytes;
        narrowCount++;
      }
      if (file.path.startsWith('embed/')) embedSvgBytes += bytes;
    }
    for (const match of html.matchAll(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g)) {
      jsonBytes += Buffer.byteLength(match[0]);
      jsonCount++;
    }
  }
  const htmlBytes = kinds.get('html')?.bytes ?? 0;
  const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;
  const largest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 10);
  const sizeVerdict = total <= goalBytes ? 'met' : `missed by ${mb((total - goalBytes) / MB)} (${x(total / goalBytes)})`;
  const filesVerdict = files.length <= goalFiles ? 'met' : `missed by ${n(files.length - goalFiles)} files (${x(files.length / goalFiles)})`;
  writeSection(
    'bundled',
    `${stamp()}

\`dist/\` for the bundled dataset (data/ of the repository, ${n(readdirSync(dataDir).filter((name) => statSync(join(dataDir, name)).isDirectory()).length)} agencies), built by the steps of
\`npm run build\` (data step, figures step, \`astro build\`, Pagefind) into the bench's folders, cold (an empty figures folder
and Astro cache). Steps: data ${s(data.wallS)}, figures ${s(figuresRun.wallS)} (${mb(figuresRun.rssMB)}), astro build ${s(astro.wallS)}
(${mb(astro.rssMB)}, ${n(pagesBuilt(astro, dist))} pages), Pagefind ${s(search.wallS)}.

| | bytes | \`du -sk\` | files |
|---|---|---|---|
| **dist/** | **${mb(total / MB)}** (${n(total)}) | ${disk === null ? 'n/a' : mb(disk / MB)} | **${n(files.length)}** |
| goal (issue 14) | ≤ 12 MB: ${sizeVerdict} | | ≤ 1,500: ${filesVerdict} |

By top folder:

| folder | bytes | share | files |
|---|---|---|---|
${byTopFolder(dist)
  .map((row) => `| ${row.name} | ${mb(row.bytes / MB)} | ${pct(row.bytes, total)} | ${n(row.files)} |`)
  .join('\n')}

By kind of file:

| kind | bytes | share | files |
|---|---|---|---|
${[...kinds.entries()]
  .sort((a, b) => b[1].bytes - a[1].bytes)
  .map(([kind, row]) => `| .${kind} | ${mb(row.bytes / MB)} | ${pct(row.bytes, total)} | ${n(row.files)} |`)
  .join('\n')}

In the HTML (${mb(htmlBytes / MB)}): inline \`<svg>\` ${mb(svgBytes / MB)} in ${n(svgCount)} elements (${pct(svgBytes, htmlBytes)} of the HTML), of which
the narrow copy of each chart (\`-sempit\`) ${mb(narrowBytes / MB)} in ${n(narrowCount)} and the SVG of the embed pages ${mb(embedSvgBytes / MB)};
the figures' download data (\`<script type="application/json">\`) ${mb(jsonBytes / MB)} in ${n(jsonCount)} elements (${pct(jsonBytes, htmlBytes)}).

Largest files: ${largest.map((file) => `\`${file.path}\` ${mb(file.bytes / MB)}`).join(', ')}.

${shared()}

Command: \`npm run bench -- --only bundled\``,
  );
}

/** The summary line of the figures step (`Gambar: …`): agencies, charts, how many drawn anew, processes. */
function figuresLine(logFile: string): string {
  const line = existsSync(logFile)
    ? readFileSync(logFile, 'utf8')
        .split('\n')
        .find((text) => /^Gambar: /.test(text))
    : undefined;
  return line ? `\`${line.trim()}\`` : '';
}

/** Load average now: the machine is shared, so every section says how busy it was. */
function shared(): string {
  let load = 'n/a';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    /* not Linux */
  }
  return `The machine was shared with other builds while this ran (load average at the end ${load} on ${cpus().length} cores): wall times are noisy, and only the ratios of runs made side by side are comparable.`;
}

/** Pages per top-level route in a built site, for the report: `pd 1440, urusan 264, …`. */
function countRoutes(distDir: string): string {
  if (!existsSync(distDir)) return 'no pages';
  const counts = readdirSync(distDir, { withFileTypes: true })
    .map((entry) => [entry.name, entry.isDirectory() ? countFiles(join(distDir, entry.name), '.html') : entry.name.endsWith('.html') ? 1 : 0] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  return counts.map(([name, count]) => `${name.replace(/\.html$/, '')} ${n(count)}`).join(', ') + ' pages';
}

/**
 * Sharded data step, as README "Scale" runs it: one scripts/build-data.ts per province folder
 * (DATA_SUBDIR, each into its own OUT_DIR), then scripts/merge-data.ts into one OUT_DIR.
 */
interface ShardedData {
  wallS: number;
  cpuS: number;
  maxRssMB: number;
  shards: string[];
  failed: string | null;
  shardOut: (shard: string) => string;
  /** Each shard's data step, and the merge. */
  runs: { shard: string; result: Measured }[];
  merge: Measured | null;
}

async function shardedDataStep(provincesDir: string, outDir: string): Promise<ShardedData> {
  const shards = readdirSync(provincesDir)
    .filter((name) => statSync(join(provincesDir, name)).isDirectory())
    .sort();
  const shardOut = (shard: string) => join(WORK, 'out', 'shards', shard);
  const cwd = join(WORK, 'cwd');
  mkdirSync(cwd, { recursive: true });
  const started = performance.now();
  let cpuS = 0;
  let maxRssMB = 0;
  const runs: ShardedData['runs'] = [];
  const tally = (result: Measured) => {
    cpuS += result.cpuS ?? 0;
    maxRssMB = Math.max(maxRssMB, result.rssMB ?? 0);
  };
  const end = (failed: string | null, merge: Measured | null): ShardedData => ({
    wallS: (performance.now() - started) / 1000,
    cpuS,
    maxRssMB,
    shards,
    failed,
    shardOut,
    runs,
    merge,
  });
  for (const shard of shards) {
    log(`data step ${shard}`);
    const result = await run(NODE, ['--import', TSX, join(ROOT, 'scripts', 'build-data.ts')], {
      cwd,
      env: { DATA_DIR: provincesDir, DATA_SUBDIR: shard, OUT_DIR: shardOut(shard) },
    });
    tally(result);
    runs.push({ shard, result });
    if (!result.ok) return end(`${failure(`data step (shard ${shard})`, result)}\n${result.stderrTail}`, null);
  }
  log('merge-data');
  const merge = await run(NODE, ['--import', TSX, join(ROOT, 'scripts', 'merge-data.ts'), '--out', outDir, ...shards.map(shardOut)], { cwd: ROOT });
  tally(merge);
  return end(merge.ok ? null : `${failure('merge-data', merge)}\n${merge.stderrTail}`, merge);
}

async function benchScale() {
  const sizes = args.sizes.split(',').map(sizeOf);
  const nodeHeap = args['max-old-space-mb'] ? [`--max-old-space-size=${args['max-old-space-mb']}`] : [];
  const project = siteSnapshot();
  writeSection(
    'scale',
    `Whole build = data step + figures step (\`npm run figures\`) + \`astro build\` + \`pagefind --site dist\`, as
\`npm run build\` runs them: each a cold process (an empty figures folder and Astro cache; chart PNG and CSV downloads
are made in the reader's browser, not in the build), one run, one after another (the site from a snapshot of src/
at the commit measured). Peak RSS is per process. Datasets: \`folders\` layout up to ${n(Number(args['shard-above']))} agencies,
\`provinces\` beyond (see layouts); beyond that the data step also runs sharded by province and the site is left to
\`--only national\` (--shard-above). One subsection per size below; each is replaced only when that size is measured again.

Goals (issue 14): 1,000 agencies, whole build cold ≤ 10 min and \`dist/\` ≤ 1.5 GB; national (about 20,000) see
"National size, built as shards".`,
  );
  for (const agencies of sizes) {
    const rows: string[] = [];
    const notes: string[] = [];
    await scaleOne(agencies, project, nodeHeap, rows, notes);
    writeSection(
      `scale-${agencies}`,
      `### ${agencies === NATIONAL ? `National: ${n(agencies)} agencies` : `${n(agencies)} agencies`}

${stamp()}${nodeHeap.length ? ` Node heap limit ${nodeHeap[0]}.` : ' Node default heap limit.'}

| agencies | rows (sumber, indikator, kinerja, anggaran) | data step: wall, peak RSS | figures step: wall, peak RSS | astro build: wall, peak RSS, pages | pagefind: wall, peak RSS | dist | whole build |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${notes.map((note) => `- ${note}`).join('\n')}

${shared()}

Command: \`npm run bench -- --only scale --sizes ${agencies === NATIONAL ? 'national' : agencies} --timeout-min ${args['timeout-min']}${nodeHeap.length ? ` --max-old-space-mb ${args['max-old-space-mb']}` : ''}${args['data-only'] ? ' --data-only' : ''}\``,
    );
  }
}

async function scaleOne(agencies: number, project: string, nodeHeap: string[], rows: string[], notes: string[]): Promise<void> {
  const label = agencies === NATIONAL ? `${n(agencies)} (national)` : n(agencies);
  // Folders up to a few thousand agencies; per province beyond, which is also the unit of a shard.
  const layout: Layout = agencies > Number(args['shard-above']) ? 'provinces' : 'folders';
  const { dir, generate, rows: rowCounts } = await dataset(agencies, layout);
  if (generate) notes.push(`${label}: generating the dataset (${layout}) took ${s(generate.wallS)}, not counted below.`);
  const out = join(WORK, 'out', `scale-a${agencies}`);
  const dist = join(WORK, 'dist', `scale-a${agencies}`);
  const cells: string[] = [label, rowCounts.replace(/perangkat_daerah \d+, /, '')];

  log(`scale ${label}: data step (one process)`);
  const data = await dataStep(dir, out, nodeHeap);
  cells.push(data.ok ? `${s(data.wallS)}, ${mb(data.rssMB)}` : failure('one process', data));

  if (args['data-only']) {
    if (layout === 'provinces') {
      log(`scale ${label}: data step sharded by province`);
      const sharded = await shardedDataStep(dir, join(WORK, 'out', `scale-a${agencies}-merged`));
      notes.push(
        `${label}, data step sharded by province: ${sharded.failed ?? `${sharded.shards.length} runs one after another: ${s(sharded.wallS)} in all (CPU ${s(sharded.cpuS)}), largest shard peak RSS ${mb(sharded.maxRssMB)}`}.`,
      );
    }
    rows.push(`| ${cells.join(' | ')} | not run (--data-only) | | | | |`);
    return;
  }

  if (layout === 'folders') {
    if (!data.ok) {
      rows.push(`| ${cells.join(' | ')} | not run | not run | not run | | |`);
      return;
    }
    // Cold: an empty figures folder and Astro cache.
    const figures = join(WORK, 'out', `scale-a${agencies}-figures`);
    rmSync(figures, { recursive: true, force: true });
    emptyAstroCache(project);
    log(`scale ${label}: figures step`);
    const figuresRun = await figuresStep(out, figures, join(WORK, `scale-a${agencies}-figures.log`), nodeHeap);
    cells.push(figuresRun.ok ? `${s(figuresRun.wallS)}, ${mb(figuresRun.rssMB)}` : failure('figures step', figuresRun));
    if (!figuresRun.ok) {
      rows.push(`| ${cells.join(' | ')} | not run | not run | | |`);
      notes.push(`${label}: the figures step failed: \`${figuresRun.stderrTail.trim().split('\n').slice(-3).join(' ').slice(0, 400)}\``);
      return;
    }
    log(`scale ${label}: astro build`);
    const astro = await astroBuild(project, dist, { DATA_DIR: dir, OUT_DIR: out, FIGURES_DIR: figures }, join(WORK, `scale-a${agencies}-astro.log`), nodeHeap);
    const pages = astro.ok ? pagesBuilt(astro, dist) : countFiles(dist, '.html');
    const figuresNote = figuresLine(join(WORK, `scale-a${agencies}-figures.log`));
    if (figuresNote) notes.push(`${label}, the figures step's log: ${figuresNote}`);
    if (!astro.ok) {
      cells.push(
        `${failure('astro build', astro)}; ${n(pages)} pages written by then`,
        'not run',
        mb(duBytes(dist) / 2 ** 20),
        `${s(data.wallS + figuresRun.wallS + astro.wallS)} (incomplete)`,
      );
      rows.push(`| ${cells.join(' | ')} |`);
      if (pages > 0)
        notes.push(
          `${label}: **extrapolated** (not measured): Astro wrote ${n(pages)} pages in ${s(astro.wallS)}, ${((astro.wallS / pages) * 1000).toFixed(0)} ms a page including its startup; at about ${PAGES_PER_AGENCY} pages per agency the build would take about ${s((astro.wallS / pages) * PAGES_PER_AGENCY * agencies)}.`,
        );
      return;
    }
    log(`scale ${label}: pagefind`);
    const pagefind = await pagefindRun(dist, join(WORK, `scale-a${agencies}-pagefind.log`));
    const total = data.wallS + figuresRun.wallS + astro.wallS + (pagefind.ok ? pagefind.wallS : 0);
    const distMB = duBytes(dist) / 2 ** 20;
    cells.push(
      `${s(astro.wallS)}, ${mb(astro.rssMB)}, ${n(pages)} pages (${((astro.wallS / pages) * 1000).toFixed(1)} ms/page)`,
      pagefind.ok ? `${s(pagefind.wallS)}, ${mb(pagefind.rssMB)}` : failure('pagefind', pagefind),
      `${mb(distMB)}, ${n(countFiles(dist, ''))} files${distMB <= 1536 ? '' : ` (goal 1.5 GB missed by ${x(distMB / 1536)})`}`,
      `**${s(total)}**${total <= 600 ? '' : ` (goal 10 min missed by ${x(total / 600)})`}`,
    );
    rows.push(`| ${cells.join(' | ')} |`);
    notes.push(
      `${label}, \`dist/\` by top folder: ${byTopFolder(dist)
        .map((row) => `${row.name} ${mb(row.bytes / 2 ** 20)} (${n(row.files)} files)`)
        .join(', ')}.`,
    );
    return;
  }

  // National: the data step one process (above) and sharded by province; the site in benchNational.
  log(`scale ${label}: data step sharded by province`);
  const sharded = await shardedDataStep(dir, join(WORK, 'out', `scale-a${agencies}-merged`));
  rows.push(`| ${cells.join(' | ')} | see below | | | | |`);
  const shardLine =
    sharded.failed ??
    `${sharded.shards.length} runs one after another: ${s(sharded.wallS)} in all (CPU ${s(sharded.cpuS)}), largest shard peak RSS ${mb(sharded.maxRssMB)}`;
  notes.push(`${label}, data step sharded by province: ${shardLine}.`);
  if (sharded.failed) return;
  notes.push(`${label}, the site: built the sharded way by \`npm run bench -- --only national\` (section "National size, built as shards").`);
}

/** One step of scripts/nationalJobs.ts run as the workflow runs it (the npm script's file, or the package binary), measured. */
function nationalStep(step: NationalStep, at: Where, project: string, logFile: string, nodeHeap: string[]): Promise<Measured> {
  const env = step.env?.(at) ?? {};
  const stepArgs = step.command.args?.(at) ?? [];
  if ('npm' in step.command) {
    const script = PACKAGE_SCRIPTS[step.command.npm]?.match(/^node --import tsx (scripts\/[\w-]+\.ts)$/)?.[1];
    if (!script) throw new Error(`npm run ${step.command.npm}: not a \`node --import tsx scripts/….ts\` script in package.json`);
    // The data step from a scratch folder: build-data.ts removes ./dist on failure, never the repository's.
    const cwd = step.command.npm === 'data' ? join(WORK, 'cwd') : ROOT;
    mkdirSync(cwd, { recursive: true });
    return run(NODE, ['--import', TSX, join(ROOT, script), ...stepArgs], { cwd, env, logFile });
  }
  // A cold build: the figures folder is emptied before its step, and the Astro cache here.
  if (step.command.bin === 'astro') {
    emptyAstroCache(project);
    return run(NODE, [...nodeHeap, BIN('astro'), ...stepArgs], { cwd: project, env, logFile });
  }
  return run(BIN(step.command.bin), stepArgs, { cwd: ROOT, env, logFile });
}

const PACKAGE_SCRIPTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * The national site built the sharded way (README "Scale"), end to end on this machine: the jobs of
 * scripts/nationalJobs.ts, the same that .github/workflows/national-build.yml runs as a matrix, each step its
 * ordinary command, --parallel jobs at a time (2: one per core):
 * 1. the dataset (generated once and reused, not counted);
 * 2. the data step per province (DATA_SUBDIR), then merge-data;
 * 3. every site job, each the figures step and astro build of its SITE_SHARD: the national job and all the agency
 *    parts pd:i/n (about --part-agencies agencies each), cold (an empty figures folder and Astro cache);
 * 4. merge-shards over all of them, then Pagefind over the merged site.
 * Disk: a national dist/ is larger than this machine's free disk can hold beside the data. Each part is measured
 * (bytes, files, pages) as built; with --keep search (the default) it is then cut to the files that the last step
 * reads (Pagefind's pages, pagefind.yml, and the sitemaps), so the merge and the search index run over the real
 * national pages; --keep all keeps everything. A part's figures folder (the figures step's cache) is removed after
 * its astro build. --national-agencies sets a smaller size for a trial run.
 * Time: the whole run takes longer than one working session can keep a process going. Every finished job is written
 * to a ledger in --work (its measurements, and the wall time of the run so far); --resume goes on from it when none of
 * the build's files changed (BUILD_PATHS), redoing any job that had not finished, and the report adds the sessions' walls up.
 */
async function benchNational() {
  const agencies = args['national-agencies'] ? Number(args['national-agencies']) : NATIONAL;
  const parallel = Math.max(1, Number(args.parallel));
  const keep = args.keep === 'all' ? 'all' : 'search';
  const nodeHeap = args['max-old-space-mb'] ? [`--max-old-space-size=${args['max-old-space-mb']}`] : [];
  // One project folder per concurrent site job: each astro build has its own (cold) Astro cache.
  const projects = Array.from({ length: parallel }, (_, slot) => siteSnapshot(`site-snapshot-${slot + 1}`));
  let dir = '';
  let generate: Measured | null = null;
  let provinceList: string[] = [];
  let shards: string[] = [];
  const merged = join(WORK, 'out', 'national-merged');
  const siteOf = (shard: string) => join(WORK, 'dist', `national-${shardName(parseShard(shard))}`);
  const figuresOf = (shard: string) => join(WORK, 'out', `national-figures-${shardName(parseShard(shard))}`);
  /** The bench's folders for a job of the given matrix and value (a province, a site part, or '' for none). */
  const where = (matrix: NationalJob['matrix'], value: string): Where => ({
    agencies: String(agencies),
    dataset: dir,
    provinsi: matrix === 'provinsi' ? value : '',
    bagian: matrix === 'provinsi' ? join(WORK, 'out', 'shards', value) : '',
    allBagian: provinceList.map((province) => join(WORK, 'out', 'shards', province)),
    data: merged,
    figures: matrix === 'shard' ? figuresOf(value) : '',
    shard: matrix === 'shard' ? value : '',
    site: matrix === 'shard' ? siteOf(value) : '',
    allSites: shards.map(siteOf),
    dist: join(WORK, 'dist', 'national-merged'),
  });
  const ledger = nationalLedger(agencies, parallel, keep);
  /** Every step's measurement: `<job>/<step>` → one per matrix value. */
  const measured = new Map<string, { value: string; result: Measured }[]>(Object.entries(ledger.steps));
  /** Each site job's output as built, before it is cut for the disk. */
  const outputs = new Map<string, { bytes: number; files: number; pages: number; routes: string }>(Object.entries(ledger.outputs));
  const session = { startedAt: new Date().toISOString(), wallS: 0 };
  ledger.sessions.push(session);
  let started = 0;
  /** Records the wall of this session and its phase up to now, and what has finished, in the ledger. */
  const save = (job: string, phaseBefore: number, phaseStart: number) => {
    const now = performance.now();
    session.wallS = (now - started) / 1000;
    ledger.phases[job] = phaseBefore + (now - phaseStart) / 1000;
    ledger.steps = Object.fromEntries(
      [...measured].map(([key, list]) => [key, list.map(({ value, result }) => ({ value, result: { ...result, stdout: '' } }))]),
    );
    ledger.outputs = Object.fromEntries(outputs);
    writeFileSync(LEDGER, JSON.stringify(ledger));
  };
  for (const job of NATIONAL_JOBS as readonly NationalJob[]) {
    if (job.id === 'dataset') {
      // Generated once per size and reused (the same generate-dataset.ts command), not counted.
      ({ dir, generate } = await dataset(agencies, 'provinces'));
      provinceList = provinces(dir);
      started = performance.now();
      continue;
    }
    /** A job is done when each of its steps finished for that value; one stopped halfway is done again. */
    const isDone = (value: string) => job.steps.every((step) => measured.get(`${job.id}/${step.id}`)?.some((item) => item.value === value && item.result.ok));
    if (job.id === 'site') {
      const index = JSON.parse(readFileSync(join(merged, 'index.json'), 'utf8')) as { agencies: unknown[] };
      shards = siteShards(index.agencies.length, Number(args['part-agencies']));
      // The data step's per-province outputs are merged: the site jobs read the merged one.
      rmSync(join(WORK, 'out', 'shards'), { recursive: true, force: true });
    }
    const values = job.matrix === 'provinsi' ? provinceList : job.matrix === 'shard' ? shards : [''];
    const toDo = values.filter((value) => !isDone(value));
    if (toDo.length < values.length) log(`national: ${job.id}: ${values.length - toDo.length} of ${values.length} done in an earlier session`);
    if (toDo.length === 0) continue;
    const phaseStart = performance.now();
    const phaseBefore = ledger.phases[job.id] ?? 0;
    await inPool(toDo, job.matrix === null ? 1 : parallel, async (value, slot) => {
      const at = where(job.matrix, value);
      for (const step of job.steps)
        measured.set(
          `${job.id}/${step.id}`,
          (measured.get(`${job.id}/${step.id}`) ?? []).filter((item) => item.value !== value),
        );
      for (const step of job.steps) {
        log(`national: ${job.id}${value ? ` ${value}` : ''}: ${step.id}`);
        if (step.id === 'figures') rmSync(at.figures, { recursive: true, force: true });
        if (step.id === 'astro-build') rmSync(at.site, { recursive: true, force: true });
        if (step.id === 'merge-shards') rmSync(at.dist, { recursive: true, force: true });
        const logFile = join(WORK, `national-${step.id}${value ? `-${value.replace(/[^\w-]+/g, '-')}` : ''}.log`);
        const result = await nationalStep(step, at, projects[slot]!, logFile, nodeHeap);
        const key = `${job.id}/${step.id}`;
        measured.set(key, [...(measured.get(key) ?? []), { value, result }]);
        if (!result.ok) throw new Error(`${failure(`${key}${value ? ` (${value})` : ''}`, result)}\n${result.stderrTail}`);
        if (step.id === 'astro-build') {
          outputs.set(value, { bytes: duBytes(at.site), files: countFiles(at.site, ''), pages: pagesBuilt(result, at.site), routes: countRoutes(at.site) });
          rmSync(at.figures, { recursive: true, force: true });
          if (keep === 'search') keepForSearch(at.site);
        }
      }
      save(job.id, phaseBefore, phaseStart);
    });
  }
  const phases = Object.entries(ledger.phases).map(([job, wallS]) => ({ job, wallS }));
  const endToEnd = ledger.sessions.reduce((total, one) => total + one.wallS, 0);
  const sessions = ledger.sessions.length;

  const all = (key: string) => measured.get(key)!;
  const one = (key: string, value = '') => all(key).find((item) => item.value === value)!.result;
  const slowest = (key: string) => all(key).reduce((a, b) => (b.result.wallS > a.result.wallS ? b : a));
  const sum = (key: string) => all(key).reduce((total, item) => total + item.result.wallS, 0);
  const peakOf = (key: string) => all(key).reduce((a, b) => ((b.result.rssMB ?? 0) > (a.result.rssMB ?? 0) ? b : a));
  const mergeData = one('merge-data/merge-data');
  const mergedAgencies = (JSON.parse(readFileSync(join(merged, 'index.json'), 'utf8')) as { agencies: unknown[] }).agencies.length;
  const parts = shards.length - 1;
  /** A site job's wall: its figures step and its astro build. */
  const siteJob = (shard: string) => one('site/figures', shard).wallS + one('site/astro-build', shard).wallS;
  const slowestPart = shards.slice(1).reduce((a, b) => (siteJob(b) > siteJob(a) ? b : a));
  const mergeShards = one('merge-shards/merge-shards');
  const search = one('merge-shards/pagefind');
  const total = [...outputs.values()].reduce((acc, out) => ({ bytes: acc.bytes + out.bytes, files: acc.files + out.files, pages: acc.pages + out.pages }), {
    bytes: 0,
    files: 0,
    pages: 0,
  });
  const critical = slowest('data/data').result.wallS + mergeData.wallS + Math.max(siteJob('nasional'), siteJob(slowestPart)) + mergeShards.wallS + search.wallS;
  const peak = [...measured.entries()]
    .flatMap(([key, list]) => list.map((item) => ({ key, ...item })))
    .reduce((a, b) => ((b.result.rssMB ?? 0) > (a.result.rssMB ?? 0) ? b : a));
  const cpuAll = [...measured.values()].flat().reduce((acc, item) => acc + (item.result.cpuS ?? 0), 0);
  const row = (label: string, command: string, key: string, runs: string, output = '') => {
    const peakRun = peakOf(key);
    const longest = slowest(key);
    return `| ${label} | ${command} | ${runs} | slowest ${s(longest.result.wallS)}${longest.value ? ` (${longest.value})` : ''}; all ${s(sum(key))} | ${mb(peakRun.result.rssMB)}${peakRun.value ? ` (${peakRun.value})` : ''} | ${output} |`;
  };
  const national = outputs.get('nasional')!;
  writeSection(
    'national',
    `### National size, built as shards (${n(mergedAgencies)} agencies${agencies === NATIONAL ? '' : ', a trial size (--national-agencies)'})

${stamp()}${generate ? ` Generating the national dataset took ${s(generate.wallS)}, not counted.` : ''}

The synthetic national dataset (${provinceList.length} province folders) through every job of scripts/nationalJobs.ts, which
.github/workflows/national-build.yml runs as a matrix: here on this machine, ${parallel} job${parallel > 1 ? 's' : ''} at a time, each step its
ordinary command, cold (an empty figures folder and Astro cache per site job). Measured, not extrapolated: every job ran.

**End to end on this machine: ${s(endToEnd)}**${sessions > 1 ? ` (measured in ${sessions} sessions, one after another, each going on with the jobs the one before had not finished (\`--resume\`); the sum of their walls up to each one's last finished job)` : ''} (the data step of the first province to the end of Pagefind; ${phases
      .map((phase) => `${phase.job} ${s(phase.wallS)}`)
      .join(
        ', ',
      )}). CPU of all steps together ${s(cpuAll)}. Peak RSS of any one process: **${mb(peak.result.rssMB)}** (${peak.key}${peak.value ? ` ${peak.value}` : ''}).

| job | step | runs | wall | peak RSS | output |
|---|---|---|---|---|---|
${row('data, per province', '`npm run data` (`DATA_SUBDIR`)', 'data/data', String(provinceList.length))}
${row('merge-data', '`npm run merge-data`', 'merge-data/merge-data', '1', mb(duBytes(merged) / 2 ** 20))}
${row('site, every job', '`npm run figures`', 'site/figures', String(shards.length))}
${row('', 'astro build', 'site/astro-build', String(shards.length), `${n(total.pages)} pages, ${mb(total.bytes / 2 ** 20)}`)}
| of which \`nasional\` | figures + astro build | 1 | ${s(siteJob('nasional'))} | ${mb(Math.max(one('site/figures', 'nasional').rssMB ?? 0, one('site/astro-build', 'nasional').rssMB ?? 0))} | ${n(national.pages)} pages, ${mb(national.bytes / 2 ** 20)} |
${row('merge-shards', '`npm run merge-shards -- --no-search`', 'merge-shards/merge-shards', '1')}
${row('', 'pagefind over the merged site', 'merge-shards/pagefind', '1')}

- **dist/ of the national site: ${mb(total.bytes / 2 ** 20)} in ${n(total.files)} files** (${n(total.pages)} pages), the sum of the jobs' outputs as each was built.
  ${keep === 'search' ? "To fit this machine's disk, each job's output was measured and then cut to what merge-shards and Pagefind read (the pages pagefind.yml names, and the sitemaps): the merge and the search index ran over the real national pages, not over every file." : 'Every file was kept and merged.'}
- Each part holds ${n(Math.floor(mergedAgencies / parts))} or ${n(Math.ceil(mergedAgencies / parts))} agencies; the slowest part was ${slowestPart} (figures ${s(one('site/figures', slowestPart).wallS)} + astro build ${s(one('site/astro-build', slowestPart).wallS)}; ${outputs.get(slowestPart)!.routes}).${figuresLine(join(WORK, `national-figures-${slowestPart.replace(/[^\w-]+/g, '-')}.log`)).replace(/^(.)/, " Its figures step's log: $1")}
- **On ${n(parts + 1)} machines like this one** (one per site job), the critical path of the measured jobs: slowest province data step
  ${s(slowest('data/data').result.wallS)} + merge-data ${s(mergeData.wallS)} + the slowest site job ${s(Math.max(siteJob('nasional'), siteJob(slowestPart)))} + merge-shards ${s(mergeShards.wallS)} + Pagefind ${s(search.wallS)} = **${s(critical)}** (merging means copying the jobs' outputs to one machine, not counted).

Command: \`npm run bench -- --only national --work ${WORK} --parallel ${parallel}${keep === 'all' ? ' --keep all' : ''}${args['national-agencies'] ? ` --national-agencies ${agencies}` : ''}${args['part-agencies'] === '180' ? '' : ` --part-agencies ${args['part-agencies']}`}${nodeHeap.length ? ` --max-old-space-mb ${args['max-old-space-mb']}` : ''}\``,
  );
}

interface NationalLedger {
  commit: string;
  agencies: number;
  parallel: number;
  partAgencies: string;
  keep: string;
  steps: Record<string, { value: string; result: Measured }[]>;
  outputs: Record<string, { bytes: number; files: number; pages: number; routes: string }>;
  /** Wall of each phase (job id), over all sessions. */
  phases: Record<string, number>;
  sessions: { startedAt: string; wallS: number }[];
}

const LEDGER = join(WORK, 'national-ledger.json');

/** What the build runs (the bench itself and the documents aside): a run goes on only where none of it changed. */
const BUILD_PATHS = ['src', 'scripts', 'public', 'package.json', 'package-lock.json', 'astro.config.mjs', 'pagefind.yml', ':!scripts/bench.ts'];

/** The ledger of an earlier session to go on from (--resume: the build's files as they were, clean tree, same options), or a new one. */
function nationalLedger(agencies: number, parallel: number, keep: string): NationalLedger {
  const git = (...gitArgs: string[]) => spawnSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8' });
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  const commit = git('rev-parse', 'HEAD').stdout.trim() + (dirty ? '+uncommitted' : '');
  const fresh: NationalLedger = { commit, agencies, parallel, partAgencies: args['part-agencies']!, keep, steps: {}, outputs: {}, phases: {}, sessions: [] };
  if (!args.resume) return fresh;
  if (dirty) throw new Error('--resume: the repository has uncommitted changes; a run goes on only with the code it started with');
  if (!existsSync(LEDGER)) throw new Error(`--resume: no ${LEDGER} to go on from`);
  const earlier = JSON.parse(readFileSync(LEDGER, 'utf8')) as NationalLedger;
  // The commit may differ in the bench or the documents, never in what the build runs.
  const changed = git('diff', '--name-only', earlier.commit, 'HEAD', '--', ...BUILD_PATHS);
  if (changed.status !== 0 || changed.stdout.trim() !== '')
    throw new Error(
      `--resume: the build changed since ${earlier.commit.slice(0, 12)} (${changed.stdout.trim().split('\n').join(', ') || changed.stderr.trim()})`,
    );
  const same = { agencies, parallel, partAgencies: args['part-agencies'], keep };
  for (const [key, value] of Object.entries(same)) {
    if (earlier[key as keyof typeof same] !== value)
      throw new Error(`--resume: the earlier run had ${key} ${String(earlier[key as keyof typeof same])}, this one ${String(value)}`);
  }
  return earlier;
}

/** Runs `work` over `items`, at most `size` at a time; `slot` (0 … size − 1) is free for the call's own use. */
async function inPool<T>(items: readonly T[], size: number, work: (item: T, slot: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async (_, slot) => {
      while (next < items.length) await work(items[next++]!, slot);
    }),
  );
}

/** What of a site job's output the last step reads: the pages Pagefind indexes (pagefind.yml), the sitemaps, and the home page (how merge-shards knows a build). */
function keepForSearch(siteDir: string): void {
  const wanted = (path: string) =>
    /^(sitemap[^/]*\.xml|index\.html)$/.test(path) ||
    /^pd\/[^/]+\/index\.html$/.test(path) ||
    /^pd\/[^/]+\/indikator\/[^/]+\/index\.html$/.test(path) ||
    /^(metode|data)\/index\.html$/.test(path);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        if (readdirSync(full).length === 0) rmSync(full, { recursive: true });
      } else if (!wanted(relative(siteDir, full))) rmSync(full);
    }
  };
  walk(siteDir);
}

/**
 * Pagefind at national size, on a proxy: --pagefind-proxy names a built site whose pages marked for search are
 * hard-linked under as many distinct paths as the country has agencies (the real pages of every part are never
 * on one machine here): per agency its overview and --indicators-per-agency of its indicator pages (each copy of
 * a source agency takes the next ones round its list, so that copies differ), plus /metode/ and /data/. Pagefind
 * runs on it as the last step of the sharded build would. Then Chromium searches the proxy's index the way the
 * search box does (src/scripts/search.ts: search, then the first 8 results' data), each query in a fresh
 * browser context, and the bytes served are counted: what one search downloads.
 */
async function benchSearch() {
  if (!args['pagefind-proxy']) throw new Error('--only search needs --pagefind-proxy <a built site>');
  const agencies = NATIONAL;
  const perAgency = Number(args['indicators-per-agency']);
  const source = resolve(args['pagefind-proxy']);
  const overviews = readdirSync(join(source, 'pd'))
    .filter((kode) => existsSync(join(source, 'pd', kode, 'index.html')))
    .sort();
  const indicatorsOf = new Map(
    overviews.map((kode) => {
      const folder = join(source, 'pd', kode, 'indikator');
      return [
        kode,
        existsSync(folder)
          ? readdirSync(folder)
              .filter((slug) => existsSync(join(folder, slug, 'index.html')))
              .sort()
          : [],
      ];
    }),
  );
  const sourceIndicators = [...indicatorsOf.values()].reduce((sum, slugs) => sum + slugs.length, 0);
  const proxy = join(WORK, 'dist', 'pagefind-proxy');
  rmSync(proxy, { recursive: true, force: true });
  log(`search: linking ${n(agencies)} agencies, ${perAgency} indicator pages each, into ${proxy}`);
  let indicatorPages = 0;
  for (let i = 0; i < agencies; i++) {
    const kode = overviews[i % overviews.length]!;
    const copy = Math.floor(i / overviews.length);
    const folder = join(proxy, 'pd', `${kode}-${copy}`);
    mkdirSync(folder, { recursive: true });
    linkSync(join(source, 'pd', kode, 'index.html'), join(folder, 'index.html'));
    const slugs = indicatorsOf.get(kode)!;
    for (let k = 0; k < Math.min(perAgency, slugs.length); k++) {
      const slug = slugs[(copy * perAgency + k) % slugs.length]!;
      mkdirSync(join(folder, 'indikator', slug), { recursive: true });
      linkSync(join(source, 'pd', kode, 'indikator', slug, 'index.html'), join(folder, 'indikator', slug, 'index.html'));
      indicatorPages++;
    }
  }
  for (const page of ['metode', 'data']) {
    mkdirSync(join(proxy, page), { recursive: true });
    linkSync(join(source, page, 'index.html'), join(proxy, page, 'index.html'));
  }
  log(`search: pagefind over ${n(agencies)} overview pages and ${n(indicatorPages)} indicator pages (proxy)`);
  const search = await pagefindRun(proxy, join(WORK, 'national-pagefind-proxy.log'));
  const indexed = search.stdout.match(/Indexed ([\d,]+) pages[\s\S]*?Indexed ([\d,]+) words/);
  const firstName = readFileSync(join(source, 'pd', overviews[0]!, 'index.html'), 'utf8')
    .match(/<h1[^>]*>([^<]+)</)?.[1]
    ?.trim();
  const queries = ['kepuasan masyarakat', 'bansos', 'persentase', ...(firstName ? [firstName] : [])];
  let downloads: SearchDownload[] = [];
  let downloadNote = '';
  if (search.ok) {
    log('search: what one search downloads (Chromium)');
    try {
      downloads = await searchDownloads(proxy, queries);
    } catch (error) {
      downloadNote = `Downloads not measured: ${(error as Error).message.split('\n')[0]}.`;
    }
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  writeSection(
    'national-search',
    `### Search index at national size (proxy)

${stamp()}

The last step of the sharded build: Pagefind over the merged site (only the pages that pagefind.yml names: agency
overviews, indicator pages, /metode/, /data/). **On a proxy**: the ${n(overviews.length)} distinct agency overview
pages of \`${source}\` and ${n(perAgency)} of each one's indicator pages (of ${n(sourceIndicators)} distinct indicator pages)
hard-linked under ${n(agencies)} agency paths, plus /metode/ and /data/. The pages are real and as many as the country's,
but repeated: the vocabulary is that of ${n(overviews.length)} agencies.

| pages indexed (overviews + indicator pages) | words | wall | peak RSS | index size |
|---|---|---|---|---|
| ${indexed?.[1] ?? 'n/a'} (${n(agencies)} + ${n(indicatorPages)}) | ${indexed?.[2] ?? 'n/a'} | ${search.ok ? s(search.wallS) : failure('pagefind', search)} | ${mb(search.rssMB)} | ${mb(duBytes(join(proxy, 'pagefind')) / 2 ** 20)} |

What one search downloads, as the search box searches (Pagefind's files as served, most already gzip; each query in
a fresh browser, so the fixed part is counted every time; a further search in the same visit costs only the last
two columns):

| query | results | fixed (pagefind.js, wasm, entry, meta) | index chunks | fragments (first 8 results) | total |
|---|---|---|---|---|---|
${downloads.map((row) => `| ${row.query} | ${n(row.results)} | ${kb(row.fixed)} | ${kb(row.index)} | ${kb(row.fragments)} | **${kb(row.fixed + row.index + row.fragments + row.other)}** |`).join('\n')}
${downloadNote}

Command: \`npm run bench -- --only search --pagefind-proxy ${args['pagefind-proxy']}${perAgency !== 15 ? ` --indicators-per-agency ${perAgency}` : ''}\``,
  );
}

interface SearchDownload {
  query: string;
  results: number;
  fixed: number;
  index: number;
  fragments: number;
  other: number;
}

/** Serves `site` on 127.0.0.1, counts the bytes of every response, and runs each query in Chromium. */
async function searchDownloads(site: string, queries: string[]): Promise<SearchDownload[]> {
  const { createServer } = await import('node:http');
  const { chromium } = await import('playwright-core');
  let served: { path: string; bytes: number }[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/probe/') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html lang="id"><meta charset="utf-8"><title>probe</title></html>');
      return;
    }
    const file = join(site, path);
    if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    served.push({ path, bytes: body.length });
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const rows: SearchDownload[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/probe/`);
      served = [];
      const results = await page.evaluate(async (q) => {
        const entry = '/pagefind/pagefind.js';
        const pagefind = await import(entry);
        await pagefind.options({ baseUrl: '/', ranking: { pageLength: 0.1 } });
        const found = await pagefind.search(q);
        await Promise.all(found.results.slice(0, 8).map((result: { data: () => Promise<unknown> }) => result.data()));
        return found.results.length as number;
      }, query);
      const sum = (test: RegExp) => served.filter((item) => test.test(item.path)).reduce((total, item) => total + item.bytes, 0);
      const fixed = sum(/pagefind\.js$|wasm\.|pagefind-entry\.json$|\.pf_meta$/);
      const index = sum(/\.pf_index$/);
      const fragments = sum(/\.pf_fragment$/);
      rows.push({ query, results, fixed, index, fragments, other: served.reduce((total, item) => total + item.bytes, 0) - fixed - index - fragments });
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  return rows;
}

// ---- Main ----------------------------------------------------------------------------------------

log(`work folder ${WORK}; sections ${[...only].join(', ')}`);
writeSection('machine', machine());
if (only.has('data')) await benchData();
if (only.has('layouts')) await benchLayouts();
if (only.has('site')) await benchSite();
if (only.has('bundled')) await benchBundled();
if (only.has('scale')) await benchScale();
if (only.has('national')) await benchNational();
if (only.has('search')) await benchSearch();
log('done');
