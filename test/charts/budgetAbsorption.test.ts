import { describe, expect, it } from 'vitest';
import { budgetAbsorption, budgetAbsorptionCaption, budgetAbsorptionRows } from '../../src/charts/budgetAbsorption.ts';
import { NARROW } from '../../src/charts/theme.ts';
import { absorptionFixture } from './fixtures.ts';
import { expectPublishable, markNames, render } from './helpers.ts';

describe('budgetAbsorption', () => {
  it('draws pagu and realisasi bars, with rupiah ticks in Indonesian short form', () => {
    const options = budgetAbsorption(absorptionFixture);
    expect(markNames(options)).toEqual(['bar', 'bar', 'rule', 'text', 'text']);
    const svg = render(options);
    expectPublishable(svg);
    expect(svg).toMatch(/>Rp \d+ M</);
    expect(svg).toContain('serapan 89,28%');
    expect(svg).toContain('serapan –');
  });

  it('drops the word "serapan" on phones but keeps the number', () => {
    const svg = render(budgetAbsorption(absorptionFixture, { width: NARROW }));
    expect(svg).toContain('>75,87%<');
    expect(svg).not.toContain('>serapan 75,87%<');
  });

  it('captions the range of absorption', () => {
    expect(budgetAbsorptionCaption(absorptionFixture)).toBe(
      'Serapan 3 program berkisar dari 75,87% (Program Penanganan Bencana) sampai 99,39% (Program Perlindungan dan Jaminan Sosial).',
    );
    expect(budgetAbsorptionRows(absorptionFixture)[0]).toEqual({
      label: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      pagu: 6_386_070_545,
      realisasi: 5_701_464_466,
      serapan: 89.28,
    });
  });

  it('matches its SVG snapshot', async () => {
    await expect(render(budgetAbsorption(absorptionFixture), 'budgetAbsorption')).toMatchFileSnapshot('../output/budgetAbsorption.svg');
  });
});
