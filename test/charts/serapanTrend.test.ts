import { describe, expect, it } from 'vitest';
import { serapanTrend, serapanTrendCaption, serapanTrendRows } from '../../src/charts/serapanTrend.ts';
import { serapanFixture } from './fixtures.ts';
import { expectPublishable, markNames, render } from './helpers.ts';

describe('serapanTrend', () => {
  it('draws one column per year with its percentage, years as plain four digits', () => {
    const options = serapanTrend(serapanFixture);
    expect(markNames(options)).toEqual(['bar', 'rule', 'rule', 'text', 'text', 'text']);
    expect((options.x as { domain: number[] }).domain).toEqual([2020, 2021, 2022, 2023]);
    const svg = render(options);
    expectPublishable(svg);
    for (const year of ['2020', '2021', '2022', '2023']) expect(svg).toContain(`>${year}<`);
    expect(svg).toContain('>99,44%<');
    expect(svg).toContain('tidak terhitung');
  });

  it('captions the latest year against the one before with a serapan', () => {
    expect(serapanTrendCaption(serapanFixture)).toBe('Serapan 2023 99,44%: Rp 9,8 M dari pagu Rp 9,8 M; naik dari 90,41% pada 2020.');
    expect(serapanTrendRows(serapanFixture)[1]).toEqual({ tahun: 2022, pagu: null, realisasi: 3_629_331_651, serapan: null });
  });

  it('matches its SVG snapshot', async () => {
    await expect(render(serapanTrend(serapanFixture), 'serapanTrend')).toMatchFileSnapshot('../output/serapanTrend.svg');
  });
});
