/**
 * Build end: the dataset for download and the JSON API, written from the data step's JSON (OUT_DIR).
 *
 *   /unduh/data/kinerja-terbuka.zip                 everything: datapackage.json + the six CSVs
 *   /unduh/data/datapackage.json, /unduh/data/<file>.csv
 *   /unduh/data/pd/<kode_pd>.zip                    one agency, the same structure
 *   /unduh/data/pd/<kode_pd>/datapackage.json, /unduh/data/pd/<kode_pd>/<file>.csv
 *   /unduh/data/ringkasan.csv, /unduh/data/urusan/<slug>/ringkasan.csv   one row per agency and year (the index's
 *                                                   YearSummary), for the country and per urusan: what the
 *                                                   comparison pages and the "Gunakan data ini" snippets read
 *   /api/v1/index.json, /api/v1/pd/<kode_pd>.json   the site's own JSON (src/data/output.ts)
 *   /api/v1/skema/index.schema.json, /api/v1/skema/pd.schema.json   their JSON Schemas
 *
 * Scales to ~20,000 agencies: one agency in memory at a time; the national files are appended agency by
 * agency and zipped as a stream (a national anggaran.csv is larger than a JavaScript string can be).
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { z } from 'zod';
import { AgencyData, SiteIndex, type Source } from '../data/output.ts';
import type { FileKind } from '../data/schema.ts';
import { toCsv } from './csv.ts';
import { dataPackageDescriptor, MAX_LISTED_SOURCES, TabularDataPackage } from './dataPackage.ts';
import { datasetTables, FILE_KINDS, tableCsv, type Table } from './dataset.ts';
import { FIELDS } from './tableSchema.ts';
import { zipFiles } from './zip.ts';
import { agenciesOfShard, buildsNational, type Shard } from '../lib/shard.ts';
import { slugify } from '../lib/slug.ts';
import { SUMMARY_COLUMNS, summaryRows } from './snippets.ts';

export const DATASET_NAME = 'kinerja-terbuka';

/** Stable addresses of the dataset files, under the site's base path. */
export function datasetLinks(base = '/') {
  const at = (path: string) => `${base.replace(/\/?$/, '/')}${path}`;
  return {
    zip: at(`unduh/data/${DATASET_NAME}.zip`),
    datapackage: at('unduh/data/datapackage.json'),
    csv: (kind: FileKind) => at(`unduh/data/${kind}.csv`),
    agencyZip: (kode: string) => at(`unduh/data/pd/${kode}.zip`),
    agencyDatapackage: (kode: string) => at(`unduh/data/pd/${kode}/datapackage.json`),
    agencyCsv: (kode: string, kind: FileKind) => at(`unduh/data/pd/${kode}/${kind}.csv`),
    apiIndex: at('api/v1/index.json'),
    apiAgency: (kode: string) => at(`api/v1/pd/${kode}.json`),
    apiSchemaIndex: at('api/v1/skema/index.schema.json'),
    apiSchemaAgency: at('api/v1/skema/pd.schema.json'),
  };
}

export interface DatasetReport {
  agencies: number;
  files: number;
  bytes: number;
  ms: number;
}

const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

function checkedDescriptor(descriptor: unknown): string {
  const result = TabularDataPackage.safeParse(descriptor);
  if (!result.success) throw new Error(`datapackage.json tidak sah menurut spesifikasi Tabular Data Package: ${result.error.message}`);
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/** Streams files from disk into one zip file, chunk by chunk. */
function zipFromDisk(target: string, entries: { name: string; path: string }[]): void {
  const fd = openSync(target, 'w');
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else writeSync(fd, chunk);
  });
  const buffer = Buffer.alloc(1 << 20);
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = FIXED_TIME;
    zip.add(file);
    const input = openSync(entry.path, 'r');
    for (let read = readSync(input, buffer); read > 0; read = readSync(input, buffer)) file.push(buffer.subarray(0, read).slice(), false);
    closeSync(input);
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  closeSync(fd);
  if (failure) throw failure;
}

/** Appends a file's bytes to an open file, chunk by chunk (the national rows are larger than a string can be). */
function appendFile(fd: number, path: string): void {
  const buffer = Buffer.alloc(1 << 20);
  const input = openSync(path, 'r');
  for (let read = readSync(input, buffer); read > 0; read = readSync(input, buffer)) {
    for (let written = 0; written < read;) written += writeSync(fd, buffer, written, read - written);
  }
  closeSync(input);
}

/**
 * `shard` (src/lib/shard.ts): an agency part writes its agencies' packages and API files only; the national job
 * writes the national files, the API index and the schemas, reading every agency but writing no agency's files.
 */
export function writeDataset({
  out,
  dataDir,
  site,
  base = '/',
  shard = { kind: 'semua' },
}: {
  out: string;
  dataDir: string;
  site: string;
  base?: string;
  shard?: Shard;
}): DatasetReport {
  const started = performance.now();
  const abs = (path: string) => new URL(path, site).href;
  const index = SiteIndex.parse(JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')));
  const root = join(out, 'unduh', 'data');
  const api = join(out, 'api', 'v1');
  mkdirSync(join(root, 'pd'), { recursive: true });
  mkdirSync(join(api, 'pd'), { recursive: true });
  mkdirSync(join(api, 'skema'), { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (path: string, data: string | Uint8Array) => {
    writeFileSync(path, data);
    files++;
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  const read = (kode: string): AgencyData => JSON.parse(readFileSync(join(dataDir, 'pd', `${kode}.json`), 'utf8')) as AgencyData;

  const national = buildsNational(shard);
  const own = new Set(agenciesOfShard(index.agencies, shard).map((summary) => summary.kode_pd));

  // One agency at a time: its own package (an agency part's agencies), its rows for the national files (the national
  // job), and the extra columns and documents of all.
  const extras: Record<FileKind, string[]> = { perangkat_daerah: [], sumber: [], indikator: [], kinerja: [], anggaran: [], temuan: [] };
  const documents: Source[] = [];
  let documentCount = 0;
  const agencyExtras = new Map<string, Record<FileKind, string[]>>();
  const noteColumns = (kode: string, tables: Table[], sources: Source[]) => {
    const columnsOf = {} as Record<FileKind, string[]>;
    for (const table of tables) {
      columnsOf[table.kind] = table.extraColumns;
      for (const name of table.extraColumns) if (!extras[table.kind].includes(name)) extras[table.kind].push(name);
    }
    agencyExtras.set(kode, columnsOf);
    documentCount += sources.length;
    if (documents.length <= MAX_LISTED_SOURCES) documents.push(...sources.slice(0, MAX_LISTED_SOURCES + 1 - documents.length));
  };
  // The national files' rows, written while each agency is in memory: one reading of every agency instead of two.
  // They have each agency's own columns, which are the national ones unless agencies differ in extra columns.
  const bodies = national ? new Map(FILE_KINDS.map((kind) => [kind, openSync(join(root, `${kind}.csv.baris`), 'w')])) : null;
  const appendRows = (kind: FileKind, csvWithHeader: string) => writeSync(bodies!.get(kind)!, csvWithHeader.slice(csvWithHeader.indexOf('\n') + 1));
  for (const summary of index.agencies) {
    const kode = summary.kode_pd;
    if (!national && !own.has(kode)) continue;
    const data = read(kode);
    const tables = datasetTables([data]);
    if (!own.has(kode)) {
      noteColumns(kode, tables, data.sources);
      for (const table of tables) appendRows(table.kind, tableCsv(table));
      continue;
    }
    const folder = join(root, 'pd', kode);
    mkdirSync(folder, { recursive: true });
    const csvs = tables.map((table) => ({ name: table.file, data: tableCsv(table) }));
    for (const csv of csvs) write(join(folder, csv.name), csv.data);
    if (bodies) for (const [i, table] of tables.entries()) appendRows(table.kind, csvs[i]!.data);
    const descriptor = checkedDescriptor(
      dataPackageDescriptor({
        name: `${DATASET_NAME}-${kode}`,
        title: `${data.agency.nama_pd}: kinerja dan anggaran (Kinerja Terbuka)`,
        description: `Target, realisasi dan anggaran ${data.agency.nama_pd} (${data.agency.pemerintah_daerah}) sebagaimana tercetak di laporan kinerjanya, dalam format CSV kanonik Kinerja Terbuka.`,
        homepage: abs(`${base.replace(/\/?$/, '/')}pd/${kode}/`),
        tables,
        documents: data.sources,
      }),
    );
    write(join(folder, 'datapackage.json'), descriptor);
    write(join(root, 'pd', `${kode}.zip`), zipFiles([{ name: 'datapackage.json', data: descriptor }, ...csvs]));
    copyFileSync(join(dataDir, 'pd', `${kode}.json`), join(api, 'pd', `${kode}.json`));
    files++;
    noteColumns(kode, tables, data.sources);
  }
  if (!national) return { agencies: own.size, files, bytes, ms: performance.now() - started };

  // The national files: the header with the union of extra columns, then the rows. When every agency has exactly
  // those columns (no extra column anywhere, or the same ones everywhere), the rows written above are the national
  // rows as they are; otherwise each agency is read again and written with the union's columns.
  const columns = (kind: FileKind) => [...FIELDS[kind].map((field) => field.name), ...extras[kind]];
  for (const fd of bodies!.values()) closeSync(fd);
  const sameColumns = index.agencies.every((summary) =>
    FILE_KINDS.every((kind) => agencyExtras.get(summary.kode_pd)![kind].join('\u0000') === extras[kind].join('\u0000')),
  );
  const fds = new Map(FILE_KINDS.map((kind) => [kind, openSync(join(root, `${kind}.csv`), 'w')]));
  for (const kind of FILE_KINDS) writeSync(fds.get(kind)!, toCsv([], { columns: columns(kind), bom: false }));
  if (sameColumns) {
    for (const kind of FILE_KINDS) appendFile(fds.get(kind)!, join(root, `${kind}.csv.baris`));
  } else {
    for (const summary of index.agencies) {
      for (const table of datasetTables([read(summary.kode_pd)])) {
        writeSync(fds.get(table.kind)!, toCsv(table.rows, { columns: columns(table.kind), bom: false, header: false }));
      }
    }
  }
  for (const kind of FILE_KINDS) rmSync(join(root, `${kind}.csv.baris`));
  for (const fd of fds.values()) closeSync(fd);
  files += FILE_KINDS.length;

  const nationalTables: Table[] = FILE_KINDS.map((kind) => ({ kind, file: `${kind}.csv`, columns: columns(kind), extraColumns: extras[kind], rows: [] }));
  const descriptor = checkedDescriptor(
    dataPackageDescriptor({
      name: DATASET_NAME,
      title: 'Kinerja Terbuka: kinerja dan anggaran perangkat daerah',
      description: `Target, realisasi dan anggaran ${index.agencies.length} perangkat daerah sebagaimana tercetak di laporan kinerja (LAKIP/LKjIP) mereka, dalam format CSV kanonik Kinerja Terbuka.`,
      homepage: abs(`${base.replace(/\/?$/, '/')}data/`),
      tables: nationalTables,
      documents,
      documentCount,
    }),
  );
  write(join(root, 'datapackage.json'), descriptor);
  zipFromDisk(join(root, `${DATASET_NAME}.zip`), [
    { name: 'datapackage.json', path: join(root, 'datapackage.json') },
    ...FILE_KINDS.map((kind) => ({ name: `${kind}.csv`, path: join(root, `${kind}.csv`) })),
  ]);
  files++;

  // The summaries: from the index alone, appended agency by agency (the national file), grouped per urusan.
  const summaryFd = openSync(join(root, 'ringkasan.csv'), 'w');
  writeSync(summaryFd, toCsv([], { columns: [...SUMMARY_COLUMNS], bom: false }));
  const byUrusan = new Map<string, typeof index.agencies>();
  for (const summary of index.agencies) {
    writeSync(summaryFd, toCsv(summaryRows(summary), { columns: [...SUMMARY_COLUMNS], bom: false, header: false }));
    const slug = slugify(summary.urusan);
    if (!byUrusan.has(slug)) byUrusan.set(slug, []);
    byUrusan.get(slug)!.push(summary);
  }
  closeSync(summaryFd);
  files++;
  for (const [slug, agencies] of byUrusan) {
    mkdirSync(join(root, 'urusan', slug), { recursive: true });
    write(join(root, 'urusan', slug, 'ringkasan.csv'), toCsv(agencies.flatMap(summaryRows), { columns: [...SUMMARY_COLUMNS], bom: false }));
  }

  copyFileSync(join(dataDir, 'index.json'), join(api, 'index.json'));
  write(join(api, 'skema', 'index.schema.json'), `${JSON.stringify(z.toJSONSchema(SiteIndex, { io: 'output' }), null, 2)}\n`);
  write(join(api, 'skema', 'pd.schema.json'), `${JSON.stringify(z.toJSONSchema(AgencyData, { io: 'output' }), null, 2)}\n`);
  files++;
  return { agencies: index.agencies.length, files, bytes, ms: performance.now() - started };
}
