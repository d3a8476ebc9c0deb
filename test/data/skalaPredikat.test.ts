/** sumber.csv skala_predikat (format version 2): the report's own rating scale, parsed, rated and written back. */
import { describe, expect, it } from 'vitest';
import { predikatLaporan } from '../../src/data/derive.ts';
import { formatSkalaPredikat, parseSkalaPredikat } from '../../src/data/schema.ts';

const parsed = (raw: string) => {
  const result = parseSkalaPredikat(raw);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};
const reason = (raw: string) => {
  const result = parseSkalaPredikat(raw);
  return result.ok ? null : result.reason;
};

describe('skala_predikat', () => {
  it('reads a scale best first: exclusive (>) and inclusive (>=, ≥) lower bounds, the last predikat for the rest', () => {
    expect(parsed('>90 Sangat Baik|>75 Baik|>65 Cukup|>50 Kurang|Sangat Kurang')).toEqual([
      { label: 'Sangat Baik', batas: 90, termasuk_batas: false },
      { label: 'Baik', batas: 75, termasuk_batas: false },
      { label: 'Cukup', batas: 65, termasuk_batas: false },
      { label: 'Kurang', batas: 50, termasuk_batas: false },
      { label: 'Sangat Kurang', batas: null, termasuk_batas: false },
    ]);
    expect(parsed(' >= 100 Memuaskan | ≥85,5 Sangat Baik|Kurang ')).toEqual([
      { label: 'Memuaskan', batas: 100, termasuk_batas: true },
      { label: 'Sangat Baik', batas: 85.5, termasuk_batas: true },
      { label: 'Kurang', batas: null, termasuk_batas: false },
    ]);
    // An equal bound only as "above 100" then "100 or more".
    expect(parsed('>100 Sangat Baik|>=100 Baik|Cukup')).toHaveLength(3);
  });

  it('rates a capaian on it, and writes it back canonically', () => {
    const skala = parsed('>100 Sangat Baik|>50 Baik|Cukup Baik');
    expect([100.01, 100, 95.62, 50.01, 50, 0, -5].map((value) => predikatLaporan(value, skala))).toEqual([
      'Sangat Baik', 'Baik', 'Baik', 'Baik', 'Cukup Baik', 'Cukup Baik', 'Cukup Baik',
    ]);
    expect(predikatLaporan(100, parsed('>=100 Memuaskan|Kurang'))).toBe('Memuaskan');
    expect(predikatLaporan(null, skala)).toBeNull();
    expect(predikatLaporan(95, null)).toBeNull();
    for (const raw of ['>100 Sangat Baik|>50 Baik|Cukup Baik', '>=100 Memuaskan|>85.5 Sangat Baik|Kurang']) {
      expect(formatSkalaPredikat(parsed(raw))).toBe(raw);
    }
    expect(formatSkalaPredikat(parsed('≥ 85,5 A|B'))).toBe('>=85.5 A|B');
  });

  it('rejects a scale it cannot read, saying why in Bahasa Indonesia', () => {
    expect(reason('Sangat Baik')).toMatch(/^harus berisi dua predikat atau lebih/);
    expect(reason('>90 Baik||Kurang')).toMatch(/^berisi predikat kosong/);
    expect(reason('Baik|Kurang')).toMatch(/^predikat "Baik" tanpa batas bawah/);
    expect(reason('>90 Baik|>50 Kurang')).toMatch(/^predikat terakhir ">50 Kurang" harus tanpa batas/);
    expect(reason('>sembilan Baik|Kurang')).toMatch(/^batas "sembilan" di predikat ">sembilan Baik" bukan angka/);
    expect(reason('>90|Kurang')).toMatch(/^predikat ">90" tanpa nama/);
    expect(reason('>50 Baik|>75 Sangat Baik|Kurang')).toMatch(/^batas harus turun .* \(bounds not descending\)$/);
    expect(reason('>50 Baik|>50 Cukup|Kurang')).toMatch(/bounds not descending/);
    expect(reason('>=50 Baik|>50 Cukup|Kurang')).toMatch(/bounds not descending/);
    expect(reason('>90 Baik|>50 Cukup|Baik')).toBe('berisi predikat "Baik" dua kali (duplicate label)');
  });
});
