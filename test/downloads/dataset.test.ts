/**
 * The dataset download: the five canonical CSVs regenerated from the validated data read back by the data
 * step to the same JSON (also when the input was in the spreadsheet dialect), every cell conforms to the Table
 * Schema in datapackage.json, and the descriptor is a valid Tabular Data Package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import type { AgencyData } from '../../src/data/output.ts';
import { cellValue, readCsv } from '../../src/downloads/csv.ts';
import { dataPackageDescriptor, TabularDataPackage, type DataPackageDescriptor } from '../../src/downloads/dataPackage.ts';
import { datasetTables, tableCsv } from '../../src/downloads/dataset.ts';
import type { TableSchema } from '../../src/downloads/tableSchema.ts';
import { zipFiles } from '../../src/downloads/zip.ts';
import { writeHostileDataset } from '../hostile/hostileDataset.ts';
import { scratchDir } from '../support/scratch.ts';

/** Agency JSON without where each row came from (file and line), which differs between inputs by design. */
function withoutOrigin(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOrigin);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'origin')
        .map(([key, inner]) => [key, withoutOrigin(inner)]),
    );
  }
  return value;
}

function exportTo(agencies: AgencyData[]): string {
  const dir = scratchDir('kt-export-');
  for (const table of datasetTables(agencies)) writeFileSync(join(dir, table.file), tableCsv(table));
  return dir;
}

function roundTrip(dataDir: string) {
  const original = loadDataset(dataDir);
  expect(original.errors).toEqual([]);
  const again = loadDataset(exportTo(original.agencies));
  expect(again.errors).toEqual([]);
  expect(withoutOrigin(again.agencies)).toEqual(withoutOrigin(original.agencies));
  return original;
}

/** Checks every cell of a canonical CSV against its Table Schema, as a Frictionless validator would. */
function validateRows(schema: TableSchema, csv: string): string[] {
  const problems: string[] = [];
  const { columns, rows } = readCsv(csv);
  expect(columns).toEqual(schema.fields.map((field) => field.name));
  const keys = new Set<string>();
  rows.forEach((row, index) => {
    for (const field of schema.fields) {
      const raw = row[field.name] ?? '';
      const at = `baris ${index + 2} ${field.name}=${JSON.stringify(raw)}`;
      if (raw === '') {
        if (field.constraints?.required) problems.push(`${at}: wajib`);
        continue;
      }
      if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(raw)) problems.push(`${at}: bukan number`);
      if (field.type === 'year' && !/^\d{4}$/.test(raw)) problems.push(`${at}: bukan year`);
      if (field.type === 'boolean' && ![...field.trueValues!, ...field.falseValues!].includes(raw)) problems.push(`${at}: bukan boolean`);
      if (field.constraints?.enum && !field.constraints.enum.includes(raw)) problems.push(`${at}: di luar enum`);
      if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(raw)) problems.push(`${at}: tidak cocok pola`);
      if (field.constraints?.minimum !== undefined && Number(raw) < field.constraints.minimum) problems.push(`${at}: di bawah minimum`);
      if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(raw)) problems.push(`${at}: bukan URI`);
    }
    if (schema.primaryKey) {
      const key = schema.primaryKey.map((name) => row[name]).join('\u0000');
      if (keys.has(key)) problems.push(`baris ${index + 2}: primaryKey ganda`);
      keys.add(key);
    }
  });
  return problems;
}

function checkPackage(agencies: AgencyData[]): DataPackageDescriptor {
  const tables = datasetTables(agencies);
  const descriptor = dataPackageDescriptor({
    name: 'kinerja-terbuka',
    title: 'Kinerja Terbuka',
    description: 'uji',
    homepage: 'https://kinerja-terbuka.example/data/',
    tables,
    documents: agencies.flatMap((data) => data.sources),
  });
  const parsed = TabularDataPackage.safeParse(JSON.parse(JSON.stringify(descriptor)));
  expect(parsed.success, parsed.error?.message).toBe(true);
  const csvs = new Map(tables.map((table) => [table.kind, tableCsv(table)]));
  for (const resource of descriptor.resources) {
    expect(validateRows(resource.schema, csvs.get(resource.name)!), resource.name).toEqual([]);
  }
  // Foreign keys resolve.
  const rows = new Map(tables.map((table) => [table.kind, readCsv(csvs.get(table.kind)!).rows]));
  for (const resource of descriptor.resources) {
    for (const foreign of resource.schema.foreignKeys ?? []) {
      const targets = new Set(rows.get(foreign.reference.resource as never)!.map((row) => foreign.reference.fields.map((name) => row[name]).join('\u0000')));
      for (const row of rows.get(resource.name)!) expect(targets.has(foreign.fields.map((name) => row[name]).join('\u0000'))).toBe(true);
    }
  }
  return descriptor;
}

describe('dataset CSVs', () => {
  it('read back to the same JSON: bundled data', () => {
    const { agencies } = roundTrip('data');
    checkPackage(agencies);
  });

  it('come out canonical from a spreadsheet-dialect input, with the same JSON', () => {
    const { agencies } = roundTrip('test/fixtures/valid-spreadsheet');
    const csv = tableCsv(datasetTables(agencies).find((table) => table.kind === 'anggaran')!);
    expect(csv.startsWith('\ufeff')).toBe(false);
    expect(csv).not.toMatch(/;|Rp|\d\.\d{3}\./);
    checkPackage(agencies);
  });

  it('keep hostile text verbatim (formula text escaped with one leading apostrophe)', () => {
    const dir = scratchDir('kt-hostile-');
    writeHostileDataset('data', dir);
    const original = loadDataset(dir);
    expect(original.errors).toEqual([]);
    // Reports' text rarely starts with a formula trigger; put some there, in text and extra columns.
    const agencies = structuredClone(original.agencies);
    const leading = ['=HYPERLINK("http://evil.example/","klik")', '+1', '-1+2', '@SUM(1,1)', "'=sudah", '-'];
    agencies[0]!.indicators.forEach((indicator, index) => {
      indicator.tahun.forEach((year) => (year.catatan = leading[index % leading.length]!));
      indicator.extra = { ...indicator.extra, catatan: leading[(index + 1) % leading.length]! };
    });
    const tables = datasetTables(agencies);
    let escaped = 0;
    for (const table of tables) {
      const { rows } = readCsv(tableCsv(table));
      expect(rows).toHaveLength(table.rows.length);
      rows.forEach((row, index) => {
        for (const column of table.columns) {
          const value = table.rows[index]![column];
          const raw = row[column]!;
          if (/^'+[=+\-@\t\r]/.test(raw)) escaped++;
          if (typeof value === 'string') expect(cellValue(raw)).toBe(/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);
          else expect(cellValue(raw)).toBe(value ?? null);
        }
      });
    }
    expect(escaped).toBeGreaterThan(100);
    checkPackage(agencies);
  });

  it('are the same bytes in the zip, which is byte-identical on every build', () => {
    const { agencies } = loadDataset('data');
    const tables = datasetTables(agencies);
    const files = tables.map((table) => ({ name: table.file, data: tableCsv(table) }));
    const zip = zipFiles(files);
    expect(Buffer.from(zipFiles(files)).equals(Buffer.from(zip))).toBe(true);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(files.map((file) => file.name));
    for (const file of files) expect(strFromU8(back[file.name]!)).toBe(file.data);
  });

  it('the spec schema refuses what the spec forbids', () => {
    const { agencies } = loadDataset('test/fixtures/valid-minimal');
    const good = JSON.parse(JSON.stringify(checkPackage(agencies)));
    const bad = (change: (pkg: any) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return TabularDataPackage.safeParse(copy).success;
    };
    expect(bad(() => {})).toBe(true);
    expect(bad((pkg) => (pkg.resources = []))).toBe(false);
    expect(bad((pkg) => delete pkg.profile)).toBe(false);
    expect(bad((pkg) => (pkg.resources[0].name = 'Perangkat Daerah'))).toBe(false);
    expect(bad((pkg) => (pkg.resources[0].path = '../etc/passwd'))).toBe(false);
    expect(bad((pkg) => (pkg.resources[0].path = '/abs.csv'))).toBe(false);
    expect(bad((pkg) => delete pkg.resources[0].schema)).toBe(false);
    expect(bad((pkg) => (pkg.resources[0].schema.fields[0].type = 'text'))).toBe(false);
    expect(bad((pkg) => (pkg.resources[1].schema.foreignKeys[0].reference.resource = 'tidak-ada'))).toBe(false);
    expect(bad((pkg) => (pkg.resources[1].schema.primaryKey = ['tidak_ada']))).toBe(false);
    expect(bad((pkg) => (pkg.licenses = [{ title: 'tanpa nama' }]))).toBe(false);
    expect(bad((pkg) => (pkg.resources[1].name = pkg.resources[0].name))).toBe(false);
  });
});

describe('dataset CSVs of one agency', () => {
  it('hold exactly that agency', () => {
    const { agencies } = loadDataset('data');
    const one = agencies[1]!;
    for (const table of datasetTables([one])) {
      expect(table.rows.every((row) => row.kode_pd === one.agency.kode_pd)).toBe(true);
    }
    const dir = exportTo([one]);
    mkdirSync(join(dir, 'x'), { recursive: true });
    expect(withoutOrigin(loadDataset(dir).agencies)).toEqual(withoutOrigin([one]));
    expect(readFileSync(join(dir, 'kinerja.csv'), 'utf8').split('\n')[0]).toMatch(
      /^kode_pd,kode_indikator,tahun,target,realisasi,capaian_dilaporkan,target_renstra,sumber,catatan/,
    );
  });
});
