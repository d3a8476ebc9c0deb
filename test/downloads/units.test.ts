/** The pure parts of downloads, embeds and sharing: headers, sitemap, embed snippet, figure files, citation, JSON-LD, cards. */
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { citation, formatDate, publicationYear } from '../../src/downloads/citation.ts';
import { BOM, readCsv } from '../../src/downloads/csv.ts';
import { defaultEmbedHeight, embedSnippet } from '../../src/downloads/embedSnippet.ts';
import { csvHeaders, figureCsv, figureMetadata, fileName } from '../../src/downloads/figureFiles.ts';
import { downloadData } from '../../src/downloads/publishFigures.ts';
import { headersFile } from '../../src/downloads/headers.ts';
import { escapeHtml, jsonForScript } from '../../src/downloads/html.ts';
import { agencyDatasetJsonLd } from '../../src/downloads/jsonLd.ts';
import { OG_HEIGHT, OG_WIDTH, ogCardSvg } from '../../src/downloads/ogCard.ts';
import { pngSize, svgToPng } from '../../src/downloads/png.ts';
import { sitemapFiles } from '../../src/downloads/sitemap.ts';
import { sourceLine, type ChartFigure } from '../../src/figures/figure.ts';
import { agencyCard, agencyCitation, indicatorCitation } from '../../src/figures/share.ts';
import { ogImagePath } from '../../src/lib/paths.ts';
import { decodePng, pixelStats } from './decodePng.ts';

const SVG =
  '<svg class="plot-d6a7b5" width="720" height="240" viewBox="0 0 720 240" style="font-family: system-ui; color: #1f2328;"><title>t</title><rect x="10" y="10" width="100" height="200" fill="#0b6e66"></rect><text x="5" y="230">2023</text></svg>';
const CHART: ChartFigure = {
  kind: 'chart',
  id: 'dinsos-x-serapan',
  page: '/pd/dinsos-x/',
  title: 'Serapan <b>anggaran</b> & "lainnya"',
  heading: 'Serapan anggaran',
  caption: 'Serapan 2023 95,53%',
  note: null,
  sources: [],
  sourceText: 'LKjIP 2023 (Tabel 3.1)',
  legend: [{ label: 'Serapan <i>', color: '#0b6e66', mark: 'bar' }],
  columns: [
    { key: 'tahun', label: 'Tahun', format: 'year' },
    { key: 'pagu', label: 'Pagu', format: 'rupiah' },
    { key: 'serapan', label: 'Serapan', format: 'percent' },
    { key: 'efisiensi', label: 'Efisiensi', format: 'points' },
    { key: 'label', label: 'Program', format: 'text' },
  ],
  rows: [
    { tahun: 2022, pagu: 1704319000, serapan: 91.9, efisiensi: -3.48, label: '=HYPERLINK("http://evil.example/","klik")' },
    { tahun: 2023, pagu: null, serapan: 95.53, efisiensi: 2.5, label: '-1+2' },
  ],
  svg: { wide: SVG, narrow: SVG.replace('720', '336') },
};

describe('_headers', () => {
  const text = headersFile([
    { name: 'pd', directory: true },
    { name: 'embed', directory: true },
    { name: 'index.html', directory: false },
    { name: 'embed.js', directory: false },
    { name: '_headers', directory: false },
  ]);
  const rules = text
    .split('\n\n')
    .map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
    .filter((lines) => lines.length > 0)
    .map(([pattern, ...headers]) => ({ pattern: pattern!, headers: headers.map((line) => line.trim()) }));
  const matching = (path: string) =>
    rules.filter((rule) => new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path));

  it('refuses framing everywhere but /embed/, with no rule that reaches both', () => {
    for (const path of ['/', '/index.html', '/pd/x/', '/pd/x/indikator/y/', '/embed.js']) {
      const headers = matching(path).flatMap((rule) => rule.headers);
      expect(headers, path).toContain('X-Frame-Options: DENY');
      expect(headers, path).toContain("Content-Security-Policy: frame-ancestors 'none'");
    }
    const embed = matching('/embed/grafik/x/').flatMap((rule) => rule.headers);
    expect(embed).toContain('Content-Security-Policy: frame-ancestors *');
    expect(embed.some((header) => header.startsWith('X-Frame-Options') || header.includes("'none'"))).toBe(false);
    expect(embed).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('sitemap', () => {
  it('lists pages sorted and absolute, without embed pages, endpoints or 404', () => {
    const [file] = sitemapFiles(['pd/b/', '', 'pd/a/', 'embed/grafik/x/', 'data/x.csv', '404/', 'pd/a/'], 'https://kt.example/');
    expect(file!.name).toBe('sitemap.xml');
    expect([...file!.xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://kt.example/',
      'https://kt.example/pd/a/',
      'https://kt.example/pd/b/',
    ]);
  });

  it('splits beyond the limit into an index and parts', () => {
    const files = sitemapFiles(['a/', 'b/', 'c/', 'd/', 'e/'], 'https://kt.example/', 2);
    expect(files.map((file) => file.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(files[0]!.xml).toContain('<sitemapindex');
    expect(files[0]!.xml).toContain('<loc>https://kt.example/sitemap-3.xml</loc>');
  });
});

describe('embed snippet', () => {
  it('an absolute iframe and script, the title escaped, a fixed height that fits the chart at 760 px and at 360 px', () => {
    const snippet = embedSnippet(CHART, 'https://kt.example/');
    const { document: host } = parseHTML(`<div>${snippet}</div>`);
    const iframe = host.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe('https://kt.example/embed/grafik/dinsos-x-serapan/');
    expect(iframe.getAttribute('title')).toBe(CHART.title);
    expect(iframe.getAttribute('data-kinerja-terbuka')).toBe(CHART.id);
    expect(iframe.getAttribute('style')).toContain(`height: ${defaultEmbedHeight(CHART)}px`);
    // 240 px of chart, a line each of title, caption, legend, source and credit.
    expect(defaultEmbedHeight(CHART)).toBeGreaterThan(240 + 150);
    expect(defaultEmbedHeight(CHART)).toBeLessThan(240 + 260);
    // A taller narrow chart (a phone) sets the height.
    const tall = { ...CHART, svg: { wide: SVG, narrow: SVG.replace('height="240"', 'height="640"') } };
    expect(defaultEmbedHeight(tall)).toBeGreaterThan(640 + 150);
    expect(host.querySelector('script')!.getAttribute('src')).toBe('https://kt.example/embed.js');
  });
});

describe('figure files', () => {
  const data = downloadData(CHART, 'https://kt.example/');

  it('CSV: the header row first with units, no comment lines; values are the rows; text formulas escaped, negative numbers not', () => {
    expect(csvHeaders(CHART.columns)).toEqual(['Tahun', 'Pagu (rupiah)', 'Serapan (%)', 'Efisiensi (poin persentase)', 'Program']);
    const csv = figureCsv(data, 'kanonik');
    expect(csv.startsWith(BOM)).toBe(false);
    expect(csv.split('\n')[0]).toBe('Tahun,Pagu (rupiah),Serapan (%),Efisiensi (poin persentase),Program');
    const { rows } = readCsv(csv);
    expect(rows).toEqual([
      {
        Tahun: '2022',
        'Pagu (rupiah)': '1704319000',
        'Serapan (%)': '91.9',
        'Efisiensi (poin persentase)': '-3.48',
        Program: `'=HYPERLINK("http://evil.example/","klik")`,
      },
      { Tahun: '2023', 'Pagu (rupiah)': '', 'Serapan (%)': '95.53', 'Efisiensi (poin persentase)': '2.5', Program: "'-1+2" },
    ]);
    const excelText = figureCsv(data, 'excel-id');
    expect(excelText.startsWith(`${BOM}Tahun;Pagu (rupiah);`)).toBe(true);
    expect(excelText).toContain('\r\n');
    const excel = readCsv(excelText, 'excel-id');
    expect(excel.rows[0]!['Efisiensi (poin persentase)']).toBe('-3,48');
    expect(excel.rows[1]!.Program).toBe("'-1+2");
  });

  it('names files after the title and puts title, source, address, licence and units in the metadata', () => {
    expect(fileName('Serapan anggaran Dinas Sosial Kabupaten Mojokerto, 2019–2023')).toBe('serapan-anggaran-dinas-sosial-kabupaten-mojokerto-2019-2023');
    expect(fileName('x'.repeat(50) + ' ' + 'y'.repeat(100)).length).toBeLessThanOrEqual(120);
    expect(data.file).toBe('serapan-b-anggaran-b-dan-lainnya');
    const meta = figureMetadata(data);
    expect(meta).toMatchObject({
      judul: CHART.title,
      sumber: 'LKjIP 2023 (Tabel 3.1)',
      tautan: 'https://kt.example/pd/dinsos-x/#dinsos-x-serapan',
      lisensi: { name: 'CC-BY-4.0' },
    });
    expect((meta.kolom as { nama: string; satuan: string | null }[]).map((column) => [column.nama, column.satuan])).toEqual([
      ['Tahun', null],
      ['Pagu (rupiah)', 'rupiah'],
      ['Serapan (%)', '%'],
      ['Efisiensi (poin persentase)', 'poin persentase'],
      ['Program', null],
    ]);
    expect(ogImagePath(null)).toBe('/og/beranda.png');
    expect(ogImagePath('dinsos-x')).toBe('/og/pd/dinsos-x.png');
    expect(sourceLine({ sources: [], sourceText: 'banyak laporan' })).toBe('Sumber: banyak laporan');
  });
});

describe('citation', () => {
  const source = { jenis: 'LKjIP' as const, tahun_laporan: 2023, diterbitkan: 'Mojokerto, Desember 2023' };
  it('names author, year, report, table, address and the build date, never the clock', () => {
    expect(
      citation({ author: 'Dinas Sosial Kabupaten Mojokerto', source, tempat: ['Tabel 3.1'], url: 'https://kt.example/pd/x/', buildDate: '2025-01-15' }),
    ).toBe('Dinas Sosial Kabupaten Mojokerto (2023). LKjIP 2023, Tabel 3.1. Diakses melalui Kinerja Terbuka, https://kt.example/pd/x/, 15 Januari 2025.');
    expect(citation({ author: 'A', source: { ...source, diterbitkan: null }, url: 'u', buildDate: '' })).toBe(
      'A (t.t.). LKjIP 2023. Diakses melalui Kinerja Terbuka, u, data laporan tahun 2023.',
    );
    expect(formatDate('2025-13-01')).toBeNull();
    expect(publicationYear({ diterbitkan: 'Polewali, 31 Januari 2024' })).toBe('2024');
  });

  it('from the bundled data: the indicator page cites its table', () => {
    const data = loadDataset('data').agencies.find((agency) => agency.agency.kode_pd === 'dinsos-mojokerto')!;
    const ss1 = data.indicators.find((indicator) => indicator.kode_indikator === 'SS1')!;
    const input = indicatorCitation(data, ss1)!;
    expect(input.author).toBe('Dinas Sosial Kabupaten Mojokerto');
    expect(input.tempat).toEqual(['Tabel 3.1 Pencapaian Kinerja Sasaran (Bab III.1)']);
    expect(agencyCitation(data)!.source.tahun_laporan).toBe(2023);
  });
});

describe('JSON in HTML', () => {
  it('escapes < > & and line separators so no text can close the script element', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(escapeHtml(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('schema.org Dataset of an agency: licence, coverage, files', () => {
    const data = loadDataset('data').agencies[0]!;
    const ld = agencyDatasetJsonLd(data, 'https://kt.example/pd/x/', 'https://kt.example/');
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: `${data.tahun[0]}/${data.tahun.at(-1)}`,
    });
    expect((ld.distribution as { contentUrl: string }[]).map((item) => item.contentUrl)).toContain(
      `https://kt.example/unduh/data/pd/${data.agency.kode_pd}.zip`,
    );
  });
});

describe('preview cards', () => {
  const { agencies } = loadDataset('data');
  it('render to 1200×630 PNGs with the headline figure', async () => {
    for (const data of agencies) {
      for (const card of [agencyCard(data, null)]) {
        const svg = ogCardSvg(card, `kt.example/pd/${data.agency.kode_pd}/`);
        new Resvg(svg); // strict XML
        expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`);
      }
    }
    const mojokerto = agencies.find((data) => data.agency.kode_pd === 'dinsos-mojokerto')!;
    const card = agencyCard(mojokerto, 2023);
    expect(card.figureLabel).toBe('median capaian IKU 2023 · Sangat Tinggi; 5\u00a0dari\u00a05\u00a0IKU\u00a0mencapai\u00a0target');
    const { png } = await svgToPng(ogCardSvg(card, 'kt.example/pd/dinsos-mojokerto/'), { scale: 1 });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const stats = pixelStats(decodePng(png), [0x0b, 0x6e, 0x66]);
    expect(stats.white).toBeGreaterThan(0.5);
    expect(stats.accent).toBeGreaterThan(5000);
    expect(stats.dark).toBeGreaterThan(2000);
  });
});
