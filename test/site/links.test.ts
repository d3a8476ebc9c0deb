/** Zero broken internal links, anchors or assets anywhere in the built site. */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileFor, htmlPages, readPage, references } from '../support/distFiles.ts';
import { builtSite } from '../support/site.ts';

let dist: string;
beforeAll(async () => {
  dist = await builtSite();
}, 600_000);

describe('internal links', () => {
  it('every link, anchor and asset of every page resolves', () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(1);
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
