/**
 * The data step's worker threads (scripts/build-data.ts, DATA_WORKERS) change nothing it writes or prints: the same
 * bytes as one thread on a dataset of many folders, on one whose agency is spread over two folders (loaded whole
 * after all), and the same errors on a broken one.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset, headerLine, KINDS, type Kind } from '../../src/synthetic/generate.ts';
import { fileDigests } from '../support/distFiles.ts';
import { scratchDir } from '../support/scratch.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function dataStep(dataDir: string, workers: number, outDir = join(scratchDir('kt-workers-out-'), 'out')) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, SITE_DIR: join(outDir, 'no-site'), DATA_WORKERS: String(workers) },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, files: existsSync(outDir) ? fileDigests(outDir) : new Map<string, string>() };
}

/** A synthetic dataset, one folder per agency; the agencies' CSV lines, by folder name. */
function synthetic(agencies: number): { dir: string; lines: Map<string, Record<Kind, string[]>> } {
  const dir = scratchDir('kt-workers-');
  const lines = new Map<string, Record<Kind, string[]>>();
  for (const agency of generateDataset({ agencies, seed: 'workers' })) {
    const kode = agency.plan.kode_pd;
    mkdirSync(join(dir, kode));
    for (const kind of KINDS) writeFileSync(join(dir, kode, `${kind}.csv`), headerLine(kind) + agency.text[kind]);
    lines.set(kode, Object.fromEntries(KINDS.map((kind) => [kind, agency.text[kind].split('\n').filter((line) => line !== '')])) as Record<Kind, string[]>);
  }
  return { dir, lines };
}

describe('data step with worker threads', () => {
  it('writes and prints what one thread does', () => {
    const { dir } = synthetic(24);
    const one = dataStep(dir, 0);
    expect(one.code).toBe(0);
    expect(one.files.size).toBe(25);
    // Into an OUT_DIR that holds a whole earlier output and a stale file: the workers write only into the new one.
    const outDir = join(scratchDir('kt-workers-out-'), 'out');
    expect(dataStep(dir, 0, outDir).files).toEqual(one.files);
    writeFileSync(join(outDir, 'pd', 'stale.json'), '{}');
    expect(dataStep(dir, 3, outDir)).toEqual(one);
  }, 120_000);

  it('an agency spread over two folders: loaded whole, the same bytes', () => {
    const { dir, lines } = synthetic(12);
    const [first, last] = [[...lines.keys()][0]!, [...lines.keys()].at(-1)!];
    // The first agency's last kinerja row moves to the last agency's folder: valid, but not folder by folder.
    const kinerja = lines.get(first)!.kinerja;
    writeFileSync(join(dir, first, 'kinerja.csv'), headerLine('kinerja') + kinerja.slice(0, -1).map((line) => `${line}\n`).join(''));
    appendFileSync(join(dir, last, 'kinerja.csv'), `${kinerja.at(-1)}\n`);
    const one = dataStep(dir, 0);
    const two = dataStep(dir, 2);
    expect(one.code).toBe(0);
    expect(one.files.size).toBe(13);
    expect(two).toEqual(one);
  }, 120_000);

  it('a broken dataset: the same errors, nothing written', () => {
    const { dir, lines } = synthetic(12);
    const kode = [...lines.keys()].at(-3)!;
    appendFileSync(join(dir, kode, 'kinerja.csv'), `${kode},TIDAK-ADA,2023,1,1,,,x,\n`);
    const one = dataStep(dir, 0);
    const two = dataStep(dir, 2);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('(unknown kode_indikator)');
    expect(one.files.size).toBe(0);
    expect(two).toEqual(one);
  }, 120_000);
});
