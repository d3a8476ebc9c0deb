/**
 * The pages' only door to the data: reads the JSON that scripts/build-data.ts wrote
 * (OUT_DIR, default generated/data/), validated against the output schemas; the index cached per build,
 * agencies in a small most-recently-used cache.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AgencyData, SiteIndex } from '../data/output.ts';

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
  else data = AgencyData.parse(JSON.parse(readFileSync(join(dataDir(), 'pd', `${kode}.json`), 'utf8')));
  agencies.set(kode, data);
  if (agencies.size > AGENCY_CACHE) agencies.delete(agencies.keys().next().value!);
  return data;
}
