/**
 * Search reads only the pages marked for it: pagefind.yml's glob names the files Pagefind opens (so it
 * need not read every page of a national site), BaseLayout's `search` marks them (data-pagefind-body).
 * The two must agree: the set of URLs in the index is the set of marked pages, and every agency overview
 * and indicator page is among them. What is indexed is the meaningful text, with clean titles and meta.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/distFiles.ts';
import { builtSite } from '../support/site.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

let dist: string;
let fragments: Fragment[];
beforeAll(async () => {
  dist = await builtSite();
  // Each fragment is gzip of `pagefind_dcd` followed by the page's JSON (url, content, meta, filters).
  const folder = join(dist, 'pagefind', 'fragment');
  fragments = readdirSync(folder).map(
    (file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as Fragment,
  );
}, 600_000);

const byUrl = (url: string) => fragments.find((fragment) => fragment.url === url)!;

describe('search index', () => {
  it('holds exactly the pages marked for search, as a set of URLs', () => {
    const pages = htmlPages(dist);
    const marked = pages.filter((page) => readPage(dist, page).querySelector('[data-pagefind-body]') !== null);
    const indexed = fragments.map((fragment) => fragment.url).sort();
    expect(new Set(indexed).size).toBe(indexed.length);
    expect(indexed).toEqual(marked);
    // Which pages: every agency overview and every indicator page, /metode/ and /data/; no year or budget page.
    const expected = pages.filter((page) => /^\/pd\/[^/]+\/(indikator\/[^/]+\/)?$/.test(page) || page === '/metode/' || page === '/data/');
    expect(indexed).toEqual(expected);
    expect(expected.filter((page) => page.includes('/indikator/')).length).toBeGreaterThan(100);
  });

  it('gives each result a clean title and meta, and keeps numbers, tables and chrome out of the text', () => {
    const indicator = byUrl('/pd/dinsos-polewali-mandar/indikator/t2/');
    expect(indicator.meta).toMatchObject({
      title: 'Indeks Kepuasan Masyarakat (IKM)',
      pd: 'Dinas Sosial Kabupaten Polewali Mandar',
      wilayah: expect.stringContaining('Sulawesi Barat'),
    });
    expect(indicator.filters).toMatchObject({ provinsi: ['Sulawesi Barat'] });
    expect(indicator.content).toContain('Meningkatnya kepuasan masyarakat');
    // Only the header and the definition: not the rows, the findings, the citation or the download menus.
    expect(indicator.content).not.toMatch(/Temuan kualitas data|Unduh|Kutip/);
    const overview = byUrl('/pd/dinsos-mojokerto/');
    expect(overview.meta).toMatchObject({ title: 'Dinas Sosial Kabupaten Mojokerto', jenis: 'Perangkat daerah' });
    // Filters and meta are attributes, not text: the content starts with the agency's name.
    expect(overview.content.startsWith('Dinas Sosial Kabupaten Mojokerto')).toBe(true);
    for (const fragment of fragments) {
      expect(fragment.meta.title, fragment.url).toBeTruthy();
      // No two parts run together (a status and the next count, a caption and its header row, a term and its definition).
      expect(fragment.content, fragment.url).not.toMatch(/\)\d+ indikator turunan|indikator turunan|lengkapBerkas|SasaranMeningkatnya|Satuan[a-z%]/);
    }
  });

  it('adds the other form of known abbreviations (bansos ↔ bantuan sosial), and only where the page has one', () => {
    const withLong = fragments.filter((fragment) => /bantuan sosial/i.test(fragment.content));
    // Mojokerto's IKU SS1 is about bantuan sosial: its indicator page carries both forms (the overview no longer indexes the tree).
    expect(withLong.map((fragment) => fragment.url)).toContain('/pd/dinsos-mojokerto/indikator/ss1/');
    for (const fragment of withLong)
      if (!/\bbansos\b/i.test(fragment.content.replace(/Kata lain:.*$/, ''))) expect(fragment.content, fragment.url).toMatch(/Kata lain: [^.]*\bbansos\b/);
    for (const fragment of fragments)
      if (/Kata lain: [^.]*\bbansos\b/.test(fragment.content)) expect(fragment.content, fragment.url).toMatch(/bantuan sosial/i);
  });
});
