import { describe, expect, it } from 'vitest';
import { band, capaian, efisiensi, perubahan, round, serapan } from '../../src/data/derive.ts';

describe('capaian', () => {
  it('naik: Mojokerto 2023 SS1, target 82 realisasi 82,18 → 100,22 (Tabel 3.1)', () => {
    expect(round(capaian('naik', 82, 82.18))).toBe(100.22);
  });

  it('turun: (2 × target − realisasi) / target, better when lower', () => {
    // A Gini-ratio style indicator: target 0,321, realisasi 0,300 beats it; 0,350 misses it.
    expect(round(capaian('turun', 0.321, 0.3))).toBe(106.54);
    expect(round(capaian('turun', 0.321, 0.35))).toBe(90.97);
    expect(capaian('turun', 10, 10)).toBe(100);
  });

  it('kategori: position of realisasi against target on the scale; met or beaten is 100', () => {
    const sakip = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'];
    expect(capaian('kategori', 'A', 'A', sakip)).toBe(100); // Mojokerto 2023 SS2.5
    expect(capaian('kategori', 'BB', 'A', sakip)).toBe(100);
    expect(round(capaian('kategori', 'A', 'BB', sakip))).toBe(83.33); // 5 / 6
    const ikm = ['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik'];
    expect(capaian('kategori', 'Sangat Baik', 'Sangat Baik', ikm)).toBe(100); // Polewali Mandar 2023 T2
    expect(capaian('kategori', 'Sangat Baik', 'Baik', ikm)).toBe(75);
  });

  it('is null when a value is missing or the target is zero, never 0 or Infinity', () => {
    expect(capaian('naik', null, 5)).toBeNull();
    expect(capaian('naik', 5, null)).toBeNull();
    expect(capaian('naik', 0, 5)).toBeNull();
    expect(capaian('turun', 0, 5)).toBeNull();
    expect(capaian('kategori', 'A', 'Z', ['B', 'A'])).toBeNull();
  });
});

describe('band (Permendagri 86/2017)', () => {
  it.each([
    [100.22, 'sangat-tinggi'],
    [90.01, 'sangat-tinggi'],
    [90, 'tinggi'],
    [76, 'tinggi'],
    [75.5, 'tinggi'],
    [75, 'sedang'],
    [66, 'sedang'],
    [65, 'rendah'],
    [51, 'rendah'],
    [50, 'sangat-rendah'],
    [0, 'sangat-rendah'],
  ] as const)('%s → %s', (value, expected) => {
    expect(band(value)).toBe(expected);
  });
  it('has no band without a capaian', () => {
    expect(band(null)).toBeNull();
  });
});

describe('serapan and efisiensi', () => {
  it('Mojokerto 2023: serapan 19.031.280.757 / 19.922.809.277 = 95,53; efisiensi 100,22 − 95,53 = 4,69 (Tabel 3.7)', () => {
    const absorption = serapan(19922809277, 19031280757)!;
    expect(round(absorption)).toBe(95.53);
    expect(round(efisiensi(capaian('naik', 82, 82.18), absorption))).toBe(4.69);
  });
  it('Mojokerto 2023 against the sasaran budget line: 13.327.013.738 / 13.533.738.585 = 98,47; 100,22 − 98,47 = 1,75', () => {
    const absorption = serapan(13533738585, 13327013738)!;
    expect(round(absorption)).toBe(98.47);
    expect(round(efisiensi(capaian('naik', 82, 82.18), absorption))).toBe(1.75);
  });
  it('is null without pagu, realisasi or with a zero pagu', () => {
    expect(serapan(null, 5)).toBeNull();
    expect(serapan(5, null)).toBeNull();
    expect(serapan(0, 5)).toBeNull();
    expect(efisiensi(null, 90)).toBeNull();
  });
});

describe('perubahan', () => {
  it('numbers: difference and relative change, Mojokerto SS1 2022 → 2023: 80 → 82,18 is +2,18, +2,725 %', () => {
    const change = perubahan(82.18, 80, null)!;
    expect(change.selisih).toBeCloseTo(2.18, 10);
    expect(change.persen).toBeCloseTo(2.725, 10);
    expect(perubahan(5, 0, null)).toEqual({ selisih: 5, persen: null });
  });
  it('numbers: Polewali Mandar T1 (Indeks Sosial) 2022 → 2023: 43,67 → 50,06 is +6,39, +14,63 %', () => {
    const change = perubahan(50.06, 43.67, null)!;
    expect(change.selisih).toBeCloseTo(6.39, 10);
    expect(round(change.persen)).toBe(14.63);
  });
  it('numbers: the change from a negative value is relative to its size, so a rise is positive', () => {
    // A growth rate from −2 % to 1 %: up 3 points, +150 % of the 2 points it started from (not −150 %).
    expect(perubahan(1, -2, null)).toEqual({ selisih: 3, persen: 150 });
    // From −4 to −5: down 1, −25 %.
    expect(perubahan(-5, -4, null)).toEqual({ selisih: -1, persen: -25 });
  });
  it('labels: steps on the scale', () => {
    expect(perubahan('A', 'BB', ['B', 'BB', 'A'])).toEqual({ selisih: 1, persen: null });
  });
  it('is null when a year is missing', () => {
    expect(perubahan(null, 3, null)).toBeNull();
  });
});
