/**
 * Which part of the site one `astro build` writes (SITE_SHARD), so a national site can be built as many
 * jobs on many machines and their outputs merged (scripts/merge-shards.ts; README "Scale"):
 *
 *   unset or `semua`  the whole site (the default);
 *   `nasional`        the pages that span agencies (/, /provinsi/, /urusan/, /metode/, /data/ and its files),
 *                     the national dataset and the API index;
 *   `pd:<i>/<n>`      the pages, files and downloads of the agencies in part i of n (1-based): the index's
 *                     agencies cut, in index order, into n runs of near-equal size.
 *
 * Every job reads the same national data step output (OUT_DIR), so a page comes out the same in whichever
 * job writes it; peers and province lists always see the whole country.
 */
export type Shard = { kind: 'semua' } | { kind: 'nasional' } | { kind: 'pd'; part: number; parts: number };

export function parseShard(value: string | undefined): Shard {
  const text = (value ?? '').trim();
  if (text === '' || text === 'semua') return { kind: 'semua' };
  if (text === 'nasional') return { kind: 'nasional' };
  const match = /^pd:(\d+)\/(\d+)$/.exec(text);
  if (match) {
    const part = Number(match[1]);
    const parts = Number(match[2]);
    if (parts >= 1 && part >= 1 && part <= parts) return { kind: 'pd', part, parts };
  }
  throw new Error(`SITE_SHARD="${text}": pakai semua, nasional atau pd:<i>/<n> dengan 1 ≤ i ≤ n (use semua, nasional or pd:<i>/<n>)`);
}

export const currentShard = (): Shard => parseShard(process.env.SITE_SHARD);

/** A name for file names and logs: `semua`, `nasional`, `pd-003-dari-111`. */
export function shardName(shard: Shard): string {
  if (shard.kind !== 'pd') return shard.kind;
  const width = String(shard.parts).length;
  return `pd-${String(shard.part).padStart(width, '0')}-dari-${shard.parts}`;
}

/** Whether this job writes the pages and files that span agencies. */
export const buildsNational = (shard: Shard): boolean => shard.kind !== 'pd';

/** The slice [start, end) of `count` agencies that part i of n holds: sizes differ by at most one. */
export function partRange(count: number, part: number, parts: number): [number, number] {
  return [Math.floor(((part - 1) * count) / parts), Math.floor((part * count) / parts)];
}

/** The agencies whose pages this job writes, in index order. */
export function agenciesOfShard<T>(agencies: readonly T[], shard: Shard): T[] {
  if (shard.kind === 'semua') return [...agencies];
  if (shard.kind === 'nasional') return [];
  const [start, end] = partRange(agencies.length, shard.part, shard.parts);
  return agencies.slice(start, end);
}

/**
 * Whether a site path (`pd/x/`, `/urusan/y/`) belongs to this job: agency pages to the agency parts,
 * everything else to the national job. Used for the sitemap, so each URL is listed by exactly one job.
 */
export function ownsPath(shard: Shard, pathname: string): boolean {
  if (shard.kind === 'semua') return true;
  const agencyPath = /^\/?pd\//.test(pathname);
  return shard.kind === 'pd' ? agencyPath : !agencyPath;
}
