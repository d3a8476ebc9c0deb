/**
 * The built pages against the JSON they were built from (build-level test).
 *
 * The site is built once per `vitest run` by test/support/site.ts `builtSite()` (a lock plus a run
 * stamp: every test file that needs dist/ shares one build, in parallel workers too). To check a site
 * that is already built elsewhere, set KT_TEST_DIST (and OUT_DIR for its JSON); nothing is built then.
 *
 * Checked: every agency, year, indicator and budget page is reachable by links from `/`; the figures
 * shown (capaian, serapan, band labels) equal the JSON; charts are inline <svg> figures with a title,
 * a takeaway, a data table and sources; findings are grouped with counts; and no inline script exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/data/format.ts';
import { AgencyData, FINDING_KINDS, SiteIndex } from '../../src/data/output.ts';
import { budgetYears, kinerjaRows, latestYear } from '../../src/lib/agencyView.ts';
import { groupByUrusan, peerRows } from '../../src/lib/directory.ts';
import { bandLabel, FINDING_INFO } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtSite, ROOT } from '../support/site.ts';

let dist: string;
let index: SiteIndex;
let agencies: AgencyData[];

beforeAll(async () => {
  dist = process.env.KT_TEST_DIST ?? (await builtSite());
  const generated = resolve(ROOT, process.env.KT_TEST_DIST ? (process.env.OUT_DIR ?? 'generated/data') : 'generated/data');
  index = SiteIndex.parse(JSON.parse(readFileSync(join(generated, 'index.json'), 'utf8')));
  agencies = readdirSync(join(generated, 'pd')).sort().map((file) => AgencyData.parse(JSON.parse(readFileSync(join(generated, 'pd', file), 'utf8'))));
}, 600_000);

const pageCache = new Map<string, Document>();
function page(path: string): Document {
  let document = pageCache.get(path);
  if (!document) {
    const file = join(dist, decodeURIComponent(path), 'index.html');
    document = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    pageCache.set(path, document);
  }
  return document;
}
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Internal page links reachable from `/`, following links to pages (trailing slash), not files. */
function crawl(): Set<string> {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const anchor of page(path).querySelectorAll('a[href]')) {
      const url = new URL(anchor.getAttribute('href')!, `http://site.test${path}`);
      if (url.origin !== 'http://site.test' || !url.pathname.endsWith('/') || seen.has(url.pathname)) continue;
      // Only pages of this task's types; other sections (downloads, embeds) are checked elsewhere.
      if (!/^\/(pd|urusan|provinsi|metode)\//.test(url.pathname)) continue;
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  return seen;
}

describe('reachability', () => {
  it('every agency, year, indicator, budget year and urusan page is reachable by links from /', () => {
    const reached = crawl();
    const expected = ['/metode/'];
    for (const data of agencies) {
      const kode = data.agency.kode_pd;
      expected.push(paths.agency(kode), ...data.tahun.map((tahun) => paths.agencyYear(kode, tahun)));
      expected.push(...data.indicators.map((indicator) => paths.indicator(kode, indicator.slug)));
      expected.push(...budgetYears(data.budget).map((tahun) => paths.budget(kode, tahun)));
      expected.push(paths.provinsi(data.agency.provinsi), paths.urusan(data.agency.urusan));
    }
    for (const group of groupByUrusan(index.agencies)) expected.push(...group.years.map((tahun) => paths.urusanYear(group.urusan, tahun)));
    expect(expected.filter((path) => !reached.has(path))).toEqual([]);
    expect(expected.length).toBeGreaterThan(300);
  });
});

describe('/', () => {
  it('lists every agency with its latest IKU capaian, band and serapan as in the index', () => {
    const home = page('/');
    for (const agency of index.agencies) {
      const link = home.querySelector(`a[href="${paths.agency(agency.kode_pd)}"]`);
      expect(link, agency.kode_pd).not.toBeNull();
      const row = link!.closest('tr')!;
      const cells = [...row.querySelectorAll('td')].map(text);
      const latest = agency.ringkasan.find((year) => year.tahun === agency.tahun_terakhir);
      expect(cells).toContain(String(agency.tahun_terakhir));
      expect(cells).toContain(formatPercent(latest?.iku_capaian_rata));
      expect(cells).toContain(formatPercent(latest?.serapan));
      if (latest?.iku_capaian_rata != null) expect(cells).toContain(bandLabel(latest.iku_band));
      expect(row.getAttribute('data-provinsi')).toBeTruthy();
      expect(row.getAttribute('data-wilayah')).toBeTruthy();
      expect(row.getAttribute('data-urusan')).toBeTruthy();
    }
    expect(text(home.querySelector('h1'))).toBe('Kinerja Terbuka');
    // Filters and search are enhancements: present but hidden until their script runs.
    expect(home.querySelector('form[data-filter][hidden]')).not.toBeNull();
    expect(home.querySelector('form[data-search][hidden]')).not.toBeNull();
  });

  it('Mojokerto 2023 reads as in the report: 129,47% Sangat Tinggi, serapan 95,53%', () => {
    const row = page('/').querySelector(`a[href="${paths.agency('dinsos-mojokerto')}"]`)!.closest('tr')!;
    expect(text(row)).toContain('129,47%');
    expect(text(row)).toContain('Sangat Tinggi');
    expect(text(row)).toContain('95,53%');
  });
});

describe('agency pages', () => {
  it('show the headline and every IKU/sasaran row of each year as in the JSON', () => {
    for (const data of agencies) {
      const kode = data.agency.kode_pd;
      for (const tahun of data.tahun) {
        const document = page(paths.agencyYear(kode, tahun));
        const summary = data.ringkasan.find((year) => year.tahun === tahun)!;
        const stats = [...document.querySelectorAll('.stat__value')].map(text);
        expect(stats.slice(0, 2), `${kode} ${tahun}`).toEqual([formatPercent(summary.iku_capaian_rata), formatPercent(summary.serapan)]);
        expect(document.querySelector('.year-nav a[aria-current="page"]')?.textContent).toBe(String(tahun));
        for (const { indicator, year } of kinerjaRows(data.indicators, tahun)) {
          const row = document.querySelector(`#kinerja a[href="${paths.indicator(kode, indicator.slug)}"]`)?.closest('tr');
          expect(row, `${kode} ${tahun} ${indicator.kode_indikator}`).toBeTruthy();
          const cells = [...row!.querySelectorAll('td')].map(text);
          expect(cells[2]!.startsWith(formatPercent(year.capaian))).toBe(true);
          expect(cells[3]).toBe(year.capaian === null ? '–' : bandLabel(year.band));
        }
      }
    }
  });

  it('open on the latest year with a realisation', () => {
    for (const data of agencies) {
      const latest = latestYear(data);
      expect(page(paths.agency(data.agency.kode_pd)).querySelector('.year-nav a[aria-current="page"]')?.textContent).toBe(String(latest));
    }
  });

  it('draw every chart as an inline SVG figure with title, takeaway, data table and source', () => {
    const ids = new Set<string>();
    for (const data of agencies) {
      const document = page(paths.agency(data.agency.kode_pd));
      const figures = [...document.querySelectorAll('figure.chart')];
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(figure.id).toMatch(new RegExp(`^${data.agency.kode_pd}-`));
        expect(ids.has(figure.id)).toBe(false);
        ids.add(figure.id);
        expect(figure.querySelectorAll('svg[role="img"]')).toHaveLength(2);
        expect(text(figure.querySelector('.chart__title'))).not.toBe('');
        expect(text(figure.querySelector('.chart__caption'))).not.toBe('');
        expect(figure.querySelector('details table tbody tr')).not.toBeNull();
        expect(text(figure.querySelector('.chart__source'))).toMatch(/^Sumber: .{10,}/);
      }
    }
  });

  it('show efisiensi per sasaran against the total and against the sasaran line (Mojokerto 2023: 4,69 and 1,75)', () => {
    const figure = page(paths.agency('dinsos-mojokerto')).querySelector('#dinsos-mojokerto-efisiensi-sasaran-2023');
    expect(figure).not.toBeNull();
    const rows = [...figure!.querySelectorAll('tbody tr')].map(text);
    expect(rows.some((row) => row.startsWith('SS1') && row.includes('95,53%') && row.includes('+4,69 poin'))).toBe(true);
    expect(rows.some((row) => row.startsWith('SS1') && row.includes('98,47%') && row.includes('+1,75 poin'))).toBe(true);
  });

  it('group findings by kind with their counts, long groups collapsed', () => {
    for (const data of agencies) {
      for (const tahun of data.tahun) {
        const expected = data.findings.filter((finding) => finding.tahun === tahun || finding.tahun === null);
        const groups = [...page(paths.agencyYear(data.agency.kode_pd, tahun)).querySelectorAll('#temuan details.block')];
        const shown = groups.map((group) => [text(group.querySelector('summary')), group.querySelectorAll('li').length, group.hasAttribute('open')]);
        const counts = new Map<string, number>();
        for (const finding of expected) counts.set(finding.jenis, (counts.get(finding.jenis) ?? 0) + 1);
        expect(shown).toEqual(FINDING_KINDS.filter((jenis) => counts.has(jenis)).map((jenis) => [`${FINDING_INFO[jenis].title} ${counts.get(jenis)}`, counts.get(jenis), counts.get(jenis)! <= 5]));
      }
    }
    // Mukomuko 2020: 87 targets without realisation, one collapsed group.
    const mukomuko = [...page(paths.agencyYear('dinsos-mukomuko', 2020)).querySelectorAll('#temuan details.block')];
    expect(mukomuko.map((group) => [text(group.querySelector('.count')), group.hasAttribute('open')])).toEqual([['87', false]]);
  });
});

describe('indicator pages', () => {
  it('list the exact rows behind the chart with sumber and catatan, and say the polarity in words', () => {
    for (const data of agencies) {
      for (const indicator of data.indicators) {
        const document = page(paths.indicator(data.agency.kode_pd, indicator.slug));
        const rows = [...document.querySelectorAll('#baris-data tbody tr')];
        expect(rows.map((row) => text(row.querySelector('th')))).toEqual(indicator.tahun.map((year) => String(year.tahun)));
        indicator.tahun.forEach((year, position) => {
          const cells = rows[position]!.querySelectorAll('td');
          expect(text(cells[3])).toBe(formatPercent(year.capaian));
          expect(text(cells[6])).toBe(year.sumber.replace(/\s+/g, ' ').trim());
          expect(text(cells[7])).toBe((year.catatan ?? '–').replace(/\s+/g, ' ').trim());
        });
        const polarity = text(document.querySelector('dl'));
        if (indicator.arah === 'naik') expect(polarity).toContain('semakin tinggi semakin baik');
        if (indicator.arah === 'turun') expect(polarity).toContain('semakin rendah semakin baik');
        if (indicator.arah === 'kategori') expect(polarity).toContain(indicator.skala!.join(' → '));
      }
    }
  });

  it('draw a kategori indicator on its own scale (Polewali Mandar SAKIP: D … AA)', () => {
    const figure = page(paths.indicator('dinsos-polewali-mandar', 'ss5-1')).querySelector('figure.chart');
    const ticks = [...figure!.querySelectorAll('.chart__svg--wide svg text')].map(text);
    for (const label of ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA']) expect(ticks).toContain(label);
    expect(ticks).toContain('2023');
    expect(ticks.some((tick) => /^\d+([.,]\d+)?%?$/.test(tick) && !/^20\d\d$/.test(tick))).toBe(false);
  });
});

describe('budget pages', () => {
  it('mark every line whose parts do not add up', () => {
    for (const data of agencies) {
      for (const tahun of budgetYears(data.budget)) {
        const document = page(paths.budget(data.agency.kode_pd, tahun));
        const flagged = data.findings.filter((finding) => finding.jenis === 'anggaran-tidak-sesuai-jumlah' && finding.tahun === tahun);
        for (const finding of flagged) {
          const row = document.querySelector(`#anggaran-${finding.anggaran_id}`);
          expect(row?.classList.contains('has-finding'), `${data.agency.kode_pd} ${finding.anggaran_id}`).toBe(true);
          expect(text(row)).toContain(FINDING_INFO['anggaran-tidak-sesuai-jumlah'].title);
        }
        const lines = data.budget.filter((line) => line.tahun === tahun);
        expect(document.querySelectorAll('tr[id^="anggaran-"]')).toHaveLength(lines.length);
        for (const line of lines) {
          const cells = [...document.querySelectorAll(`#anggaran-${line.id} td`)].map(text);
          expect(cells[2]!.startsWith(formatPercent(line.serapan))).toBe(true);
        }
      }
    }
  });
});

describe('urusan pages', () => {
  it('rank agencies by IKU capaian, each linked', () => {
    for (const group of groupByUrusan(index.agencies)) {
      for (const tahun of group.years) {
        const rows = [...page(paths.urusanYear(group.urusan, tahun)).querySelectorAll('table.peers tbody tr')];
        const names = [...new Set(rows.map((row) => text(row.querySelector('th a'))))];
        expect(names).toEqual(peerRows(group.agencies, tahun).map((peer) => peer.agency.nama_pd));
      }
    }
  });
});

describe('every page of this site', () => {
  it('has no inline script and says lang="id"', () => {
    const problems: string[] = [];
    for (const path of crawl()) {
      const document = page(path);
      if (document.documentElement.getAttribute('lang') !== 'id') problems.push(`${path}: lang`);
      for (const script of document.querySelectorAll('script:not([src])')) {
        if (script.getAttribute('type') !== 'application/ld+json') problems.push(`${path}: inline <script>`);
      }
    }
    expect(problems).toEqual([]);
  });
});
