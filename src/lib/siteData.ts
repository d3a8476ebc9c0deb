/**
 * The pages' only door to the data: reads the JSON that scripts/build-data.ts wrote
 * (OUT_DIR, default generated/data/), validated against the output schemas, cached per build.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AgencyData, SiteIndex } from '../data/output.ts';

const dataDir = () => resolve(process.env.OUT_DIR ?? 'generated/data');

let index: SiteIndex | undefined;
const agencies = new Map<string, AgencyData>();

export function loadIndex(): SiteIndex {
  index ??= SiteIndex.parse(JSON.parse(readFileSync(join(dataDir(), 'index.json'), 'utf8')));
  return index;
}

export function loadAgency(kode: string): AgencyData {
  let data = agencies.get(kode);
  if (!data) {
    data = AgencyData.parse(JSON.parse(readFileSync(join(dataDir(), 'pd', `${kode}.json`), 'utf8')));
    agencies.set(kode, data);
  }
  return data;
}
