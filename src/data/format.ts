/**
 * Numbers as Indonesian readers write them: 1.234,5 · 82,18% · Rp 5,6 M. One place for every page,
 * chart, message and download, so a figure reads the same everywhere.
 */

const grouped = new Map<number, Intl.NumberFormat>();
function formatter(decimals: number): Intl.NumberFormat {
  let found = grouped.get(decimals);
  if (!found) {
    found = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    grouped.set(decimals, found);
  }
  return found;
}

/** `1234.5` → `1.234,5`; null → `–` (not reported). */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return formatter(decimals).format(value).replace(/^-/, '−');
}

/** A count: `19872` → `19.872`. */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}

/** `82.18` → `82,18%`. */
export function formatPercent(value: number | null | undefined, decimals = 2): string {
  return value === null || value === undefined ? '–' : `${formatNumber(value, decimals)}%`;
}

/** Percentage points, signed: `+4,69 poin`. */
export function formatPoints(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined) return '–';
  const sign = value > 0 ? '+' : '';
  return `${sign}${formatNumber(value, decimals)} poin`;
}

/** Full rupiah: `Rp 5.632.013.800`. */
export function formatRupiah(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `Rp ${formatNumber(value, 2)}`;
}

const SCALES = [
  { at: 1e12, suffix: 'T' },
  { at: 1e9, suffix: 'M' },
  { at: 1e6, suffix: 'jt' },
] as const;

/** Short rupiah for charts and tables: `Rp 5,6 M` (miliar), `Rp 840 jt` (juta), `Rp 1,2 T` (triliun). */
export function formatRupiahShort(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const scale = SCALES.find((candidate) => Math.abs(value) >= candidate.at);
  if (!scale) return formatRupiah(value);
  const scaled = value / scale.at;
  return `Rp ${formatNumber(scaled, Math.abs(scaled) >= 100 ? 0 : 1)} ${scale.suffix}`;
}
