/**
 * Joins the outputs of a sharded data step into the output of the whole dataset:
 *
 *   DATA_DIR=<nasional> DATA_SUBDIR=<provinsi> OUT_DIR=<bagian>/<provinsi> npm run data     (one per part, any machine)
 *   npm run merge-data -- --out generated/data <bagian>/aceh <bagian>/bali …
 *
 * Each part was validated on its own; what only the whole can show is checked here: a kode_pd or a
 * kode_sumber used in two parts is an error naming both parts, and nothing is written. The agency files are
 * hard-linked (copied across file systems); index.json is the parts' agencies in kode_pd order, as one data
 * step writes it, so the merged output is byte for byte the output of one run (test/data/merge.test.ts).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findingCounts, SiteIndex, type AgencyData } from '../src/data/output.ts';
import { linkOrCopy } from './linkOrCopy.ts';

export interface DataMergeReport {
  parts: number;
  agencies: number;
}

export function mergeData(out: string, parts: readonly string[]): DataMergeReport {
  const indexes = parts.map((part) => {
    const file = join(part, 'index.json');
    if (!existsSync(file)) throw new Error(`${file}: tidak ada; jalankan dulu data step bagian ini (missing part output)`);
    const raw = JSON.parse(readFileSync(file, 'utf8')) as SiteIndex;
    const checked = SiteIndex.safeParse(raw);
    if (!checked.success) throw new Error(`${file}: bukan index.json data step ini (not a data step index): ${checked.error.message}`);
    return raw;
  });
  if (new Set(indexes.map((index) => index.version)).size > 1)
    throw new Error('bagian-bagian dibuat oleh versi data step yang berbeda (parts from different data step versions)');

  // Keys that must be unique across the whole dataset.
  const errors: string[] = [];
  const agencyPart = new Map<string, string>();
  const sourceOwner = new Map<string, string>();
  parts.forEach((part, i) => {
    for (const agency of indexes[i]!.agencies) {
      const earlier = agencyPart.get(agency.kode_pd);
      if (earlier !== undefined) errors.push(`kode_pd "${agency.kode_pd}" ada di ${earlier} dan ${part} (duplicate kode_pd across parts)`);
      agencyPart.set(agency.kode_pd, part);
      const data = JSON.parse(readFileSync(join(part, 'pd', `${agency.kode_pd}.json`), 'utf8')) as AgencyData;
      for (const source of data.sources) {
        const owner = sourceOwner.get(source.kode_sumber);
        if (owner !== undefined)
          errors.push(`kode_sumber "${source.kode_sumber}" dipakai ${owner} dan ${agency.kode_pd} di ${part} (duplicate kode_sumber across parts)`);
        sourceOwner.set(source.kode_sumber, `${agency.kode_pd} di ${part}`);
      }
    }
  });
  if (errors.length > 0) throw new Error(`${errors.length} galat antarbagian (errors across parts):\n${errors.slice(0, 50).join('\n')}`);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'pd'), { recursive: true });
  for (const [kode, part] of agencyPart) {
    linkOrCopy(join(part, 'pd', `${kode}.json`), join(out, 'pd', `${kode}.json`));
  }
  const sum = (records: Record<string, number>[]) => {
    const total: Record<string, number> = {};
    for (const record of records) for (const [key, count] of Object.entries(record)) total[key] = (total[key] ?? 0) + count;
    return total;
  };
  const index: SiteIndex = {
    version: indexes[0]!.version,
    // The order one data step gives (src/data/load.ts).
    agencies: indexes.flatMap((part) => part.agencies).sort((a, b) => a.kode_pd.localeCompare(b.kode_pd)),
    rows: sum(indexes.map((part) => part.rows)) as SiteIndex['rows'],
    findings: findingCounts(sum(indexes.map((part) => part.findings))),
  };
  writeFileSync(join(out, 'index.json'), JSON.stringify(index));
  return { parts: parts.length, agencies: index.agencies.length };
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  if (!values.out || positionals.length === 0) throw new Error('pakai: npm run merge-data -- --out <OUT_DIR> <keluaran bagian>… (usage)');
  const started = performance.now();
  const report = mergeData(
    resolve(values.out),
    positionals.map((part) => resolve(part)),
  );
  console.log(`Data: ${report.agencies} perangkat daerah dari ${report.parts} bagian, digabung dalam ${Math.round(performance.now() - started)} ms.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
