/**
 * Search reads only the pages marked for it: pagefind.yml's glob names the files Pagefind opens (so it
 * need not read every page of a national site), BaseLayout's `search` marks them (data-pagefind-body).
 * The two must agree: every marked page is in the index, and nothing else is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/distFiles.ts';
import { builtSite } from '../support/site.ts';

let dist: string;
beforeAll(async () => {
  dist = await builtSite();
}, 600_000);

describe('search index', () => {
  it('holds exactly the pages marked for search', () => {
    const marked = htmlPages(dist).filter((page) => readPage(dist, page).querySelector('[data-pagefind-body]') !== null);
    expect(marked).toContain('/metode/');
    expect(marked.filter((page) => /^\/pd\/[^/]+\/$/.test(page)).length).toBeGreaterThanOrEqual(3);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(marked.length);
  });
});
