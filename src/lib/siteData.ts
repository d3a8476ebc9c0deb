/**
 * The pages' only door to the data: the data step's index (OUT_DIR/index.json) and the figures step's pages
 * (FIGURES_DIR), each read back through its schema. The index and the national pages are cached per build;
 * agencies in a most-recently-used cache (all of them in a small build or a sharded part, else the last 16), so
 * memory stays flat for 20,000 agencies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteIndex, type AgencySummary } from '../data/output.ts';
import { AgencyPages, FiguresIndex, NationalPages, UrusanPages } from '../figures/pages.ts';
import { agenciesOfShard, buildsNational, currentShard, shardName } from './shard.ts';
import { dataDir, figuresDir } from './siteFiles.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

let index: SiteIndex | undefined;
let national: NationalPages | undefined;
let figuresIndex: FiguresIndex | undefined;

export function loadIndex(): SiteIndex {
  index ??= SiteIndex.parse(readJson(join(dataDir(), 'index.json')));
  return index;
}

export function loadNational(): NationalPages {
  national ??= NationalPages.parse(readJson(join(figuresDir(), 'nasional.json')));
  return national;
}

/** Every chart the figures step drew for this build's part of the site, with where it lives. */
export function loadFiguresIndex(): FiguresIndex {
  figuresIndex ??= FiguresIndex.parse(readJson(join(figuresDir(), `index-${shardName(currentShard())}.json`)));
  return figuresIndex;
}

/** A bounded cache, oldest first: Astro renders an agency's pages one route at a time, so a few entries serve the repeats. */
function recentlyUsed<T>(size: () => number, load: (key: string) => T): (key: string) => T {
  const entries = new Map<string, T>();
  return (key) => {
    let value = entries.get(key);
    if (value !== undefined) entries.delete(key);
    else value = load(key);
    entries.set(key, value);
    if (entries.size > size()) entries.delete(entries.keys().next().value!);
    return value;
  };
}

/**
 * Agencies whose figures stay parsed. Six routes read each agency's figures file (about 1.5 MB, 20 ms to parse and
 * check), one route after another: when a build has few enough agencies to keep them all (a part of a sharded
 * build, about 180), each file is read once per build instead of once per route, for about 6 MB of heap each.
 * Above that, the last 16: an agency's pages come together within each route.
 */
const ALL_AGENCIES_UP_TO = 250;
let agencyCacheSize: number | undefined;
const agenciesKept = (): number => (agencyCacheSize ??= pageAgencies().length <= ALL_AGENCIES_UP_TO ? ALL_AGENCIES_UP_TO : 16);

export const loadAgencyPages = recentlyUsed(agenciesKept, (kode) => AgencyPages.parse(readJson(join(figuresDir(), 'pd', `${kode}.json`))));
export const loadUrusanPages = recentlyUsed(
  () => 4,
  (slug) => UrusanPages.parse(readJson(join(figuresDir(), 'urusan', `${slug}.json`))),
);

/** The agencies whose pages this build writes: all of them, or one part of a sharded build (SITE_SHARD, shard.ts). */
export function pageAgencies(): AgencySummary[] {
  return agenciesOfShard(loadIndex().agencies, currentShard());
}

/** Whether this build writes the pages that span agencies (false in an agency part of a sharded build). */
export const buildsNationalPages = (): boolean => buildsNational(currentShard());
