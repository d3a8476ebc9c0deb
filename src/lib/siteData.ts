/**
 * The pages' only door to the data: reads the JSON that scripts/build-data.ts wrote
 * (OUT_DIR, default generated/data/); the index cached per build, agencies in a small most-recently-used cache.
 * The index is validated against its schema here; agency files are typed by theirs but not re-validated on every
 * page (the data step writes them from validated rows, and test/data/bundled.test.ts checks them against the schema).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SiteIndex, type AgencyData, type AgencySummary } from '../data/output.ts';
import { agenciesOfShard, buildsNational, currentShard } from './shard.ts';

const dataDir = () => resolve(process.env.OUT_DIR ?? 'generated/data');

let index: SiteIndex | undefined;
/**
 * The most recently used agencies, oldest first. Bounded: Astro renders an agency's pages one route at
 * a time, so a small cache serves the repeats while memory stays flat for 20,000 agencies.
 */
const agencies = new Map<string, AgencyData>();
const AGENCY_CACHE = 32;

export function loadIndex(): SiteIndex {
  index ??= SiteIndex.parse(JSON.parse(readFileSync(join(dataDir(), 'index.json'), 'utf8')));
  return index;
}

export function loadAgency(kode: string): AgencyData {
  let data = agencies.get(kode);
  if (data) agencies.delete(kode);
  else data = JSON.parse(readFileSync(join(dataDir(), 'pd', `${kode}.json`), 'utf8')) as AgencyData;
  agencies.set(kode, data);
  if (agencies.size > AGENCY_CACHE) agencies.delete(agencies.keys().next().value!);
  return data;
}

/** The agencies whose pages this build writes: all of them, or one part of a sharded build (SITE_SHARD, shard.ts). */
export function pageAgencies(): AgencySummary[] {
  return agenciesOfShard(loadIndex().agencies, currentShard());
}

/** Whether this build writes the pages that span agencies (false in an agency part of a sharded build). */
export const buildsNationalPages = (): boolean => buildsNational(currentShard());
