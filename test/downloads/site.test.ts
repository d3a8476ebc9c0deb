/**
 * The built site's own files: the dataset zip reads back to the same data and its datapackage.json is a valid
 * Tabular Data Package; API, sitemap, _headers and preview images are there; no figure has files of its own
 * (the reader's browser makes them: test/browser/downloads.test.ts). Uses the site built once per run.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadDataset } from '../../src/data/load.ts';
import { AgencyData, SiteIndex } from '../../src/data/output.ts';
import { readCsv } from '../../src/downloads/csv.ts';
import { TabularDataPackage } from '../../src/downloads/dataPackage.ts';
import { pngSize } from '../../src/downloads/png.ts';
import { htmlPages } from '../support/distFiles.ts';
import { ROOT, builtSite } from '../support/site.ts';
import { scratchDir } from '../support/scratch.ts';

const KODE = 'dinsos-mojokerto';
let dist: string;
let json: AgencyData;

beforeAll(async () => {
  dist = await builtSite();
  json = JSON.parse(readFileSync(join(dist, 'api/v1/pd', `${KODE}.json`), 'utf8')) as AgencyData;
}, 900_000);

const withoutOrigin = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutOrigin)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'origin')
            .map(([key, inner]) => [key, withoutOrigin(inner)]),
        )
      : value;

describe('the files the site publishes', () => {
  it('the dataset zip reads back to the same data; its datapackage.json is a valid Tabular Data Package', () => {
    const zip = unzipSync(readFileSync(join(dist, 'unduh/data/kinerja-terbuka.zip')));
    expect(Object.keys(zip)).toEqual(['datapackage.json', 'perangkat_daerah.csv', 'sumber.csv', 'indikator.csv', 'kinerja.csv', 'anggaran.csv', 'temuan.csv']);
    const descriptor = JSON.parse(strFromU8(zip['datapackage.json']!));
    const valid = TabularDataPackage.safeParse(descriptor);
    expect(valid.success, valid.error?.message).toBe(true);
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    const folder = scratchDir('kt-zip-');
    for (const [name, bytes] of Object.entries(zip)) writeFileSync(join(folder, name), bytes);
    const again = loadDataset(folder);
    expect(again.errors).toEqual([]);
    const original = loadDataset('data');
    expect(withoutOrigin(again.agencies)).toEqual(withoutOrigin(original.agencies));
    // The loose files are the same bytes as those in the zip.
    for (const name of Object.keys(zip)) expect(readFileSync(join(dist, 'unduh/data', name)).equals(Buffer.from(zip[name]!))).toBe(true);
  });

  it('each agency has its own zip and files, and the API serves the site JSON', () => {
    const index = JSON.parse(readFileSync(join(dist, 'api/v1/index.json'), 'utf8')) as SiteIndex;
    expect(index.agencies.map((agency) => agency.kode_pd)).toEqual(['dinsos-mojokerto', 'dinsos-mukomuko', 'dinsos-polewali-mandar']);
    // The API files are the data step's JSON, the very bytes the pages are made from (generated/data) ...
    const generated = join(ROOT, 'generated/data');
    expect(readFileSync(join(dist, 'api/v1/index.json')).equals(readFileSync(join(generated, 'index.json')))).toBe(true);
    // ... and each agency's is the whole of what the bundled CSV files load to, read here afresh.
    const loaded = loadDataset(resolve('data'));
    expect(loaded.errors).toEqual([]);
    expect(loaded.agencies.map((agency) => agency.agency.kode_pd).sort()).toEqual(index.agencies.map((agency) => agency.kode_pd));
    for (const agency of index.agencies) {
      const zip = unzipSync(readFileSync(join(dist, 'unduh/data/pd', `${agency.kode_pd}.zip`)));
      const descriptor = JSON.parse(strFromU8(zip['datapackage.json']!));
      expect(TabularDataPackage.safeParse(descriptor).success).toBe(true);
      const pd = readCsv(strFromU8(zip['perangkat_daerah.csv']!)).rows;
      expect(pd.map((row) => row.kode_pd)).toEqual([agency.kode_pd]);
      expect(existsSync(join(dist, 'unduh/data/pd', agency.kode_pd, 'kinerja.csv'))).toBe(true);
      const served = readFileSync(join(dist, 'api/v1/pd', `${agency.kode_pd}.json`));
      expect(served.equals(readFileSync(join(generated, 'pd', `${agency.kode_pd}.json`))), agency.kode_pd).toBe(true);
      const fresh = loaded.agencies.find((candidate) => candidate.agency.kode_pd === agency.kode_pd)!;
      expect(JSON.parse(served.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(fresh)));
    }
    // The schemas are the whole JSON Schemas of the two documents, as their zod definitions give them.
    const schema = (name: string) => JSON.parse(readFileSync(join(dist, 'api/v1/skema', name), 'utf8'));
    expect(schema('pd.schema.json')).toEqual(z.toJSONSchema(AgencyData, { io: 'output' }));
    expect(schema('index.schema.json')).toEqual(z.toJSONSchema(SiteIndex, { io: 'output' }));
    expect(schema('pd.schema.json').properties.indicators.type).toBe('array');
  });

  it('sitemap lists every page but embed pages and redirects; _headers and robots.txt are written', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    // Not the year pages that only lead to their agency's overview (meta refresh).
    const leadOnly = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8').includes('http-equiv="refresh"');
    const pages = htmlPages(dist).filter((path) => path.endsWith('/') && !path.startsWith('/embed/') && path !== '/404/' && !leadOnly(path));
    expect(urls).toEqual([...pages].sort());
    expect(urls).toContain('/data/');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain('/embed/*\n  Content-Security-Policy: frame-ancestors *');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });

  it('agency and indicator pages carry a preview image, canonical URL, citation and (the overview) Dataset JSON-LD', () => {
    for (const path of [`/pd/${KODE}/`, `/pd/${KODE}/indikator/ss1/`]) {
      const { document } = parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const image = new URL(document.querySelector('meta[property="og:image"]')!.getAttribute('content')!);
      const file = join(dist, image.pathname);
      expect(existsSync(file), image.pathname).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
      expect(document.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
      expect(new URL(document.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(path);
      expect(document.querySelector('.citation__text')!.textContent).toMatch(
        /^Dinas Sosial Kabupaten Mojokerto \(2023\)\. LKjIP 2023.*Diakses melalui Kinerja Terbuka, https?:\/\/\S+, /,
      );
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).not.toContain("'unsafe-eval'");
    }
    const html = readFileSync(join(dist, 'pd', KODE, 'index.html'), 'utf8');
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(ld).not.toContain('<');
    expect(JSON.parse(ld)).toMatchObject({ '@type': 'Dataset', name: `Kinerja dan anggaran ${json.agency.nama_pd}` });
    // One Dataset per agency, on its overview: not repeated on each of its year and indicator pages.
    for (const path of [`/pd/${KODE}/2022/`, `/pd/${KODE}/indikator/ss1/`])
      expect(readFileSync(join(dist, path, 'index.html'), 'utf8'), path).not.toContain('application/ld+json');
  });

  it("writes no file per chart or table: the reader's browser makes downloads, and preview images are one per agency", () => {
    expect(existsSync(join(dist, 'unduh/grafik'))).toBe(false);
    expect(existsSync(join(dist, 'unduh/tabel'))).toBe(false);
    expect(readdirSync(join(dist, 'og', 'pd')).sort()).toEqual(['dinsos-mojokerto.png', 'dinsos-mukomuko.png', 'dinsos-polewali-mandar.png']);
    expect(readdirSync(join(dist, 'og')).sort()).toEqual(['beranda.png', 'pd']);
  });

  it('preview images exist for every page that names one', () => {
    const missing: string[] = [];
    for (const path of htmlPages(dist)) {
      if (path.startsWith('/embed/')) continue;
      const match = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
      if (match && !existsSync(join(dist, new URL(match[1]!).pathname))) missing.push(`${path} → ${match[1]}`);
    }
    expect(missing).toEqual([]);
    expect(readdirSync(join(dist, 'og')).length).toBeGreaterThan(0);
  });
});
