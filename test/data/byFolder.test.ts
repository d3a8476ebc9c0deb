/**
 * loadFiles reads a dataset folder by folder when each folder holds all the rows of its agencies, and the dataset
 * whole otherwise (src/data/loadFiles.ts). Both give the same agencies, rows and errors: here with onAgency alone
 * (always whole) against onAgency with onRestart (folder by folder where it can), on datasets where it can and
 * where it cannot half way.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/data/errors.ts';
import { loadDataset } from '../../src/data/load.ts';
import type { AgencyData } from '../../src/data/output.ts';
import { scratchDir } from '../support/scratch.ts';

/** The whole dataset at once, and folder by folder: what each hands over, and how often it started again. */
function bothWays(dir: string) {
  const whole: AgencyData[] = [];
  const wholeResult = loadDataset(dir, (agency) => whole.push(agency));
  let byFolder: AgencyData[] = [];
  let restarts = 0;
  const byFolderResult = loadDataset(dir, (agency) => byFolder.push(agency), {
    onRestart: () => {
      restarts++;
      byFolder = [];
    },
  });
  const json = (agencies: AgencyData[]) => agencies.map((agency) => JSON.stringify(agency)).sort();
  return {
    restarts,
    same: () => {
      expect(json(byFolder)).toEqual(json(whole));
      expect(byFolderResult.rowsIn).toEqual(wholeResult.rowsIn);
      expect(byFolderResult.notices).toEqual(wholeResult.notices);
      expect(byFolderResult.errors.map(formatError)).toEqual(wholeResult.errors.map(formatError));
      // Without onAgency: kode_pd order, as the whole dataset gives it.
      expect(loadDataset(dir).agencies).toEqual(whole);
    },
    whole,
    errors: wholeResult.errors,
  };
}

/** Appends CSV lines (without header) to a file. */
const append = (path: string, lines: string[]) => writeFileSync(path, readFileSync(path, 'utf8') + lines.map((line) => `${line}\n`).join(''));

describe('folder by folder or whole', () => {
  it('the bundled dataset goes folder by folder, with the same result', () => {
    const run = bothWays('data');
    expect(run.restarts).toBe(0);
    expect(run.whole.length).toBe(3);
    run.same();
  });

  it('the valid fixtures (one folder each) give the same result', () => {
    for (const name of ['valid-minimal', 'valid-spreadsheet', 'valid-temuan', 'valid-header-only-kinerja', 'valid-header-case-spaces']) {
      const run = bothWays(`test/fixtures/${name}`);
      expect(run.restarts, name).toBe(0);
      run.same();
    }
  });

  it('an agency whose rows are in two folders: whole after all, the same result', () => {
    const dir = scratchDir('kt-split-agency-');
    cpSync('data', dir, { recursive: true });
    // A later folder holds a kinerja row of an agency declared in an earlier one: valid, but not within one folder.
    const later = join(dir, 'zz-tambahan');
    mkdirSync(later);
    const header = (file: string) => readFileSync(join('data', 'dinsos-mojokerto', file), 'utf8').split('\n')[0]!;
    for (const file of ['perangkat_daerah.csv', 'sumber.csv', 'indikator.csv', 'anggaran.csv']) writeFileSync(join(later, file), `${header(file)}\n`);
    const kinerja = readFileSync(join('data', 'dinsos-mojokerto', 'kinerja.csv'), 'utf8').split('\n');
    writeFileSync(join(later, 'kinerja.csv'), `${kinerja[0]}\n`);
    const moved = kinerja.findIndex((line, index) => index > 0 && line.startsWith('dinsos-mojokerto,') && !line.includes('"'));
    append(join(later, 'kinerja.csv'), [kinerja[moved]!]);
    writeFileSync(join(dir, 'dinsos-mojokerto', 'kinerja.csv'), kinerja.filter((_, index) => index !== moved).join('\n'));
    const run = bothWays(dir);
    expect(run.errors).toEqual([]);
    expect(run.restarts).toBe(1);
    run.same();
  });

  it('a kode_sumber declared in two folders: the error of the whole dataset', () => {
    const dir = scratchDir('kt-split-sumber-');
    cpSync('data', dir, { recursive: true });
    const code = readFileSync(join(dir, 'dinsos-mojokerto', 'sumber.csv'), 'utf8').split('\n')[1]!.split(',')[0]!;
    const own = readFileSync(join(dir, 'dinsos-mukomuko', 'sumber.csv'), 'utf8').split('\n')[1]!;
    append(join(dir, 'dinsos-mukomuko', 'sumber.csv'), [own.replace(/^[^,]*/, code)]);
    const run = bothWays(dir);
    expect(run.errors.map(formatError).join('\n')).toContain('(duplicate key)');
    expect(run.restarts).toBe(1);
    run.same();
  });

  it('an error in the last folder: every error of the whole dataset, nothing handed over', () => {
    const dir = scratchDir('kt-late-error-');
    cpSync('data', dir, { recursive: true });
    append(join(dir, 'dinsos-polewali-mandar', 'kinerja.csv'), ['dinsos-polewali-mandar,TIDAK-ADA,2023,1,1,,,x,']);
    const run = bothWays(dir);
    expect(run.errors.length).toBeGreaterThan(0);
    expect(run.whole).toEqual([]);
    expect(run.restarts).toBe(1);
    run.same();
  });
});
