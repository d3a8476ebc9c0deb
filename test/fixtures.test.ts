/**
 * The data step's command line on broken input (issue 7). Every folder of test/fixtures/ is a dataset:
 * a `valid-*` folder must build; any other holds expected.txt, the exact error lines that
 * scripts/build-data.ts prints for it (`{dir}` stands for DATA_DIR). See test/fixtures/README.md.
 *
 * Each run is the real CLI in a child process, in a fresh working directory that holds the dataset as
 * `ds/`, a stale `dist/` and a stale OUT_DIR: a failed run must remove both and print no stack trace.
 * Inputs too big to commit (a 10 MB cell, a million rows) are generated into that directory.
 */
import { execFile } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { AgencyData, SiteIndex } from '../src/data/output.ts';
import { scratchDir } from './support/scratch.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test/fixtures');
const SCRIPT = join(ROOT, 'scripts/build-data.ts');
// The temporary working directory has no node_modules: tsx is loaded by its path.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const FILES = ['perangkat_daerah.csv', 'sumber.csv', 'indikator.csv', 'kinerja.csv', 'anggaran.csv', 'temuan.csv'] as const;

const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const valid = fixtures.filter((name) => name.startsWith('valid-'));
const broken = fixtures.filter((name) => !name.startsWith('valid-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  cwd: string;
}

const workDirs: string[] = [];
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs `node --import tsx scripts/build-data.ts` in a new temporary directory. `fill` writes the dataset
 * into `ds/`. A stale site (`dist/`) and stale data output are planted first, to prove they go.
 */
function runCli(fill: (dataset: string) => void, env: Record<string, string | undefined> = { DATA_DIR: 'ds', OUT_DIR: 'out' }): Promise<Run> {
  const cwd = scratchDir('kt-fixture-');
  workDirs.push(cwd);
  fill(join(cwd, 'ds'));
  const outDir = env.OUT_DIR ?? 'generated/data';
  for (const dir of ['dist', outDir]) {
    mkdirSync(join(cwd, dir, 'pd'), { recursive: true });
    writeFileSync(join(cwd, dir, 'index.html'), 'stale');
  }
  const childEnv: Record<string, string | undefined> = { ...process.env, DATA_DIR: undefined, OUT_DIR: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  return new Promise((done) => {
    execFile(process.execPath, ['--import', TSX, SCRIPT], { cwd, env: childEnv, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ code, stdout, stderr, cwd });
    });
  });
}

const copyFixture = (name: string) => (dataset: string) => cpSync(join(FIXTURES, name), dataset, { recursive: true });

/** The lines of stderr that are errors: not the blank line, the closing summary or `peringatan:` notices. */
const errorLines = (stderr: string) =>
  stderr.split('\n').filter((line) => line !== '' && !line.startsWith('peringatan: ') && !/ galat di dataset .*; situs tidak dibangun\./.test(line));

/** What every failed run must look like, whatever the input. */
function expectCleanFailure(run: Run): void {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
  expect(run.stderr, 'no uncaught JavaScript error').not.toMatch(/^(\w*Error|Error)\b|node:internal|Node\.js v\d/m);
  const count = errorLines(run.stderr).length;
  expect(run.stderr).toContain(`\n${count} galat di dataset `);
  expect(run.stderr).toContain(`; situs tidak dibangun. (${count} errors; site not built)\n`);
  expect(run.stdout).not.toContain('Data:');
  expect(existsSync(join(run.cwd, 'dist')), 'stale dist/ removed').toBe(false);
  expect(existsSync(join(run.cwd, 'out')), 'stale OUT_DIR removed').toBe(false);
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Rows out: what the JSON holds, counted the way index.json counts rows in. */
function rowsOut(outDir: string) {
  const index = readJson<SiteIndex>(join(outDir, 'index.json'));
  const agencies = readdirSync(join(outDir, 'pd')).map((file) => readJson<AgencyData>(join(outDir, 'pd', file)));
  return {
    index,
    agencies,
    rows: {
      perangkat_daerah: agencies.length,
      sumber: agencies.reduce((sum, agency) => sum + agency.sources.length, 0),
      indikator: agencies.reduce((sum, agency) => sum + agency.indicators.length, 0),
      kinerja: agencies.reduce((sum, agency) => sum + agency.indicators.reduce((n, indicator) => n + indicator.tahun.length, 0), 0),
      anggaran: agencies.reduce((sum, agency) => sum + agency.budget.length, 0),
      // temuan.csv rows (format version 2) are findings that carry their row (`laporan`).
      temuan: agencies.reduce((sum, agency) => sum + agency.findings.filter((finding) => finding.laporan).length, 0),
    },
  };
}

/** Rows in, counted independently of src/data: papaparse on every CSV of the folder and its subfolders. */
function rowsInCsv(dir: string): Record<string, number> {
  const counts = { perangkat_daerah: 0, sumber: 0, indikator: 0, kinerja: 0, anggaran: 0, temuan: 0 };
  const folders = [
    dir,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name)),
  ];
  for (const folder of folders) {
    for (const file of FILES) {
      const path = join(folder, file);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
      counts[file.replace('.csv', '') as keyof typeof counts] += Math.max(parsed.data.length - 1, 0);
    }
  }
  return counts;
}

describe('fixtures', () => {
  it('has at least 30 broken datasets, each with its expected errors', () => {
    expect(broken.length).toBeGreaterThanOrEqual(30);
    for (const name of broken) expect(existsSync(join(FIXTURES, name, 'expected.txt')), `${name}/expected.txt`).toBe(true);
    expect(valid).toEqual(expect.arrayContaining(['valid-minimal', 'valid-spreadsheet', 'valid-header-case-spaces', 'valid-header-only-kinerja']));
  });
});

describe.concurrent('broken input: exact errors, exit 1, no stack trace, no site left behind', () => {
  for (const name of broken) {
    it(name, async () => {
      const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.replaceAll('{dir}', 'ds'));
      const run = await runCli(copyFixture(name));
      expectCleanFailure(run);
      expect(errorLines(run.stderr)).toEqual(expected);
    });
  }

  it('dataset folder that does not exist', async () => {
    const run = await runCli(() => {});
    expectCleanFailure(run);
    expect(errorLines(run.stderr)).toEqual(['ds: folder dataset tidak ditemukan (dataset folder not found)']);
  });

  it('dataset folder without any of the five files', async () => {
    const run = await runCli((dataset) => mkdirSync(dataset));
    expectCleanFailure(run);
    expect(errorLines(run.stderr)).toEqual([
      'ds: tidak ada berkas dataset (perangkat_daerah.csv, sumber.csv, indikator.csv, kinerja.csv, anggaran.csv) di folder ini atau subfoldernya (no dataset files)',
    ]);
  });

  it('a folder named kinerja.csv and a dangling link named sumber.csv are errors, not crashes', async () => {
    const run = await runCli((dataset) => {
      copyFixture('valid-minimal')(dataset);
      rmSync(join(dataset, 'kinerja.csv'));
      mkdirSync(join(dataset, 'kinerja.csv'));
      rmSync(join(dataset, 'sumber.csv'));
      symlinkSync(join(dataset, 'hilang.csv'), join(dataset, 'sumber.csv'));
    });
    expectCleanFailure(run);
    expect(errorLines(run.stderr)).toEqual([
      'ds/kinerja.csv: tidak dapat dibaca sebagai berkas (EISDIR); pastikan ini berkas CSV biasa (cannot read file)',
      'ds/sumber.csv: tidak dapat dibaca sebagai berkas (ENOENT); pastikan ini berkas CSV biasa (cannot read file)',
    ]);
  });

  it('default OUT_DIR: a failed run removes generated/data/ and dist/', async () => {
    const run = await runCli(copyFixture('missing-file'), { DATA_DIR: 'ds', OUT_DIR: undefined });
    expect(run.code).toBe(1);
    expect(existsSync(join(run.cwd, 'generated/data'))).toBe(false);
    expect(existsSync(join(run.cwd, 'dist'))).toBe(false);
  });

  it('a 10 MB cell of digits is one short error line, not Infinity and not 10 MB of output', async () => {
    const run = await runCli((dataset) => {
      copyFixture('valid-minimal')(dataset);
      const path = join(dataset, 'anggaran.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace(',5632013800,', `,${'9'.repeat(10 * 1024 * 1024)},`));
    });
    expectCleanFailure(run);
    expect(errorLines(run.stderr)).toEqual([
      `ds/anggaran.csv:2:11: nilai "${'9'.repeat(60)}…" di kolom pagu: angka terlalu besar untuk dibaca tepat, lebih dari 9 × 10^15 (number too large)`,
    ]);
    expect(run.stderr.length).toBeLessThan(1000);
  });
});

describe.concurrent('valid input builds', () => {
  for (const name of valid) {
    it(name, async () => {
      const run = await runCli(copyFixture(name));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      const { index, rows } = rowsOut(join(run.cwd, 'out'));
      expect(index.rows).toEqual(rows);
      expect(index.rows).toEqual(rowsInCsv(join(FIXTURES, name)));
    });
  }

  it('header-only kinerja.csv: every indicator, no years', async () => {
    const run = await runCli(copyFixture('valid-header-only-kinerja'));
    const { index, agencies } = rowsOut(join(run.cwd, 'out'));
    expect(index.rows.kinerja).toBe(0);
    expect(index.rows.indikator).toBe(6);
    expect(agencies.flatMap((agency) => agency.indicators.flatMap((indicator) => indicator.tahun))).toEqual([]);
  });

  /** Same data in another dialect or header spelling gives the same JSON, apart from file paths and line ends in notes. */
  it.each(['valid-spreadsheet', 'valid-header-case-spaces'])('%s gives the same JSON as valid-minimal', async (name) => {
    const [base, other] = await Promise.all([runCli(copyFixture('valid-minimal')), runCli(copyFixture(name))]);
    const normalise = (outDir: string) =>
      JSON.stringify(rowsOut(outDir).agencies, (key, value: unknown) =>
        key === 'file' ? undefined : typeof value === 'string' ? value.replaceAll('\r\n', '\n') : value,
      );
    expect(normalise(join(other.cwd, 'out'))).toBe(normalise(join(base.cwd, 'out')));
  });

  it('a 10 MB note is kept verbatim', async () => {
    const note = 'catatan panjang '.repeat(655_360);
    const run = await runCli((dataset) => {
      copyFixture('valid-minimal')(dataset);
      const path = join(dataset, 'kinerja.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace('Tabel 3.5,\n', `Tabel 3.5,${note}\n`));
    });
    expect(run.code, run.stderr).toBe(0);
    const agency = readJson<AgencyData>(join(run.cwd, 'out/pd/dinsos-contoh.json'));
    const year = agency.indicators.find((indicator) => indicator.kode_indikator === 'SS1')!.tahun.find((row) => row.tahun === 2022)!;
    expect(year.catatan).toBe(note.trim());
  });
});

describe('nothing lost: rows in equal rows out', () => {
  it('bundled data/', async () => {
    const run = await runCli(() => {}, { DATA_DIR: join(ROOT, 'data'), OUT_DIR: 'out' });
    expect(run.code, run.stderr).toBe(0);
    const { index, rows } = rowsOut(join(run.cwd, 'out'));
    expect(index.rows).toEqual(rows);
    expect(index.rows).toEqual(rowsInCsv(join(ROOT, 'data')));
    expect(rows.perangkat_daerah).toBe(readdirSync(join(ROOT, 'data'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length);
  });

  it('valid-minimal: 2 agencies, 2 sources, 6 indicators, 6 indicator-years, 5 budget lines', async () => {
    const run = await runCli(copyFixture('valid-minimal'));
    const { index, rows } = rowsOut(join(run.cwd, 'out'));
    expect(rows).toEqual({ perangkat_daerah: 2, sumber: 2, indikator: 6, kinerja: 6, anggaran: 5, temuan: 0 });
    expect(index.rows).toEqual(rows);
  });

  /** 10 agencies × 1,000 indicators × 100 years (1991–2090): a national dataset, generated, never committed. */
  it('a million kinerja rows build, and all of them are in the JSON', { timeout: 180_000 }, async () => {
    const AGENCIES = 10;
    const INDICATORS = 1000;
    const YEARS = 100;
    const run = await runCli((dataset) => {
      mkdirSync(dataset);
      const kode = (a: number) => `dinas-${String(a + 1).padStart(2, '0')}`;
      const agencies = Array.from({ length: AGENCIES }, (_, a) => a);
      writeFileSync(
        join(dataset, 'perangkat_daerah.csv'),
        'kode_pd,nama_pd,pemerintah_daerah,kode_wilayah,nama_wilayah,provinsi,urusan,alamat,situs\n' +
          agencies.map((a) => `${kode(a)},Dinas ${a + 1},Pemerintah Kabupaten Contoh,99.${a + 1},Kabupaten Contoh,Provinsi Contoh,Sosial,,\n`).join(''),
      );
      writeFileSync(
        join(dataset, 'sumber.csv'),
        'kode_sumber,kode_pd,tahun_laporan,jenis,judul,diterbitkan,tautan\n' +
          agencies.map((a) => `lkjip-${kode(a)},${kode(a)},2090,LKjIP,LKjIP ${a + 1},,\n`).join(''),
      );
      writeFileSync(
        join(dataset, 'anggaran.csv'),
        'kode_pd,tahun,tingkat,uraian,pagu,realisasi,sumber\n' +
          agencies.map((a) => `${kode(a)},2090,total,Total Belanja,1000000000,950000000,lkjip-${kode(a)} Tabel 3.7\n`).join(''),
      );
      const indikator = openSync(join(dataset, 'indikator.csv'), 'w');
      const kinerja = openSync(join(dataset, 'kinerja.csv'), 'w');
      writeSync(indikator, 'kode_pd,kode_indikator,tingkat,sasaran,indikator,satuan,arah,skala,iku\n');
      writeSync(kinerja, 'kode_pd,kode_indikator,tahun,target,realisasi,sumber\n');
      for (const a of agencies) {
        for (let i = 0; i < INDICATORS; i++) {
          const kategori = i % 10 === 0;
          writeSync(indikator, `${kode(a)},K${i},kegiatan,Sasaran ${i},Indikator ${i},%,${kategori ? 'kategori,C|B|A' : i % 2 ? 'naik,' : 'turun,'},tidak\n`);
          let chunk = '';
          for (let y = 0; y < YEARS; y++) {
            const value = kategori ? ['C', 'B', 'A'][(i + y) % 3] : String(40 + ((i + y) % 60));
            chunk += `${kode(a)},K${i},${1991 + y},${kategori ? 'B' : 80},${value},lkjip-${kode(a)} Tabel 3.1\n`;
          }
          writeSync(kinerja, chunk);
        }
      }
      closeSync(indikator);
      closeSync(kinerja);
    });
    expect(run.code, run.stderr.slice(0, 2000)).toBe(0);
    const { index, rows } = rowsOut(join(run.cwd, 'out'));
    expect(index.rows.kinerja).toBe(1_000_000);
    expect(index.rows).toEqual(rows);
    rmSync(run.cwd, { recursive: true, force: true });
  });
});
