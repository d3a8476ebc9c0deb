import { describe, expect, it } from 'vitest';
import { clip, COLORS, yearSpan, yearTicks } from '../../src/charts/theme.ts';

/** WCAG 2 contrast ratio of two hex colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('theme', () => {
  it('text colours pass WCAG AA (4.5:1) on white; the dotted Renstra mark passes too', () => {
    for (const colour of [COLORS.accent, COLORS.ink, COLORS.muted, COLORS.renstra, COLORS.negative]) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', COLORS.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it('band badge colours in global.css pass AA', () => {
    const pairs = [['#0a4d3a', '#d9efe6'], ['#34520f', '#e4f1d9'], ['#5c4500', '#fbf0cf'], ['#7a3300', '#fde3cf'], ['#8a1c1c', '#f9d9d9'], ['#7a3300', '#fdf1e6']];
    for (const [ink, paper] of pairs) expect(contrast(ink!, paper!)).toBeGreaterThanOrEqual(4.5);
  });

  it('spans years without gaps and thins ticks from the last year back', () => {
    expect(yearSpan([2026, 2021, 2023])).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(yearSpan([])).toEqual([]);
    expect(yearTicks(yearSpan([2016, 2026]), 700)).toHaveLength(11);
    const thin = yearTicks(yearSpan([2016, 2026]), 250);
    expect(thin.at(-1)).toBe(2026);
    expect(thin.length).toBeLessThan(11);
  });

  it('clips long labels with an ellipsis', () => {
    expect(clip('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 150)).toMatch(/…$/);
    expect(clip('SS1', 150)).toBe('SS1');
  });
});
