/**
 * The figures step (scripts/build-figures.ts) as a rebuild sees it: with nothing changed it draws nothing and
 * leaves every file as it was; a changed agency is drawn again, and the result is the same as a first run on the
 * changed data; without its record of the last run (cache-<shard>.json) it falls back to reading its files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileDigests } from '../support/distFiles.ts';
import { ROOT } from '../support/site.ts';
import { scratchDir } from '../support/scratch.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');

function run(script: string, env: Record<string, string>): string {
  return execFileSync(NODE, ['--import', 'tsx', join(ROOT, 'scripts', script)], {
    cwd: ROOT,
    env: { ...process.env, FIGURES_WORKERS: '0', ...env },
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

/** How many outputs the step drew, and how many processes it used, from its summary line. */
function report(log: string): { drawn: number; processes: number } {
  const match = /(\d+) digambar ulang, sisanya dari hasil sebelumnya; (\d+) kartu pratinjau dalam (\d+) ms \(waktu proses\); (\d+) proses/.exec(log);
  expect(match, log).not.toBeNull();
  // Each agency drawn and the national pages draw their preview card, and the step says what the cards cost.
  expect(Number(match![2]), log).toBe(Number(match![1]));
  if (Number(match![2]) > 0) expect(Number(match![3]), log).toBeGreaterThan(0);
  return { drawn: Number(match![1]), processes: Number(match![4]) };
}

describe('figures step on a rebuild', () => {
  let root: string;
  let data: string;
  beforeAll(() => {
    root = scratchDir('kt-figures-');
    data = join(root, 'data');
    run('build-data.ts', { DATA_DIR: join(ROOT, 'data'), OUT_DIR: data });
  }, 120_000);

  it('draws nothing when nothing changed, draws a changed agency again, and keeps working without its record', () => {
    const figures = join(root, 'figures');
    const env = { OUT_DIR: data, FIGURES_DIR: figures };
    expect(report(run('build-figures.ts', env))).toEqual({ drawn: 4, processes: 1 });
    const first = fileDigests(figures);

    expect(report(run('build-figures.ts', { ...env, FIGURES_WORKERS: '8' }))).toEqual({ drawn: 0, processes: 1 });
    expect(fileDigests(figures)).toEqual(first);

    // One agency's data changes: that agency is drawn again, and so are the national pages (its JSON may give
    // /data/'s example); the others are kept. The result is what a first run on the changed data writes.
    const kode = 'dinsos-mukomuko';
    const file = join(data, 'pd', `${kode}.json`);
    const agency = JSON.parse(readFileSync(file, 'utf8'));
    agency.agency.alamat = `${agency.agency.alamat ?? ''} (diubah)`;
    writeFileSync(file, JSON.stringify(agency));
    expect(report(run('build-figures.ts', env))).toEqual({ drawn: 2, processes: 1 });
    const changed = fileDigests(figures);
    expect([...changed].filter(([path, hash]) => first.get(path) !== hash).map(([path]) => path)).toEqual(
      expect.arrayContaining([`pd/${kode}.json`, 'nasional.json']),
    );
    for (const [path, hash] of changed) if (path.startsWith('pd/') && path !== `pd/${kode}.json`) expect(hash, path).toBe(first.get(path));

    const fresh = join(root, 'figures-fresh');
    run('build-figures.ts', { OUT_DIR: data, FIGURES_DIR: fresh });
    expect(fileDigests(fresh)).toEqual(changed);

    // Without the record of the last run, the files themselves say that they are current.
    const copy = join(root, 'figures-copy');
    cpSync(figures, copy, { recursive: true });
    rmSync(join(copy, 'cache-semua.json'));
    expect(report(run('build-figures.ts', { OUT_DIR: data, FIGURES_DIR: copy }))).toEqual({ drawn: 0, processes: 1 });
    expect(fileDigests(copy)).toEqual(changed);
  }, 300_000);
});
