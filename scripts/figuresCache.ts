/**
 * What the figures step knows without drawing anything: where each of its outputs lives, what an output was made
 * from (its `inputHash`, at the head of the file), and the record of its last run (`cache-<shard>.json`: per agency
 * and for the national pages, the inputHash and the chart ids). Node built-ins only, so a rebuild where nothing
 * changed loads neither Plot nor the page schemas (scripts/build-figures.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { figuresDir } from '../src/lib/siteFiles.ts';

export const hashOf = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\n');
  return hash.digest('hex');
};

/** The inputHash of a figures file already written (`{"version":1,"inputHash":"…",…`), or null; reads its first bytes only. */
export function storedHash(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(200);
    const length = readSync(fd, head, 0, head.length, 0);
    return /"inputHash":"([0-9a-f]{64})"/.exec(head.toString('utf8', 0, length))?.[1] ?? null;
  } finally {
    closeSync(fd);
  }
}

export const agencyFiguresPath = (kode: string): string => join(figuresDir(), 'pd', `${kode}.json`);
export const nationalFiguresPath = (): string => join(figuresDir(), 'nasional.json');
export const urusanFiguresPath = (slug: string): string => join(figuresDir(), 'urusan', `${slug}.json`);
export const cardPath = (page: string): string => join(figuresDir(), 'og', `${page.replace(/^\/+|\/+$/g, '') || 'beranda'}.png`);

/** An urusan chart of the national pages, as the figures index lists it. */
export interface UrusanChart {
  id: string;
  urusan: string;
}

/**
 * The record of the last run of one shard: enough to list every chart of an output that is still current without
 * opening it. An entry counts only if its output file still starts with the same inputHash.
 */
export interface FiguresCache {
  /** The code version (scripts/build-figures.ts codeVersion and the site address) the entries were made with. */
  version: string;
  /** PAGES_VERSION of that code, for the figures index. */
  pagesVersion: number;
  nasional: { inputHash: string; charts: UrusanChart[]; urusan: string[] } | null;
  pd: Record<string, { inputHash: string; charts: string[] }>;
}

export const cachePath = (shardName: string): string => join(figuresDir(), `cache-${shardName}.json`);

/** The cache of the last run with this code version, or null (none, another version, or unreadable). */
export function readCache(path: string, version: string): FiguresCache | null {
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as FiguresCache;
    if (cache.version !== version || typeof cache.pagesVersion !== 'number' || typeof cache.pd !== 'object' || cache.pd === null) return null;
    return cache;
  } catch {
    return null;
  }
}
