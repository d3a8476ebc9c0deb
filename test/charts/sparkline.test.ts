import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg.ts';
import { sparkline } from '../../src/charts/sparkline.ts';
import { SAKIP } from './fixtures.ts';
import { markNames } from './helpers.ts';

const numeric = [
  { tahun: 2021, nilai: 90 },
  { tahun: 2022, nilai: 80 },
  { tahun: 2023, nilai: 82.18 },
];
const kategori = [
  { tahun: 2020, nilai: 'B' },
  { tahun: 2021, nilai: 'BB' },
  { tahun: 2023, nilai: 'A' },
];

describe('sparkline', () => {
  it('draws a line and its last point, no axes', () => {
    const options = sparkline(numeric);
    expect(markNames(options)).toEqual(['line', 'dot']);
    const svg = renderSvg(options, { id: 'spark', title: '', decorative: true });
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toMatch(/NaN|role="img"|axis/);
  });

  it('puts kategori values on the scale, worst at the bottom', () => {
    const options = sparkline(kategori, { skala: SAKIP });
    expect((options.y as { domain: string[] }).domain).toEqual(SAKIP);
    expect((options.y as { reverse: boolean }).reverse).toBe(true);
    expect(renderSvg(options, { id: 'spark', title: '', decorative: true })).not.toContain('NaN');
  });

  it('survives a flat series', () => {
    const svg = renderSvg(
      sparkline([
        { tahun: 2022, nilai: 100 },
        { tahun: 2023, nilai: 100 },
      ]),
      { id: 'flat', title: '', decorative: true },
    );
    expect(svg).not.toContain('NaN');
  });

  it('matches its SVG snapshot', async () => {
    await expect(renderSvg(sparkline(numeric), { id: 'sparkline', title: '', decorative: true })).toMatchFileSnapshot('../output/sparkline.svg');
  });
});
