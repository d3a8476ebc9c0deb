/**
 * Writes a synthetic dataset (src/synthetic/generate.ts) in the canonical CSV format.
 *
 *   node --import tsx scripts/generate-dataset.ts --out /tmp/kt-bench/d1000 --agencies 1000
 *   node --import tsx scripts/generate-dataset.ts --out /tmp/kt-bench/national        # 552 pemda × 36 = 19,872 agencies
 *
 * Options: --agencies N | --pemda P --per-pemda M, --years Y (10), --last-year (2024), --seed S (kinerja-terbuka),
 * --finding-rate R (0.02), --layout folders|provinces|single (folders), --force (replace a non-empty --out).
 *
 * Layouts, all read by the data step as is: `folders` one subfolder per agency; `provinces` one subfolder
 * per province with the five files of its agencies concatenated; `single` the five files at the top.
 * A national `single` anggaran.csv is over 1 GB, beyond V8's maximum string length: use folders or provinces.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KINDS, PLANTED, generateDataset, headerLine, planAgencies, type GenerateOptions, type Kind, type Planted } from '../src/synthetic/generate.ts';
import { slugify } from '../src/synthetic/regions.ts';

const FILE: Record<Kind, string> = {
  perangkat_daerah: 'perangkat_daerah.csv',
  sumber: 'sumber.csv',
  indikator: 'indikator.csv',
  kinerja: 'kinerja.csv',
  anggaran: 'anggaran.csv',
};

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    agencies: { type: 'string' },
    pemda: { type: 'string' },
    'per-pemda': { type: 'string' },
    years: { type: 'string' },
    'last-year': { type: 'string' },
    seed: { type: 'string', default: 'kinerja-terbuka' },
    'finding-rate': { type: 'string' },
    layout: { type: 'string', default: 'folders' },
    force: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const int = (name: string, raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`--${name} must be an integer, got ${raw}`);
  return value;
};

if (!values.out) {
  console.error('usage: generate-dataset.ts --out DIR [--agencies N | --pemda P --per-pemda M] [--years Y] [--seed S] [--layout folders|provinces|single]');
  process.exit(2);
}
const layout = values.layout;
if (layout !== 'folders' && layout !== 'provinces' && layout !== 'single') throw new Error(`--layout must be folders, provinces or single, got ${layout}`);

const options: GenerateOptions = {
  seed: values.seed,
  agencies: int('agencies', values.agencies),
  pemda: int('pemda', values.pemda),
  perPemda: int('per-pemda', values['per-pemda']),
  years: int('years', values.years),
  lastYear: int('last-year', values['last-year']),
  findingRate: values['finding-rate'] === undefined ? undefined : Number(values['finding-rate']),
};

const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0) {
  if (!values.force) throw new Error(`${out} is not empty; pass --force to replace it`);
  rmSync(out, { recursive: true, force: true });
}
mkdirSync(out, { recursive: true });

/** Open files per folder, written with a header once; kept open while a folder is being filled. */
class Folder {
  private readonly fds: Record<Kind, number>;
  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.fds = Object.fromEntries(KINDS.map((kind) => [kind, openSync(join(dir, FILE[kind]), 'w')])) as Record<Kind, number>;
    for (const kind of KINDS) writeSync(this.fds[kind], headerLine(kind));
  }
  write(kind: Kind, text: string) {
    writeSync(this.fds[kind], text);
  }
  close() {
    for (const kind of KINDS) closeSync(this.fds[kind]);
  }
}

const started = performance.now();
const total = planAgencies(options).length;
const rows: Record<Kind, number> = { perangkat_daerah: 0, sumber: 0, indikator: 0, kinerja: 0, anggaran: 0 };
const planted: Record<Planted, number> = { sumMismatch: 0, overPagu: 0, capaianOff: 0, noRealisation: 0 };
const open = new Map<string, Folder>();
let done = 0;
for (const agency of generateDataset(options)) {
  const key = layout === 'folders' ? agency.plan.kode_pd : layout === 'provinces' ? slugify(agency.plan.pemda.provinsi.nama) : '';
  let folder = open.get(key);
  if (!folder) {
    folder = new Folder(join(out, key));
    open.set(key, folder);
  }
  for (const kind of KINDS) {
    folder.write(kind, agency.text[kind]);
    rows[kind] += agency.rows[kind];
  }
  for (const what of Object.keys(planted) as Planted[]) planted[what] += agency.planted[what];
  if (layout === 'folders') {
    folder.close();
    open.delete(key);
  }
  done++;
  if (!values.quiet && done % 1000 === 0) console.error(`  ${done}/${total} perangkat daerah`);
}
for (const folder of open.values()) folder.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Dataset sintetis: ${total} perangkat daerah, layout ${layout}, di ${out} (${seconds} s)`);
console.log(`Baris: ${KINDS.map((kind) => `${kind} ${rows[kind]}`).join(', ')}.`);
console.log(`Temuan yang ditanam (planted findings): ${(Object.keys(planted) as Planted[]).map((what) => `${PLANTED[what]} ${planted[what]}`).join(', ')}.`);
