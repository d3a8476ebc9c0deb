/**
 * What a chart figure is made of, apart from pixels: its id, words, sources, and the rows behind
 * it. The HTML table reads `rows`+`columns`; so will a CSV download. Nothing here is formatted
 * until formatCell, so a download gets the raw numbers.
 */
import { formatPercent, formatPoints, formatRupiah } from '../data/format.ts';
import type { SourceRef } from '../lib/agencyView.ts';
import { formatExact } from '../lib/labels.ts';

export type CellFormat = 'text' | 'year' | 'number' | 'percent' | 'points' | 'rupiah';
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Column {
  key: string;
  label: string;
  format: CellFormat;
}

export interface LegendItem {
  label: string;
  color: string;
  /** How the series is drawn, so the legend swatch matches it. */
  mark: 'line' | 'dash' | 'ring' | 'diamond' | 'bar' | 'outline';
}

export interface ChartData {
  /** Stable anchor and future download name: `<kode_pd>-<chart>-<key>`. */
  id: string;
  title: string;
  /** One-line takeaway computed from the data. */
  caption: string;
  sources: SourceRef[];
  /** Said instead of the source list when the figures come from many documents (e.g. a ranking). */
  sourceText?: string;
  legend: LegendItem[];
  columns: Column[];
  rows: Row[];
  svg: { wide: string; narrow: string };
  /** Optional remark under the chart (what is left out, how to read it). */
  note?: string;
}

/** A table cell as text: numbers Indonesian-style, years as four plain digits, strings as they are. */
export function formatCell(value: Cell, format: CellFormat): string {
  if (value === null || value === '') return '–';
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
