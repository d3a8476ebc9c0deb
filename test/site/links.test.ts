/** Zero broken internal links, anchors or assets anywhere in the built site. */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileFor, htmlPages, readPage, references } from '../support/distFiles.ts';
import { pageType } from '../support/pageTypes.ts';
import { builtSite } from '../support/site.ts';

let dist: string;
beforeAll(async () => {
  dist = await builtSite();
}, 600_000);

/**
 * The pages of each type the bundled data/ makes (3 agencies, 311 rows in their indikator.csv, 109 charts: 101 of the
 * agencies, of which 84 indicator trends over two years or more, and 8 of the urusan):
 * the crawl must cover at least these, so a site that lost pages cannot pass by having fewer links to check.
 */
const MINIMUM_PAGES: Record<string, number> = {
  '/': 1,
  '/data/': 1,
  '/metode/': 1,
  '/periksa/': 1,
  '/pd/*/': 3,
  '/pd/*/<tahun>/': 12,
  '/pd/*/anggaran/<tahun>/': 5,
  '/pd/*/indikator/*/': 311,
  '/provinsi/*/': 3,
  '/urusan/*/': 1,
  '/urusan/*/<tahun>/': 4,
  '/embed/*/*/': 109,
};

describe('internal links', () => {
  it('every link, anchor and asset of every page resolves', () => {
    const pages = htmlPages(dist);
    const perType: Record<string, number> = {};
    for (const page of pages) perType[pageType(page)] = (perType[pageType(page)] ?? 0) + 1;
    const short = Object.entries(MINIMUM_PAGES).filter(([type, minimum]) => (perType[type] ?? 0) < minimum);
    expect(short.map(([type, minimum]) => `${type}: ${perType[type] ?? 0} of at least ${minimum}`)).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(Object.values(MINIMUM_PAGES).reduce((sum, count) => sum + count, 0));
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      let found = ids.get(path);
      if (!found) {
        found = new Set([...readPage(dist, path).querySelectorAll('[id]')].map((element) => element.id));
        ids.set(path, found);
      }
      return found;
    };
    const broken: string[] = [];
    for (const page of pages) {
      const { links, assets } = references(readPage(dist, page), page);
      for (const url of [...links, ...assets]) {
        if (!existsSync(fileFor(dist, url.pathname))) {
          broken.push(`${page} → ${url.pathname}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && url.pathname.endsWith('/') && !idsOf(url.pathname).has(anchor)) broken.push(`${page} → ${url.pathname}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
