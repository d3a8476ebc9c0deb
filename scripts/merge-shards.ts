/**
 * Merges the outputs of a sharded build (src/lib/shard.ts) into one site, then indexes it for search.
 *
 *   npm run merge-shards -- --out dist dist-nasional dist-pd-1 dist-pd-2 …
 *
 * Every file of every job is hard-linked (copied across file systems) into --out. A path that two jobs both
 * wrote must hold the same bytes (every job reads the same data step output, so /, /metode/ and the shared
 * assets agree); if not, the merge stops and names the file and both jobs. Then the whole-site files are
 * written: sitemap.xml as the index over every job's sitemap-*.xml, and _headers for the merged top level.
 * Last, Pagefind indexes the merged site (pagefind.yml: only the pages marked for search).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFile } from '../src/downloads/headers.ts';
import { sitemapIndex } from '../src/downloads/sitemap.ts';
import { linkOrCopy } from './linkOrCopy.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Whole-site files that each job writes for itself; the merge writes them anew. */
const REWRITTEN = new Set(['_headers', 'sitemap.xml']);
const SKIPPED_DIRS = new Set(['pagefind']);

function* filesOf(dir: string, at = ''): Generator<string> {
  for (const entry of readdirSync(join(dir, at), { withFileTypes: true })) {
    const path = at === '' ? entry.name : `${at}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!(at === '' && SKIPPED_DIRS.has(entry.name))) yield* filesOf(dir, path);
    } else if (!(at === '' && REWRITTEN.has(entry.name))) yield path;
  }
}

function sameBytes(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  return readFileSync(a).equals(readFileSync(b));
}

export interface MergeReport {
  files: number;
  shared: number;
  sitemaps: string[];
}

export function mergeShards(out: string, jobs: readonly string[], site: string): MergeReport {
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`--out ${out} tidak kosong (is not empty)`);
  const writtenBy = new Map<string, string>();
  const conflicts: string[] = [];
  let shared = 0;
  for (const job of jobs) {
    if (!existsSync(join(job, 'index.html')) && !existsSync(join(job, 'pd'))) throw new Error(`${job}: bukan keluaran build (not a build output)`);
    for (const path of filesOf(job)) {
      const source = join(job, path);
      const target = join(out, path);
      const earlier = writtenBy.get(path);
      if (earlier !== undefined) {
        shared++;
        if (!sameBytes(source, target)) conflicts.push(`${path}: berbeda antara ${earlier} dan ${job} (differs between jobs)`);
        continue;
      }
      mkdirSync(join(target, '..'), { recursive: true });
      linkOrCopy(source, target);
      writtenBy.set(path, job);
    }
  }
  if (conflicts.length > 0) throw new Error(`${conflicts.length} berkas bertentangan (conflicting files):\n${conflicts.slice(0, 20).join('\n')}`);
  const sitemaps = readdirSync(out)
    .filter((name) => /^sitemap-.+\.xml$/.test(name))
    .sort();
  writeFileSync(join(out, 'sitemap.xml'), sitemapIndex(sitemaps, site));
  const topLevel = readdirSync(out, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
  writeFileSync(join(out, '_headers'), headersFile(topLevel));
  return { files: writtenBy.size, shared, sitemaps };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, 'no-search': { type: 'boolean', default: false } } });
  if (!values.out || positionals.length === 0) throw new Error('pakai: npm run merge-shards -- --out <folder> <keluaran job>… (usage)');
  // The site address as astro.config.mjs sets it, for the sitemap index.
  const config = (await import(join(ROOT, 'astro.config.mjs'))) as { default: { site: string } };
  const site = config.default.site;
  const out = resolve(values.out);
  const started = performance.now();
  const report = mergeShards(
    out,
    positionals.map((job) => resolve(job)),
    site,
  );
  console.log(
    `${report.files} berkas dari ${positionals.length} job (${report.shared} sama di lebih dari satu job), ${report.sitemaps.length} sitemap, ${Math.round(performance.now() - started)} ms`,
  );
  if (!values['no-search']) execFileSync(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', out], { cwd: ROOT, stdio: 'inherit' });
  const shown = relative(process.cwd(), out);
  console.log(`situs gabungan: ${shown.startsWith('..') ? out : shown || '.'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
