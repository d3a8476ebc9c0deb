/**
 * Any dataset in the format builds with no code change: the bundled data rewritten in the
 * spreadsheet dialect (; · decimal comma · thousands dots · Rp · % · BOM · CRLF), and the same
 * data concatenated into one folder, give the same JSON as the canonical per-agency folders.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import type { AgencyData } from '../../src/data/output.ts';
import { scratchDir } from '../support/scratch.ts';

const SOURCE = 'data';
const AGENCIES = readdirSync(SOURCE).filter((name) => !name.includes('.'));
const FILES = ['perangkat_daerah.csv', 'sumber.csv', 'indikator.csv', 'kinerja.csv', 'anggaran.csv'];

const readTable = (path: string) => Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });

const indonesian = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 10 });
/** How an Indonesian spreadsheet writes a canonical number in a given column. */
function spreadsheetCell(column: string, value: string): string {
  if (value === '' || !/^-?\d+(\.\d+)?$/.test(value)) return value;
  const number = indonesian.format(Number(value));
  if (column === 'pagu' || (column === 'realisasi' && number.length > 9)) return `Rp. ${number}`;
  if (column === 'capaian_dilaporkan' || column === 'serapan_dilaporkan') return `${number} %`;
  return number;
}
const NUMERIC = new Set(['target', 'realisasi', 'target_renstra', 'capaian_dilaporkan', 'pagu', 'serapan_dilaporkan', 'sisa_dilaporkan']);

function writeSpreadsheet(path: string, table: Papa.ParseResult<Record<string, string>>): void {
  const rows = table.data.map((row) =>
    Object.fromEntries(Object.entries(row).map(([column, value]) => [column, NUMERIC.has(column) ? spreadsheetCell(column, value) : value])),
  );
  writeFileSync(path, `\ufeff${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', columns: table.meta.fields })}\r\n`);
}

/** Agency JSON without where each row came from, which differs between layouts by design. */
function withoutOrigins(agencies: AgencyData[]): unknown {
  return JSON.parse(JSON.stringify(agencies, (key, value) => (key === 'origin' ? undefined : value)));
}

describe('dataset layouts and dialects', () => {
  const canonical = loadDataset(SOURCE);

  it('the spreadsheet dialect yields the same JSON, line for line', () => {
    const dir = scratchDir('kt-spreadsheet-');
    for (const agency of AGENCIES) {
      mkdirSync(join(dir, agency));
      for (const file of FILES) writeSpreadsheet(join(dir, agency, file), readTable(join(SOURCE, agency, file)));
      // temuan.csv (format version 2) is optional; the bundled agencies have one.
      if (existsSync(join(SOURCE, agency, 'temuan.csv'))) writeSpreadsheet(join(dir, agency, 'temuan.csv'), readTable(join(SOURCE, agency, 'temuan.csv')));
    }
    const converted = loadDataset(dir);
    expect(converted.errors).toEqual([]);
    // The rewrite really is in the other dialect.
    const anggaran = readFileSync(join(dir, 'dinsos-mojokerto', 'anggaran.csv'), 'utf8');
    expect(anggaran.startsWith('\ufeffkode_pd;tahun;')).toBe(true);
    expect(anggaran).toContain(';Rp. 19.922.809.277;');
    expect(anggaran).toContain('\r\n');
    expect(withoutOrigins(converted.agencies)).toEqual(withoutOrigins(canonical.agencies));
    // Same lines too: the dialect changes no row's place in its file.
    const lines = (agencies: AgencyData[]) => agencies.flatMap((data) => data.budget.map((line) => line.origin.line));
    expect(lines(converted.agencies)).toEqual(lines(canonical.agencies));
    expect(converted.rowsIn).toEqual(canonical.rowsIn);
  });

  it('one folder with the agencies concatenated yields the same JSON', () => {
    const dir = scratchDir('kt-single-');
    for (const file of [...FILES, 'temuan.csv']) {
      const tables = AGENCIES.map((agency) => readTable(join(SOURCE, agency, file)));
      const columns = [...new Set(tables.flatMap((table) => table.meta.fields ?? []))];
      writeFileSync(join(dir, file), Papa.unparse(tables.flatMap((table) => table.data), { columns }));
    }
    const merged = loadDataset(dir);
    expect(merged.errors).toEqual([]);
    expect(withoutOrigins(merged.agencies)).toEqual(withoutOrigins(canonical.agencies));
  });
});
