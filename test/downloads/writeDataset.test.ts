/**
 * The national dataset files (src/downloads/writeDataset.ts), written from the data step's real output: the
 * national job (SITE_SHARD=nasional, which owns no agency) writes the same national CSVs as one whole build, and
 * they are the header with every agency's extra columns, then every agency's rows in index order. Both ways of
 * writing the rows are run: agencies with the same columns (synthetic data, no extra columns: the rows written while
 * each agency was read) and agencies whose extra columns differ (the bundled reports: each agency read again).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SiteIndex } from '../../src/data/output.ts';
import { FILE_KINDS } from '../../src/downloads/dataset.ts';
import { writeDataset } from '../../src/downloads/writeDataset.ts';
import { scratchDir } from '../support/scratch.ts';
import { ROOT } from '../support/site.ts';

const npm = (args: string[], env: Record<string, string> = {}) =>
  execFileSync('npm', ['run', ...args], {
    cwd: ROOT,
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, ...env },
    stdio: 'pipe',
  });

/** The data step's output for a dataset folder. */
function dataStep(dataDir: string): string {
  const out = scratchDir('kt-dataset-json-');
  npm(['data'], { DATA_DIR: dataDir, OUT_DIR: out });
  return out;
}

/** Rows as written: a blank line would be a row of one empty cell. */
const parse = (text: string) => Papa.parse<string[]>(text.replace(/\n$/, '')).data;

function checkNationalFiles(dataDir: string, { sameColumns }: { sameColumns: boolean }) {
  const json = dataStep(dataDir);
  const whole = scratchDir('kt-dataset-whole-');
  const nasional = scratchDir('kt-dataset-nasional-');
  writeDataset({ out: whole, dataDir: json, site: 'https://kt.example/' });
  writeDataset({ out: nasional, dataDir: json, site: 'https://kt.example/', shard: { kind: 'nasional' } });
  const agencies = SiteIndex.parse(JSON.parse(readFileSync(join(json, 'index.json'), 'utf8'))).agencies.map((agency) => agency.kode_pd);
  expect(agencies.length).toBeGreaterThan(2);

  let differing = false;
  for (const kind of FILE_KINDS) {
    const file = (out: string) => readFileSync(join(out, 'unduh', 'data', `${kind}.csv`), 'utf8');
    // The national job writes no agency's package, and exactly the whole build's national file.
    expect(file(nasional), kind).toBe(file(whole));
    const [header, ...rows] = parse(file(whole));
    // Every agency's rows, in index order, under the national header (its columns first, then its extra columns).
    const expected: string[][] = [];
    for (const kode of agencies) {
      const [own, ...ownRows] = parse(readFileSync(join(whole, 'unduh', 'data', 'pd', kode, `${kind}.csv`), 'utf8'));
      expect(
        own!.filter((name) => !header!.includes(name)),
        `${kode} ${kind}`,
      ).toEqual([]);
      if (own!.join() !== header!.join()) differing = true;
      for (const row of ownRows) expected.push(header!.map((name) => (own!.includes(name) ? row[own!.indexOf(name)]! : '')));
    }
    expect(rows, kind).toEqual(expected);
  }
  expect(differing).toBe(!sameColumns);
  expect(readdirSync(join(nasional, 'unduh', 'data', 'pd'))).toEqual([]);
  for (const out of [whole, nasional]) expect(readdirSync(join(out, 'unduh', 'data')).filter((name) => name.endsWith('.baris'))).toEqual([]);
}

describe('national dataset files', () => {
  it('agencies with the same columns: the rows as each agency was first read', () => {
    const dataDir = scratchDir('kt-dataset-synthetic-');
    npm(['dataset', '--', '--out', dataDir, '--agencies', '5', '--force', '--quiet']);
    expect(existsSync(dataDir)).toBe(true);
    checkNationalFiles(dataDir, { sameColumns: true });
  }, 120_000);

  it('agencies whose extra columns differ (the bundled reports): the union of columns, each agency read again', () => {
    checkNationalFiles(join(ROOT, 'data'), { sameColumns: false });
  }, 120_000);
});
