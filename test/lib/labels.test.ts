import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/data/output.ts';
import { arahText, bandLabel, FINDING_INFO, formatExact, formatNilai } from '../../src/lib/labels.ts';

describe('labels', () => {
  it('says polarity in words, and the ordered scale for kategori', () => {
    expect(arahText({ arah: 'naik', skala: null })).toBe('semakin tinggi semakin baik');
    expect(arahText({ arah: 'turun', skala: null })).toBe('semakin rendah semakin baik');
    expect(arahText({ arah: 'kategori', skala: ['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik'] })).toBe(
      'kategori berurutan, dari terburuk ke terbaik: Tidak Baik → Kurang Baik → Baik → Sangat Baik',
    );
  });

  it('writes values with their unit and all their decimals', () => {
    expect(formatNilai(82.18, '%')).toBe('82,18%');
    expect(formatNilai(0.321, 'rasio')).toBe('0,321 rasio');
    expect(formatNilai(78930, 'KPM')).toBe('78.930 KPM');
    expect(formatNilai('A', 'predikat')).toBe('A');
    expect(formatNilai(null, '%')).toBe('–');
    expect(formatExact(1234.5)).toBe('1.234,5');
  });

  it('names every band and every finding kind', () => {
    expect(bandLabel('sangat-tinggi')).toBe('Sangat Tinggi');
    expect(bandLabel(null)).toBe('Belum dapat dinilai');
    for (const kind of FINDING_KINDS) expect(FINDING_INFO[kind].title.length).toBeGreaterThan(5);
  });
});
