import { describe, expect, it } from 'vitest';
import { capaianBars, capaianBarsCaption, capaianBarsRows, capaianTrendCaption } from '../../src/charts/capaianBars.ts';
import { NARROW } from '../../src/charts/theme.ts';
import { capaianBarsFixture } from './fixtures.ts';
import { expectPublishable, markNames, render } from './helpers.ts';

describe('capaianBars', () => {
  it('draws bars against the 100% line and writes each band as a word', () => {
    const options = capaianBars(capaianBarsFixture);
    expect(markNames(options)).toEqual(['bar', 'tick', 'tick', 'tick', 'text', 'text']);
    const svg = render(options);
    expectPublishable(svg);
    expect(svg).toContain('100,22% · Sangat Tinggi');
    expect(svg).toContain('75,5% · Tinggi');
    expect(svg).toContain('belum dapat dihitung');
    expect(svg.match(/<rect /g)?.length).toBe(3);
  });

  it('fits a narrow screen without losing a bar', () => {
    const svg = render(capaianBars(capaianBarsFixture, { width: NARROW }));
    expectPublishable(svg);
    expect(svg).toContain('200% · Sangat Tinggi');
    expect(svg).toContain(`viewBox="0 0 ${NARROW} `);
  });

  it('captions how many met the target and the lowest', () => {
    expect(capaianBarsCaption(capaianBarsFixture, 'IKU')).toBe('2 dari 3 IKU mencapai target (capaian ≥ 100%); terendah SS3 (75,5% · Tinggi); 1 belum dapat dihitung.');
    // With the page's headline figure, the caption says that same figure (not a mean of its own).
    expect(capaianBarsCaption(capaianBarsFixture, 'IKU', { value: 100.22, label: 'Median capaian IKU' })).toBe('2 dari 3 IKU mencapai target (capaian ≥ 100%); terendah SS3 (75,5% · Tinggi); median capaian IKU 100,22%; 1 belum dapat dihitung.');
    expect(capaianBarsCaption([], 'IKU')).toBe('Belum ada capaian IKU yang dapat dihitung.');
    const years = [
      { key: '2022', tahun: 2022, label: '2022', capaian: 112.36, band: 'sangat-tinggi' as const },
      { key: '2023', tahun: 2023, label: '2023', capaian: 104.79, band: 'sangat-tinggi' as const },
    ];
    expect(capaianTrendCaption(years)).toBe('Capaian 2023 104,79% (Sangat Tinggi), turun dari 112,36% pada 2022.');
  });

  it('keeps the rows behind the chart', () => {
    expect(capaianBarsRows(capaianBarsFixture)[3]).toEqual({ label: 'SS5 Indikator tanpa realisasi', capaian: null, predikat: null });
  });

  it('matches its SVG snapshot', async () => {
    await expect(render(capaianBars(capaianBarsFixture), 'capaianBars')).toMatchFileSnapshot('../output/capaianBars.svg');
  });
});
