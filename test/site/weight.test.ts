/**
 * Page weight on the built files: an agency page with everything it loads (HTML, CSS, JS, images,
 * fonts named in its CSS) is at most 150 KB gzip, of which at most 30 KB is JavaScript.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileFor, htmlPages, readPage, references } from '../support/distFiles.ts';
import { builtSite } from '../support/site.ts';

const KB = 1024;
const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

let dist: string;
beforeAll(async () => {
  dist = await builtSite();
}, 600_000);

/** Files a page loads: its assets, modules they import, and fonts its stylesheets reference. */
function pageFiles(page: string): { html: string; css: string[]; js: string[]; other: string[] } {
  const { assets } = references(readPage(dist, page), page);
  const files = new Set(assets.map((url) => fileFor(dist, url.pathname)));
  for (const file of [...files]) {
    const text = file.endsWith('.css') || file.endsWith('.js') ? readFileSync(file, 'utf8') : '';
    if (file.endsWith('.css'))
      for (const match of text.matchAll(/url\(["']?([^"')]+)["']?\)/g)) if (match[1]!.startsWith('/')) files.add(fileFor(dist, match[1]!));
    if (file.endsWith('.js')) for (const match of text.matchAll(/(?:from|import)\s*["'](\/[^"']+\.js)["']/g)) files.add(fileFor(dist, match[1]!));
  }
  const list = [...files];
  return {
    html: fileFor(dist, page),
    css: list.filter((file) => file.endsWith('.css')),
    js: list.filter((file) => file.endsWith('.js')),
    other: list.filter((file) => !/\.(css|js)$/.test(file)),
  };
}

describe('page weight', () => {
  it('every agency page is ≤ 150 KB gzip in total and ≤ 30 KB gzip of JavaScript', () => {
    const agencyPages = htmlPages(dist).filter((page) => /^\/pd\/[^/]+\/$/.test(page));
    // Every agency of the bundled data, not merely "some": one overview page each.
    expect(agencyPages).toEqual(['/pd/dinsos-mojokerto/', '/pd/dinsos-mukomuko/', '/pd/dinsos-polewali-mandar/']);
    for (const page of agencyPages) {
      const files = pageFiles(page);
      const js = files.js.reduce((sum, file) => sum + gzipSize(file), 0);
      const total = [files.html, ...files.css, ...files.js, ...files.other].reduce((sum, file) => sum + gzipSize(file), 0);
      expect(js, `${page} JavaScript`).toBeLessThanOrEqual(30 * KB);
      expect(total, `${page} total`).toBeLessThanOrEqual(150 * KB);
    }
  });
});
