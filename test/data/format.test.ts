/** Numbers as Indonesian readers write them, in every page, chart and message (src/data/format.ts). */
import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatPercent, formatPoints, formatRupiah, formatRupiahShort } from '../../src/data/format.ts';

describe('Indonesian number format', () => {
  it('groups thousands with dots and writes decimals after a comma', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(-0.25)).toBe('−0,25');
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('writes counts with grouped thousands and no decimals', () => {
    expect(formatCount(19_872)).toBe('19.872');
    expect(formatCount(552)).toBe('552');
    expect(formatCount(1_000_000)).toBe('1.000.000');
  });

  it('writes percentages, points and rupiah', () => {
    expect(formatPercent(82.18)).toBe('82,18%');
    expect(formatPoints(4.69)).toBe('+4,69 poin');
    expect(formatRupiah(5_632_013_800)).toBe('Rp 5.632.013.800');
    expect(formatRupiahShort(5_632_013_800)).toBe('Rp 5,6 M');
    expect(formatRupiahShort(840_000_000)).toBe('Rp 840 jt');
  });
});
