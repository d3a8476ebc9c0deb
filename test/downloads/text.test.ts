import { describe, expect, it } from 'vitest';
import { textWidth, truncate } from '../../src/downloads/text.ts';

describe('truncate', () => {
  const name = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota';

  it('keeps text that fits', () => {
    expect(truncate('Dinas Sosial', 500, 24)).toBe('Dinas Sosial');
  });

  it('cuts at a word, ends in …, and fits', () => {
    const cut = truncate(name, 480, 24);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 24)).toBeLessThanOrEqual(480);
    expect(name.startsWith(cut.slice(0, -1))).toBe(true);
    expect(name[cut.length - 1]).toBe(' ');
  });

  it('cuts inside a word only when one word is too long', () => {
    const cut = truncate('Kata' + 'Panjang'.repeat(40), 200, 24);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 24)).toBeLessThanOrEqual(200);
    expect(cut.length).toBeGreaterThan(5);
  });

  it('is linear: a 10,000-word text is cut quickly', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => `kata${i}`).join(' ');
    const cut = truncate(long, 1000, 24);
    expect(textWidth(cut, 24)).toBeLessThanOrEqual(1000);
  });
});
