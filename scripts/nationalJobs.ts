/**
 * The sharded national build (README "Scale", docs/sharded-build.md), job by job, defined once:
 * `npm run bench -- --only national` runs these jobs one after another on this machine (scripts/bench.ts),
 * and .github/workflows/national-build.yml runs them as a GitHub Actions matrix. test/site/workflow.test.ts
 * checks that the workflow's jobs, their order, their `needs` and every build command in them equal this list.
 *
 * Paths are given by a `Where`: the workflow's checkout-relative folders and `${{ matrix.* }}` expressions
 * (GITHUB below), or the bench's folders under --work.
 *
 * As a command line, for the workflow's matrices (each prints `name=<JSON list>` for $GITHUB_OUTPUT):
 *   node --import tsx scripts/nationalJobs.ts provinsi <dataset folder>
 *   node --import tsx scripts/nationalJobs.ts shards <generated/data/index.json> [agencies per part, default 180]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where a job reads and writes: folders, and the matrix value of the job being run. */
export interface Where {
  /** Synthetic dataset size (`--agencies`). */
  agencies: string;
  /** The raw dataset, one folder per province (DATA_DIR). */
  dataset: string;
  /** This data job's province folder (DATA_SUBDIR), and where its data step writes. */
  provinsi: string;
  bagian: string;
  /** Every province's data step output, for merge-data. */
  allBagian: string[];
  /** The merged data step output that every site job reads (OUT_DIR), and this site job's figures (FIGURES_DIR). */
  data: string;
  figures: string;
  /** This site job's part (SITE_SHARD) and where its astro build writes (SITE_DIR). */
  shard: string;
  site: string;
  /** Every site job's output, for merge-shards, and the merged site. */
  allSites: string[];
  dist: string;
}

/** An npm script of package.json (`npm run <npm> -- <args>`), or a package binary (`npx <bin> <args>`). */
export type Command = { npm: string; args?: (at: Where) => string[] } | { bin: 'astro' | 'pagefind'; args: (at: Where) => string[] };

export interface NationalStep {
  /** The step's `id:` in the workflow. */
  id: string;
  command: Command;
  env?: (at: Where) => Record<string, string>;
}

export interface NationalJob {
  /** The job's key in the workflow. */
  id: string;
  /** What the job's matrix runs over: one job per province folder, or per site part; null for a single job. */
  matrix: 'provinsi' | 'shard' | null;
  needs: string[];
  steps: NationalStep[];
}

export const NATIONAL_JOBS = [
  {
    id: 'dataset',
    matrix: null,
    needs: [],
    steps: [
      {
        id: 'generate',
        command: { npm: 'dataset', args: (at) => ['--out', at.dataset, '--agencies', at.agencies, '--layout', 'provinces', '--force', '--quiet'] },
      },
    ],
  },
  {
    id: 'data',
    matrix: 'provinsi',
    needs: ['dataset'],
    steps: [{ id: 'data', command: { npm: 'data' }, env: (at) => ({ DATA_DIR: at.dataset, DATA_SUBDIR: at.provinsi, OUT_DIR: at.bagian }) }],
  },
  {
    id: 'merge-data',
    matrix: null,
    needs: ['data'],
    steps: [{ id: 'merge-data', command: { npm: 'merge-data', args: (at) => ['--out', at.data, ...at.allBagian] } }],
  },
  {
    id: 'site',
    matrix: 'shard',
    needs: ['dataset', 'merge-data'],
    steps: [
      // The figures step of this part (scripts/build-figures.ts): its charts and tables, then the pages that render them.
      { id: 'figures', command: { npm: 'figures' }, env: (at) => ({ OUT_DIR: at.data, FIGURES_DIR: at.figures, SITE_SHARD: at.shard }) },
      {
        id: 'astro-build',
        command: { bin: 'astro', args: () => ['build'] },
        env: (at) => ({ DATA_DIR: at.dataset, OUT_DIR: at.data, FIGURES_DIR: at.figures, SITE_SHARD: at.shard, SITE_DIR: at.site }),
      },
    ],
  },
  {
    id: 'merge-shards',
    matrix: null,
    needs: ['site'],
    steps: [
      { id: 'merge-shards', command: { npm: 'merge-shards', args: (at) => ['--no-search', '--out', at.dist, ...at.allSites] } },
      // Search over the merged site, reading pagefind.yml as `npm run build` does.
      { id: 'pagefind', command: { bin: 'pagefind', args: (at) => ['--site', at.dist] } },
    ],
  },
] as const satisfies readonly NationalJob[];

export type NationalJobId = (typeof NATIONAL_JOBS)[number]['id'];
export type NationalStepId = (typeof NATIONAL_JOBS)[number]['steps'][number]['id'];

/** The folders and matrix values of .github/workflows/national-build.yml. */
export const GITHUB: Where = {
  agencies: '"$AGENCIES"',
  dataset: 'nasional',
  provinsi: '${{ matrix.provinsi }}',
  bagian: 'bagian/${{ matrix.provinsi }}',
  allBagian: ['bagian/*'],
  data: 'generated/data',
  figures: 'generated/figures',
  shard: '${{ matrix.shard }}',
  site: 'out/job',
  allSites: ['out/*'],
  dist: 'dist',
};

/** A step as a shell command line. */
export function commandLine(command: Command, at: Where): string {
  const args = command.args?.(at) ?? [];
  if ('npm' in command) return [`npm run ${command.npm}`, ...(args.length > 0 ? ['--', ...args] : [])].join(' ');
  return [`npx ${command.bin}`, ...args].join(' ');
}

/** The site parts for `agencies` agencies, about `perPart` in each: the national job, then pd:1/n … pd:n/n. */
export function siteShards(agencies: number, perPart = 180): string[] {
  const parts = Math.max(1, Math.ceil(agencies / perPart));
  return ['nasional', ...Array.from({ length: parts }, (_, i) => `pd:${i + 1}/${parts}`)];
}

/** The province folders of a dataset, in order: the data jobs. */
export function provinces(dataset: string): string[] {
  return readdirSync(dataset)
    .filter((name) => !name.startsWith('.') && statSync(join(dataset, name)).isDirectory())
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [what, path, perPart] = process.argv.slice(2);
  if (what === 'provinsi' && path) console.log(`provinsi=${JSON.stringify(provinces(path))}`);
  else if (what === 'shards' && path) {
    const index = JSON.parse(readFileSync(path, 'utf8')) as { agencies: unknown[] };
    console.log(`shards=${JSON.stringify(siteShards(index.agencies.length, perPart ? Number(perPart) : undefined))}`);
  } else {
    console.error('pakai: nationalJobs.ts provinsi <dataset> | shards <index.json> [per part] (usage)');
    process.exit(1);
  }
}
