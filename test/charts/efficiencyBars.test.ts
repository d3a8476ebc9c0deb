import { describe, expect, it } from 'vitest';
import { efficiencyBars, efficiencyBarsCaption, efficiencyBarsRows } from '../../src/charts/efficiencyBars.ts';
import { efficiencyFixture } from './fixtures.ts';
import { expectPublishable, markNames, render } from './helpers.ts';

describe('efficiencyBars', () => {
  it('draws bars diverging from zero, each value signed in text with what it is set against', () => {
    const options = efficiencyBars(efficiencyFixture);
    expect(markNames(options)).toEqual(['bar', 'tick', 'text', 'text']);
    const svg = render(options);
    expectPublishable(svg);
    expect(svg).toContain('+4,69 poin');
    // The two comparisons of one sasaran are told apart in plain words.
    expect(svg).toContain('SS1, dibanding serapan seluruh dinas:');
    expect(svg).toContain('SS1, dibanding anggaran sasaran ini:');
    expect(svg).toContain('−87,9 poin');
  });

  it('captions how many comparisons are at or above zero and the lowest', () => {
    expect(efficiencyBarsCaption(efficiencyFixture)).toBe(
      '2 dari 3 perbandingan: capaian setara atau di atas serapan anggarannya (nilai positif, ke kanan, berarti target tercapai dengan anggaran yang terserap lebih sedikit); terendah P2 (−87,9 poin).',
    );
    expect(efficiencyBarsRows(efficiencyFixture).map((row) => row.pembanding)).toEqual([
      'serapan total perangkat daerah',
      'serapan anggaran sasarannya',
      'serapan Program Pemberdayaan Sosial',
    ]);
  });

  it('matches its SVG snapshot', async () => {
    await expect(render(efficiencyBars(efficiencyFixture), 'efficiencyBars')).toMatchFileSnapshot('../output/efficiencyBars.svg');
  });
});
