/**
 * "Gunakan data ini": every URL that any snippet of the built site names is a file in dist/ that papaparse reads
 * without an error, with a header and rows; a snippet's filter names a column of that file and picks at least one
 * row. The snippets are those written into pages and those a download panel shows, made in the reader's browser
 * by the same function (snippets()) from its figure's data source in the figures file.
 * And /data/'s example response is valid JSON cut from the real index.json.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { snippets } from '../../src/downloads/snippets.ts';
import { siteUrl } from '../../src/lib/siteFiles.ts';
import { figuresFileOf, fileFor, htmlPages, readPage } from '../support/distFiles.ts';
import { builtSite } from '../support/site.ts';

let dist: string;
beforeAll(async () => {
  dist = await builtSite();
}, 600_000);

const parsed = new Map<string, Papa.ParseResult<Record<string, string>>>();
function parse(dist: string, path: string) {
  let result = parsed.get(path);
  if (!result) {
    result = Papa.parse<Record<string, string>>(readFileSync(fileFor(dist, path), 'utf8'), { header: true, skipEmptyLines: true });
    parsed.set(path, result);
  }
  return result;
}

describe('snippets', () => {
  it('name only CSVs of the site that exist and parse, and their filters pick rows', () => {
    const origin = new URL(siteUrl()).origin;
    const seen = new Map<string, string>();
    const problems: string[] = [];
    let count = 0;
    const kinds = new Set<string>();
    for (const page of htmlPages(dist)) {
      const html = readFileSync(fileFor(dist, page), 'utf8');
      if (!html.includes('data-snippet') && !html.includes('data-figures')) continue;
      const document = readPage(dist, page);
      const panels = [...document.querySelectorAll('details[data-download-root]')].flatMap((menu) => {
        const file = figuresFileOf(dist, menu);
        const source = file.figures[menu.getAttribute('data-figure')!]?.data;
        return source ? snippets(new URL(source.path, file.site).href, source.filter).map((line) => line.code) : [];
      });
      for (const code of [...[...document.querySelectorAll('[data-snippet]')].map((element) => element.textContent ?? ''), ...panels]) {
        count++;
        kinds.add(code.split('(')[0]!);
        const urls = [...code.matchAll(/"(https?:\/\/[^"]+)"/g)].map((match) => match[1]!);
        if (urls.length !== 1) problems.push(`${page}: ${code} names ${urls.length} URLs`);
        for (const url of urls) {
          const parsedUrl = new URL(url);
          if (parsedUrl.origin !== origin) problems.push(`${page}: ${url} is not on ${origin}`);
          const path = parsedUrl.pathname;
          seen.set(path, page);
          let result;
          try {
            result = parse(dist, path);
          } catch (error) {
            problems.push(`${page}: ${url}: ${(error as Error).message}`);
            continue;
          }
          if (result.errors.length > 0) problems.push(`${page}: ${url}: ${result.errors[0]!.message}`);
          if (result.data.length === 0) problems.push(`${page}: ${url} has no rows`);
          const filter = /d\["([a-z_]+)"\] == ("(?:[^"\\]|\\.)*"|\d+)/.exec(code);
          if (filter) {
            const [, column, literal] = filter;
            const value = literal!.startsWith('"') ? (JSON.parse(literal!) as string) : literal!;
            if (!result.meta.fields?.includes(column!)) problems.push(`${page}: ${url} has no column ${column}`);
            else if (!result.data.some((row) => row[column!] === value)) problems.push(`${page}: no row of ${url} has ${column} = ${value}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // Every kind of page that has downloads names its file: an agency's two, an urusan's and the country's summary.
    expect([...seen.keys()].filter((path) => /\/unduh\/data\/pd\/[^/]+\/kinerja\.csv$/.test(path)).length).toBe(3);
    expect([...seen.keys()].filter((path) => /\/unduh\/data\/pd\/[^/]+\/anggaran\.csv$/.test(path)).length).toBe(3);
    expect([...seen.keys()]).toContain('/unduh/data/urusan/sosial/ringkasan.csv');
    expect([...seen.keys()]).toContain('/unduh/data/ringkasan.csv');
    expect([...kinds].sort()).toEqual(['=IMPORTDATA', 'pd.read_csv', 'read.csv', 'subset']);
    expect(count).toBeGreaterThan(1000);
  });

  it("are offered in the download panel of every chart, next to the agency's dataset links, and on /data/", () => {
    const source = (menu: Element | null) => (menu ? figuresFileOf(dist, menu).figures[menu.getAttribute('data-figure')!]?.data : undefined);
    const agency = readPage(dist, '/pd/dinsos-mojokerto/');
    for (const figure of agency.querySelectorAll('figure.chart')) expect(source(figure.querySelector('details.dl')), figure.id).toBeTruthy();
    expect(agency.querySelector('#identitas .usedata [data-snippet]')).not.toBeNull();
    const urusan = readPage(dist, '/urusan/sosial/2023/');
    const charts = [...urusan.querySelectorAll('figure.chart')];
    expect(charts.length).toBeGreaterThan(0);
    for (const figure of charts) expect(source(figure.querySelector('details.dl')), figure.id).toBeTruthy();
    expect(readPage(dist, '/data/').querySelectorAll('#gunakan [data-snippet]').length).toBe(6);
  });

  it('the example response on /data/ is JSON cut from the real index.json', () => {
    const text = readPage(dist, '/data/').querySelector('.api-example code')?.textContent ?? '';
    const example = JSON.parse(text) as { version: number; agencies: { kode_pd: string; ringkasan: { tahun: number }[] }[] };
    const index = JSON.parse(readFileSync(fileFor(dist, '/api/v1/index.json'), 'utf8')) as typeof example;
    expect(example.version).toBe(index.version);
    expect(example.agencies).toHaveLength(1);
    const first = index.agencies[0]!;
    expect(example.agencies[0]!.kode_pd).toBe(first.kode_pd);
    expect(example.agencies[0]!.ringkasan).toEqual([first.ringkasan.at(-1)]);
    expect(Object.keys(example.agencies[0]!)).toEqual(Object.keys(first));
  });
});
