import { describe, expect, it } from 'vitest';
import { formatCell } from '../../src/figures/formatCell.ts';

describe('formatCell', () => {
  it('writes numbers the Indonesian way and years as four plain digits', () => {
    expect(formatCell(2023, 'year')).toBe('2023');
    expect(formatCell(1234.5, 'number')).toBe('1.234,5');
    expect(formatCell(0.321, 'number')).toBe('0,321');
    expect(formatCell(82.18, 'percent')).toBe('82,18%');
    expect(formatCell(4.69, 'points')).toBe('+4,69 poin');
    expect(formatCell(5632013800, 'rupiah')).toBe('Rp 5.632.013.800');
  });

  it('leaves scale labels as they are and marks missing values', () => {
    expect(formatCell('Sangat Baik', 'number')).toBe('Sangat Baik');
    expect(formatCell(null, 'percent')).toBe('–');
  });
});
