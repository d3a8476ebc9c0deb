/**
 * A sharded build (SITE_SHARD, src/lib/shard.ts) makes the same site as one build: the bundled data built as a
 * national job and two agency parts, merged by scripts/merge-shards.ts, gives the same files with the same bytes
 * as `npm run build`. Only the sitemap is split differently (an index over each job's file): same URLs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../../scripts/merge-shards.ts';
import { agenciesOfShard, parseShard, partRange } from '../../src/lib/shard.ts';
import { fileDigests } from '../support/distFiles.ts';
import { buildSite, builtSite, ROOT } from '../support/site.ts';
import { scratchDir } from '../support/scratch.ts';

const SITE = 'https://kinerja-terbuka.example';
const urlsOf = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /^sitemap.*\.xml$/.test(name))
    .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc><\/url>/g)].map((match) => match[1]!))
    .sort();

describe('shard setting', () => {
  it('reads semua, nasional and pd:i/n, and refuses anything else', () => {
    expect(parseShard(undefined)).toEqual({ kind: 'semua' });
    expect(parseShard('nasional')).toEqual({ kind: 'nasional' });
    expect(parseShard('pd:2/3')).toEqual({ kind: 'pd', part: 2, parts: 3 });
    for (const wrong of ['pd:0/3', 'pd:4/3', 'pd:1/0', 'provinsi', 'pd:1']) expect(() => parseShard(wrong)).toThrow(/SITE_SHARD/);
  });

  it('cuts the agencies into parts of near-equal size that cover each once', () => {
    const agencies = Array.from({ length: 19_872 }, (_, i) => i);
    const parts = Array.from({ length: 111 }, (_, i) => agenciesOfShard(agencies, { kind: 'pd', part: i + 1, parts: 111 }));
    expect(parts.flat()).toEqual(agencies);
    const sizes = parts.map((part) => part.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(partRange(3, 3, 3)).toEqual([2, 3]);
    expect(agenciesOfShard(agencies, { kind: 'nasional' })).toEqual([]);
  });
});

describe('sharded build', () => {
  let whole: string;
  let merged: string;
  beforeAll(async () => {
    whole = await builtSite();
    const jobs = [];
    for (const shard of ['nasional', 'pd:1/2', 'pd:2/2']) {
      const { dist } = await buildSite({ dataDir: 'data', root: scratchDir('kt-shard-'), env: { SITE_SHARD: shard } });
      jobs.push(dist);
    }
    merged = join(scratchDir('kt-merged-'), 'dist');
    mergeShards(merged, jobs, SITE);
    execFileSync(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', merged], { cwd: ROOT, stdio: 'pipe' });
  }, 900_000);

  it('merges into the same files, byte for byte, as one build', () => {
    const isSitemap = (path: string) => /^sitemap.*\.xml$/.test(path) || path === '_headers';
    const a = new Map([...fileDigests(whole)].filter(([path]) => !isSitemap(path) && !path.startsWith('.')));
    const b = new Map([...fileDigests(merged)].filter(([path]) => !isSitemap(path)));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path)).toEqual([]);
  });

  it('lists every page once in the sitemap index, and frames only /embed/', () => {
    expect(urlsOf(merged)).toEqual(urlsOf(whole));
    expect(new Set(urlsOf(merged)).size).toBe(urlsOf(merged).length);
    expect(readFileSync(join(merged, 'sitemap.xml'), 'utf8')).toMatch(/<sitemapindex[^>]*>[\s\S]*sitemap-nasional-1\.xml[\s\S]*sitemap-pd-1-dari-2-1\.xml/);
    const headers = readFileSync(join(merged, '_headers'), 'utf8');
    for (const line of readFileSync(join(whole, '_headers'), 'utf8')
      .split('\n')
      .filter((text) => text.startsWith('/') && !text.startsWith('/sitemap')))
      expect(headers).toContain(line);
  });

  it('stops on a file that two jobs wrote differently', () => {
    const root = scratchDir('kt-conflict-');
    for (const [job, text] of [
      ['a', 'satu'],
      ['b', 'dua'],
    ] as const) {
      mkdirSync(join(root, job));
      writeFileSync(join(root, job, 'index.html'), text);
    }
    expect(() => mergeShards(join(root, 'out'), [join(root, 'a'), join(root, 'b')], SITE)).toThrow(/index\.html: berbeda antara .*a dan .*b/);
  });
});
