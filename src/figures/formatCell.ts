/** A table cell as the page shows it: numbers Indonesian-style, years as four plain digits, strings as they are. */
import { formatPercent, formatPoints, formatRupiah } from '../data/format.ts';
import { formatExact } from '../lib/labels.ts';
import type { Cell, CellFormat } from './figure.ts';

export function formatCell(value: Cell | undefined, format: CellFormat): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'year':
      return String(value);
    case 'percent':
      return formatPercent(value);
    case 'points':
      return formatPoints(value);
    case 'rupiah':
      return formatRupiah(value);
    case 'number':
      return formatExact(value);
    default:
      return String(value);
  }
}

export const NUMERIC_FORMATS: ReadonlySet<CellFormat> = new Set(['number', 'percent', 'points', 'rupiah']);
