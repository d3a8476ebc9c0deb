import { describe, expect, it } from 'vitest';
import { efficiencyFigures, ikuCapaianFigure, indicatorCapaianFigure, indicatorTrendFigure, peerFigures, sparklineSvg } from '../../src/figures/charts.ts';
import type { AgencyData } from '../../src/data/output.ts';
import { sakip, ss1, summary } from '../charts/fixtures.ts';

const HOSTILE = '</svg><script>alert(1)</script>"><img src=x onerror=alert(2)>';

const agency = (partial: Partial<AgencyData> = {}): AgencyData => ({
  version: 1,
  agency: {
    kode_pd: 'dinsos-x',
    nama_pd: 'Dinas Sosial X',
    pemerintah_daerah: 'Pemkab X',
    kode_wilayah: '99.01',
    nama_wilayah: 'Kabupaten X',
    provinsi: 'P',
    urusan: 'Sosial',
    alamat: null,
    situs: null,
    extra: {},
  },
  sources: [{ kode_sumber: 'lkjip-x-2023', tahun_laporan: 2023, jenis: 'LKjIP', judul: 'LKjIP X 2023', diterbitkan: null, tautan: null, extra: {} }],
  tahun: [2021, 2022, 2023],
  ringkasan: [summary({ tahun: 2023 })],
  indicators: [ss1, sakip],
  budget: [],
  efficiency: [
    { tahun: 2023, kode_indikator: 'SS1', basis: 'total', program: null, capaian: 100.22, serapan: 95.53, efisiensi: 4.69 },
    { tahun: 2023, kode_indikator: 'SS1', basis: 'sasaran', program: null, capaian: 100.22, serapan: 98.47, efisiensi: 1.75 },
  ],
  findings: [],
  ...partial,
});

const SVG_TAGS = new Set(['svg', 'title', 'desc', 'style', 'g', 'rect', 'line', 'path', 'text', 'tspan', 'circle', 'clipPath']);
const onlySvg = (svg: string) => [...svg.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]).filter((tag) => !SVG_TAGS.has(tag!));

describe('figures', () => {
  it('give every chart a stable id, a takeaway, sources and the rows behind it', () => {
    const trend = indicatorTrendFigure(agency(), ss1)!;
    expect(trend.id).toBe('dinsos-x-tren-ss1');
    expect(trend.caption).toMatch(/^Capaian 2023 100,22% \(Sangat Tinggi\)/);
    expect(trend.sources).toEqual([
      { kode_sumber: 'lkjip-x-2023', judul: 'LKjIP X 2023', jenis: 'LKjIP', tahun_laporan: 2023, tautan: null, tempat: ['Tabel 3.1'] },
    ]);
    expect(trend.rows).toHaveLength(ss1.tahun.length);
    // One year is a pair of numbers, said first on the indicator page; it is no trend to draw.
    expect(ss1.tahun.length).toBeGreaterThan(1);
    expect(indicatorTrendFigure(agency(), { ...ss1, tahun: ss1.tahun.slice(-1) })).toBeNull();
    expect(ikuCapaianFigure(agency(), 2023)!.id).toBe('dinsos-x-capaian-2023');
    expect(indicatorCapaianFigure(agency(), sakip)!.rows.map((row) => row.label)).toEqual(['2022', '2023']);
    expect(indicatorCapaianFigure(agency(), ss1)).toBeNull();
  });

  it('split efisiensi per program and per sasaran (against the total and the sasaran line)', () => {
    const figures = efficiencyFigures(agency(), 2023);
    expect(figures.map((figure) => figure.id)).toEqual(['dinsos-x-efisiensi-sasaran-2023']);
    expect(figures[0]!.rows.map((row) => [row.pembanding, row.efisiensi])).toEqual([
      ['serapan total perangkat daerah', 4.69],
      ['serapan anggaran sasarannya', 1.75],
    ]);
  });

  it('escape hostile indicator names and sumber in the SVG, and keep them as plain text for the page', () => {
    const hostile = { ...ss1, indikator: HOSTILE, tahun: ss1.tahun.map((year) => ({ ...year, sumber: `lkjip-x-2023 ${HOSTILE}` })) };
    const figure = indicatorTrendFigure(agency({ indicators: [hostile] }), hostile)!;
    for (const svg of [figure.svg.wide, figure.svg.narrow]) {
      expect(onlySvg(svg)).toEqual([]);
      expect(svg).toContain('&lt;/svg&gt;&lt;script&gt;');
      expect(svg.indexOf('</svg>')).toBe(svg.length - 6);
    }
    // Title and sources stay raw strings: Astro's {expression} escapes them on the page.
    expect(figure.title).toContain(HOSTILE);
    expect(figure.sources[0]!.tempat).toEqual([HOSTILE]);
    const capaian = ikuCapaianFigure(agency({ indicators: [hostile] }), 2023)!;
    expect(onlySvg(capaian.svg.wide)).toEqual([]);
  });

  it('rank peers and say when a long ranking is cut', () => {
    const peers = Array.from({ length: 40 }, (_, index) => ({
      agency: {
        ...agency().agency,
        kode_pd: `pd-${index}`,
        nama_pd: `Dinas ${index}`,
        tahun: [2023],
        tahun_terakhir: 2023,
        ringkasan: [],
        jumlah_indikator: 1,
        jumlah_temuan: 0,
        indikator_slug: [],
        tahun_anggaran: [],
      },
      year: summary({ tahun: 2023, iku_capaian_median: 100 - index, iku_band_median: 'sangat-tinggi', serapan: 90 + index / 10 }),
    }));
    const [capaian, serapan] = peerFigures('sosial', 'Sosial', 2023, peers);
    expect(capaian!.id).toBe('urusan-sosial-capaian-2023');
    expect(capaian!.rows).toHaveLength(40);
    expect(capaian!.note).toMatch(/15 teratas dan 15 terbawah dari 40/);
    expect(serapan!.rows[0]!.label).toBe('Dinas 39');
  });

  it('draw a sparkline only from two points', () => {
    expect(sparklineSvg('s', [{ tahun: 2023, nilai: 1 }], null)).toBeNull();
    expect(
      sparklineSvg(
        's',
        [
          { tahun: 2022, nilai: 1 },
          { tahun: 2023, nilai: 2 },
        ],
        null,
      ),
    ).toContain('aria-hidden="true"');
  });
});
