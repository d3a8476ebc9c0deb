/**
 * "Gunakan data ini": every URL that any snippet of the built site names is a file in dist/ that papaparse reads
 * without an error, with a header and rows; a snippet's filter names a column of that file and picks at least one
 * row. And /data/'s example response is valid JSON cut from the real index.json.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/siteFiles.ts';
import { fileFor, htmlPages, readPage } from '../support/distFiles.ts';
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
      if (!html.includes('data-snippet')) continue;
      for (const element of readPage(dist, page).querySelectorAll('[data-snippet]')) {
        const code = element.textContent ?? '';
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

  it("sit in the download panel of every chart, next to the agency's dataset links, and on /data/", () => {
    const agency = readPage(dist, '/pd/dinsos-mojokerto/');
    for (const figure of agency.querySelectorAll('figure.chart')) expect(figure.querySelector('.dl .usedata [data-snippet]'), figure.id).not.toBeNull();
    expect(agency.querySelector('#identitas .usedata [data-snippet]')).not.toBeNull();
    const urusan = readPage(dist, '/urusan/sosial/2023/');
    expect(urusan.querySelectorAll('figure.chart .usedata').length).toBe(urusan.querySelectorAll('figure.chart').length);
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
