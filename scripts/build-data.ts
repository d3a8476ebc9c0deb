/**
 * The data step: DATA_DIR (default data/) → validated, derived JSON in OUT_DIR (default generated/data/).
 * Exit 1 with every error listed (file:line:column) and no site output (OUT_DIR and SITE_DIR, default dist/,
 * are removed) when the dataset has errors.
 *
 * DATA_SUBDIR: read only that subfolder of DATA_DIR (e.g. one province), with file paths as the whole dataset
 * gives them; scripts/merge-data.ts joins such parts into the output of the whole (README "Scale").
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { summarize } from '../src/data/assemble.ts';
import { formatError } from '../src/data/errors.ts';
import { loadDataset } from '../src/data/load.ts';
import { findingCounts, OUTPUT_VERSION, type SiteIndex } from '../src/data/output.ts';

const MAX_PRINTED_ERRORS = 500;

const datasetRoot = resolve(process.env.DATA_DIR ?? 'data');
const dataDir = process.env.DATA_SUBDIR ? resolve(datasetRoot, process.env.DATA_SUBDIR) : datasetRoot;
const outDir = resolve(process.env.OUT_DIR ?? 'generated/data');
const siteDir = resolve(process.env.SITE_DIR ?? 'dist');

/** Exit code through process.exitCode, not process.exit(): long error output to a pipe is never cut off. */
function main(): number {
  const fresh = () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(join(outDir, 'pd'), { recursive: true });
  };
  fresh();
  // Each agency is written as soon as it is assembled and then dropped (see loadDataset).
  let summaries: SiteIndex['agencies'] = [];
  let findings: Record<string, number> = {};
  const result = loadDataset(
    dataDir,
    (agency) => {
      writeFileSync(join(outDir, 'pd', `${agency.agency.kode_pd}.json`), JSON.stringify(agency));
      for (const finding of agency.findings) findings[finding.jenis] = (findings[finding.jenis] ?? 0) + 1;
      summaries.push(summarize(agency));
    },
    {
      pathsFrom: datasetRoot,
      // The agencies written so far are void: loadDataset hands every agency over again.
      onRestart: () => {
        fresh();
        summaries = [];
        findings = {};
      },
    },
  );
  // Agencies come folder by folder; the index lists them in kode_pd order.
  summaries.sort((a, b) => a.kode_pd.localeCompare(b.kode_pd));
  for (const notice of result.notices) console.warn(`peringatan: ${notice}`);

  if (result.errors.length > 0) {
    // No stale or partial site may survive a failed data step.
    rmSync(outDir, { recursive: true, force: true });
    rmSync(siteDir, { recursive: true, force: true });
    for (const error of result.errors.slice(0, MAX_PRINTED_ERRORS)) console.error(formatError(error));
    const hidden = result.errors.length - MAX_PRINTED_ERRORS;
    if (hidden > 0) console.error(`… dan ${hidden} galat lain (and ${hidden} more errors)`);
    console.error(`\n${result.errors.length} galat di dataset ${dataDir}; situs tidak dibangun. (${result.errors.length} errors; site not built)`);
    return 1;
  }

  const index: SiteIndex = {
    version: OUTPUT_VERSION,
    agencies: summaries,
    rows: result.rowsIn,
    findings: findingCounts(findings),
  };
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));

  const total = Object.values(findings).reduce((sum, count) => sum + count, 0);
  const rows = Object.entries(result.rowsIn)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  console.log(`Data: ${summaries.length} perangkat daerah; baris: ${rows}.`);
  console.log(
    `Temuan kualitas data (data-quality warnings): ${total}${
      total
        ? ` — ${Object.entries(findings)
            .sort()
            .map(([kind, count]) => `${kind} ${count}`)
            .join(', ')}`
        : ''
    }.`,
  );
  return 0;
}

process.exitCode = main();
