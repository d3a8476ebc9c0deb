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
    expect(capaianBarsCaption(capaianBarsFixture, 'IKU')).toBe('2 dari 3 IKU mencapai target; terendah SS3 (75,5% · Tinggi); 1 belum dapat dihitung.');
    // With the page's headline, the caption says its count and figure word for word (not a count of its own).
    const head = { value: 100.22, label: 'Median capaian IKU', count: '2 dari 2 IKU mencapai target' };
    expect(capaianBarsCaption(capaianBarsFixture, 'IKU', head)).toBe(
      '2 dari 2 IKU mencapai target; median capaian IKU 100,22%; terendah SS3 (75,5% · Tinggi); 1 belum dapat dihitung.',
    );
    // A chart that also holds non-IKU indicators says its own count, then the headline's.
    expect(capaianBarsCaption(capaianBarsFixture, 'indikator', head)).toBe(
      '2 dari 3 indikator mencapai target; 2 dari 2 IKU mencapai target; median capaian IKU 100,22%; terendah SS3 (75,5% · Tinggi); 1 belum dapat dihitung.',
    );
    // A missed target counts as missed even when its band is Sangat Tinggi (Polewali Mandar SS3 2023: 20,08 against 21).
    const missed = [{ key: 'SS3', short: 'SS3', label: 'SS3', capaian: 95.62, band: 'sangat-tinggi' as const, tercapai: false }];
    expect(capaianBarsCaption(missed, 'IKU')).toBe('0 dari 1 IKU mencapai target; capaian 95,62% · Sangat Tinggi · tidak tercapai.');
    expect(capaianBarsCaption([], 'IKU')).toBe('Belum ada capaian IKU yang dapat dihitung.');
    const years = [
      { key: '2022', tahun: 2022, label: '2022', capaian: 112.36, band: 'sangat-tinggi' as const },
      { key: '2023', tahun: 2023, label: '2023', capaian: 104.79, band: 'sangat-tinggi' as const },
    ];
    expect(capaianTrendCaption(years)).toBe('Capaian 2023 104,79% (Sangat Tinggi), turun dari 112,36% pada 2022.');
  });

  it('keeps the rows behind the chart', () => {
    expect(capaianBarsRows(capaianBarsFixture)[3]).toEqual({ label: 'SS5 Indikator tanpa realisasi', capaian: null, predikat: null, tercapai: null });
  });

  it('matches its SVG snapshot', async () => {
    await expect(render(capaianBars(capaianBarsFixture), 'capaianBars')).toMatchFileSnapshot('../output/capaianBars.svg');
  });
});
