/**
 * Derived figures of data-format.md, as pure functions. Nothing here is stored in the CSVs;
 * every figure is recomputed from target, realisasi, pagu.
 */
import type { Arah } from './schema.ts';

/** A measured value: a number, or a label on the indicator's ordinal scale (`kategori`). */
export type Nilai = number | string;

/** Position (1 = worst) of a label on a `kategori` scale, or 0 when not on it. */
export function scalePosition(label: string, skala: readonly string[]): number {
  return skala.indexOf(label) + 1;
}

/** Both labels' positions on a kategori scale (1 = worst), or null when either is not a label on it. */
function scalePositions(target: Nilai, realisasi: Nilai, skala: readonly string[] | null): { target: number; realisasi: number } | null {
  if (typeof target !== 'string' || typeof realisasi !== 'string' || !skala) return null;
  const positions = { target: scalePosition(target, skala), realisasi: scalePosition(realisasi, skala) };
  return positions.target === 0 || positions.realisasi === 0 ? null : positions;
}

/**
 * Achievement in percent. `naik`: realisasi / target. `turun`: (2 × target − realisasi) / target,
 * the LKjIP formula for negative polarity. `kategori`: position of realisasi against position of
 * target on the scale, 100 when met or beaten. Null when it cannot be computed (missing value, target 0).
 */
export function capaian(arah: Arah, target: Nilai | null, realisasi: Nilai | null, skala: readonly string[] | null = null): number | null {
  if (target === null || realisasi === null) return null;
  if (arah === 'kategori') {
    const positions = scalePositions(target, realisasi, skala);
    if (!positions) return null;
    return positions.realisasi >= positions.target ? 100 : (positions.realisasi / positions.target) * 100;
  }
  if (typeof target !== 'number' || typeof realisasi !== 'number' || target === 0) return null;
  return arah === 'naik' ? (realisasi / target) * 100 : ((2 * target - realisasi) / target) * 100;
}

/**
 * Whether the target was met, as its own fact (a capaian of 95% can be "Sangat Tinggi" and still a missed
 * target). Compared directly, not through capaian: `naik` realisasi ≥ target, `turun` realisasi ≤ target,
 * `kategori` realisasi at or above the target's place on the scale. Null when either value is missing.
 */
export function tercapai(arah: Arah, target: Nilai | null, realisasi: Nilai | null, skala: readonly string[] | null = null): boolean | null {
  if (target === null || realisasi === null) return null;
  if (arah === 'kategori') {
    const positions = scalePositions(target, realisasi, skala);
    return positions && positions.realisasi >= positions.target;
  }
  if (typeof target !== 'number' || typeof realisasi !== 'number') return null;
  return arah === 'naik' ? realisasi >= target : realisasi <= target;
}

/** The middle value (mean of the two middle ones for an even count); null for none. One outlier cannot swing it. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Units that are money: an indicator measured in them counts what was spent, not what was achieved. */
const MONEY_UNIT = /^(rp\.?|rupiah)(\b|$)/i;

/**
 * An input indicator ("Jumlah Dana" in rupiah): declared `masukan` in the dataset, or measured in money when the
 * dataset declares nothing. Its capaian is the absorption of its funds.
 */
export function isInputIndicator(indicator: { satuan: string; jenis_indikator: string | null }): boolean {
  return indicator.jenis_indikator === 'masukan' || (indicator.jenis_indikator === null && MONEY_UNIT.test(indicator.satuan.trim()));
}

/** Rating bands of Permendagri 86/2017, best first. `above` is the exclusive lower bound. */
export const BANDS = [
  { id: 'sangat-tinggi', label: 'Sangat Tinggi', above: 90, range: '> 90' },
  { id: 'tinggi', label: 'Tinggi', above: 75, range: '76–90' },
  { id: 'sedang', label: 'Sedang', above: 65, range: '66–75' },
  { id: 'rendah', label: 'Rendah', above: 50, range: '51–65' },
  { id: 'sangat-rendah', label: 'Sangat Rendah', above: Number.NEGATIVE_INFINITY, range: '≤ 50' },
] as const;
export type BandId = (typeof BANDS)[number]['id'];

/**
 * The band of a capaian. The regulation prints integer ranges (76–90, 66–75 …); a fractional
 * capaian such as 75,5 falls in the band whose lower bound it exceeds (here Tinggi).
 */
export function band(capaianValue: number | null): BandId | null {
  if (capaianValue === null) return null;
  return BANDS.find((candidate) => capaianValue > candidate.above)!.id;
}

/**
 * A report's own rating scale (sumber.csv skala_predikat), best first: a capaian gets the first predikat whose lower
 * bound it passes (`batas`, exclusive unless `termasuk_batas`); the last predikat has no bound (null) and takes the rest.
 */
export type SkalaPredikat = { label: string; batas: number | null; termasuk_batas: boolean }[];

/** The predikat of a capaian on a report's own scale, or null without a capaian or a scale. */
export function predikatLaporan(capaianValue: number | null, skala: SkalaPredikat | null | undefined): string | null {
  if (capaianValue === null || !skala) return null;
  const found = skala.find((candidate) => candidate.batas === null || (candidate.termasuk_batas ? capaianValue >= candidate.batas : capaianValue > candidate.batas));
  return found?.label ?? null;
}

/** Budget absorption in percent: realisasi / pagu. */
export function serapan(pagu: number | null, realisasi: number | null): number | null {
  if (pagu === null || realisasi === null || pagu === 0) return null;
  return (realisasi / pagu) * 100;
}

/** Efisiensi as the LKjIP "tingkat efisiensi" table: capaian minus serapan, in percentage points. */
export function efisiensi(capaianValue: number | null, serapanValue: number | null): number | null {
  if (capaianValue === null || serapanValue === null) return null;
  return capaianValue - serapanValue;
}

/** Change of realisasi against the year before: difference, and for numbers the relative change in percent. */
export function perubahan(
  current: Nilai | null,
  previous: Nilai | null,
  skala: readonly string[] | null,
): { selisih: number; persen: number | null } | null {
  if (current === null || previous === null) return null;
  if (typeof current === 'string' || typeof previous === 'string') {
    if (typeof current !== 'string' || typeof previous !== 'string' || !skala) return null;
    const now = scalePosition(current, skala);
    const before = scalePosition(previous, skala);
    return now && before ? { selisih: now - before, persen: null } : null;
  }
  return { selisih: current - previous, persen: previous === 0 ? null : ((current - previous) / Math.abs(previous)) * 100 };
}

/** Rounds for storage: two decimals, as the reports print percentages; avoids 100.21951219512195 in JSON. */
export function round(value: number | null, decimals = 2): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
