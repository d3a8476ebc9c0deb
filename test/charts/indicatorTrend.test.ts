import { describe, expect, it } from 'vitest';
import { indicatorTrend, indicatorTrendCaption, indicatorTrendLegend, indicatorTrendPoints, indicatorTrendRows } from '../../src/charts/indicatorTrend.ts';
import { NARROW } from '../../src/charts/theme.ts';
import { SAKIP, sakip, ss1 } from './fixtures.ts';
import { expectPublishable, markNames, render } from './helpers.ts';

describe('indicatorTrend', () => {
  it('draws target, Renstra and realisasi with a year axis that spans the gaps', () => {
    const points = indicatorTrendPoints(ss1);
    expect(points.map((point) => `${point.seri} ${point.tahun}`)).toEqual([
      'realisasi 2021',
      'realisasi 2022',
      'target 2023',
      'realisasi 2023',
      'renstra 2026',
    ]);
    const options = indicatorTrend(points, { satuan: '%' });
    expect(markNames(options)).toEqual(['line', 'line', 'dot', 'line', 'dot', 'dot', 'text', 'text']);
    expect((options.x as { domain: number[] }).domain).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const svg = render(options);
    expectPublishable(svg);
    expect(svg).toContain('>2026<');
    expect(svg).toContain('>82,18<');
    expect(svg).toContain('>80%<');
  });

  it('puts a kategori indicator on its own scale, worst at the bottom, never on numbers', () => {
    const options = indicatorTrend(indicatorTrendPoints(sakip), { skala: sakip.skala, satuan: sakip.satuan });
    const y = options.y as { type: string; domain: string[]; reverse: boolean };
    expect(y.type).toBe('point');
    expect(y.domain).toEqual(SAKIP);
    expect(y.reverse).toBe(true);
    const svg = render(options);
    expectPublishable(svg);
    for (const label of SAKIP) expect(svg).toContain(`>${label}<`);
  });

  it('labels only the last realisasi when narrow', () => {
    const svg = render(indicatorTrend(indicatorTrendPoints(ss1), { satuan: '%', width: NARROW }));
    expect(svg).toContain('>82,18<');
    expect(svg).not.toContain('>90<');
  });

  it('says the latest capaian, its band and the move from the year before', () => {
    expect(indicatorTrendCaption(ss1)).toBe(
      'Capaian 2023 100,22% (Sangat Tinggi): realisasi 82,18% dari target 82%, naik dari 80% pada 2022; target Renstra 2026: 82%.',
    );
    expect(indicatorTrendCaption(sakip)).toBe('Capaian 2023 100% (Sangat Tinggi): realisasi A dari target A, membaik dari BB pada 2022.');
    expect(indicatorTrendCaption({ ...ss1, tahun: ss1.tahun.map((year) => ({ ...year, realisasi: null })) })).toBe(
      'Belum ada realisasi yang dilaporkan; target 2023: 82%; target Renstra 2026: 82%.',
    );
  });

  it('keeps the rows behind the chart raw, one per year, and a legend of the series present', () => {
    expect(indicatorTrendRows(ss1)[2]).toEqual({ tahun: 2023, target: 82, realisasi: 82.18, target_renstra: null, capaian: 100.22, predikat: 'Sangat Tinggi' });
    expect(indicatorTrendLegend(indicatorTrendPoints(sakip)).map((item) => item.label)).toEqual(['Realisasi', 'Target (Perjanjian Kinerja)']);
  });

  it('matches its SVG snapshot', async () => {
    await expect(render(indicatorTrend(indicatorTrendPoints(ss1), { satuan: '%' }), 'indicatorTrend')).toMatchFileSnapshot('../output/indicatorTrend.svg');
    await expect(render(indicatorTrend(indicatorTrendPoints(sakip), { skala: SAKIP, satuan: 'predikat' }), 'indicatorTrendKategori')).toMatchFileSnapshot(
      '../output/indicatorTrendKategori.svg',
    );
  });
});

describe('indicatorTrend gaps', () => {
  it('joins consecutive years only', async () => {
    const { runOf } = await import('../../src/charts/indicatorTrend.ts');
    const points = [2020, 2021, 2023].map((tahun) => ({ tahun, seri: 'target' as const, nilai: 1 }));
    expect(points.map((point) => runOf(points, point))).toEqual([2020, 2020, 2023]);
  });
});
