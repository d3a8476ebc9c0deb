/**
 * Efisiensi (capaian − serapan, in percentage points) as bars diverging from zero: right of the
 * line, the indicator achieved more than its budget absorbed. Each value is written with its sign,
 * so the direction never depends on colour.
 */
import * as Plot from '@observablehq/plot';
import { formatPoints } from '../data/format.ts';
import type { EfficiencyRow } from '../figures/agencyView.ts';
import { EFFICIENCY_BASIS_LABEL } from '../lib/labels.ts';
import type { Column, LegendItem, Row } from '../figures/figure.ts';
import { baseStyle, COLORS, ROW, ROW_TEXT_DY, rowName, WIDE } from './theme.ts';

export const EFFICIENCY_BARS_LEGEND: LegendItem[] = [
  { label: 'Capaian di atas serapan', color: COLORS.accent, mark: 'bar' },
  { label: 'Capaian di bawah serapan', color: COLORS.negative, mark: 'bar' },
];

export const efficiencyLabel = (row: Pick<EfficiencyRow, 'kode_indikator' | 'indikator' | 'basis'>) =>
  `${row.kode_indikator} ${row.indikator} (${EFFICIENCY_BASIS_LABEL[row.basis]})`;

/** What a bar is set against, in plain words, after the indicator's kode (a program's own budget goes without saying). */
const BASIS_SHORT = { program: '', total: ', dibanding serapan seluruh dinas:', sasaran: ', dibanding anggaran sasaran ini:' } as const;

export function efficiencyBars(rows: readonly EfficiencyRow[], { width = WIDE }: { width?: number } = {}): Plot.PlotOptions {
  const marginLeft = 4;
  const marginRight = 16;
  const marginTop = 6;
  const marginBottom = 28;
  const plotWidth = width - marginLeft - marginRight;
  const values = rows.map((row) => row.efisiensi);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const domain = [low, high === low ? low + 1 : high];
  const text = (row: EfficiencyRow) => formatPoints(row.efisiensi);
  const name = (row: EfficiencyRow) => `${row.kode_indikator}${BASIS_SHORT[row.basis]} ${row.indikator}`;
  const xy = { x: 'efisiensi', y: 'key' } as const;
  return {
    width,
    height: rows.length * ROW + marginTop + marginBottom,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: baseStyle,
    x: {
      domain,
      nice: true,
      grid: true,
      label: null,
      tickFormat: (value: number) => formatPoints(value, 0).replace(' poin', ''),
      ticks: Math.max(2, Math.floor(plotWidth / 90)),
    },
    y: { type: 'band', domain: rows.map((row) => row.key), axis: null, paddingInner: 0.5, paddingOuter: 0.25 },
    marks: [
      Plot.barX(rows, {
        ...xy,
        fill: (row: EfficiencyRow) => (row.efisiensi < 0 ? COLORS.negative : COLORS.accent),
        title: (row: EfficiencyRow) => `${efficiencyLabel(row)}: ${text(row)}`,
      }),
      // The zero line within each bar's band: the text line above the bar stays clear.
      Plot.tickX(rows, { x: () => 0, y: 'key', stroke: COLORS.ink }),
      Plot.text(rows, {
        y: 'key',
        frameAnchor: 'left',
        text: (row: EfficiencyRow) => rowName(name(row), text(row), plotWidth),
        textAnchor: 'start',
        dy: ROW_TEXT_DY,
        fill: COLORS.ink,
        fontWeight: 600,
      }),
      Plot.text(rows, { y: 'key', frameAnchor: 'right', text, textAnchor: 'end', dy: ROW_TEXT_DY, fill: COLORS.ink }),
    ],
  };
}

export function efficiencyBarsCaption(rows: readonly EfficiencyRow[]): string {
  if (rows.length === 0) return 'Efisiensi tidak dapat dihitung: tidak ada indikator dengan capaian dan serapan anggaran yang sepadan.';
  const above = rows.filter((row) => row.efisiensi >= 0).length;
  const lowest = rows.reduce((low, row) => (row.efisiensi < low.efisiensi ? row : low));
  const head = `${above} dari ${rows.length} perbandingan: capaian setara atau di atas serapan anggarannya (nilai positif, ke kanan, berarti target tercapai dengan anggaran yang terserap lebih sedikit)`;
  return lowest.efisiensi < 0 ? `${head}; terendah ${lowest.kode_indikator} (${formatPoints(lowest.efisiensi)}).` : `${head}.`;
}

export const EFFICIENCY_BARS_COLUMNS: Column[] = [
  { key: 'kode_indikator', label: 'Kode', format: 'text' },
  { key: 'indikator', label: 'Indikator', format: 'text' },
  { key: 'pembanding', label: 'Dibandingkan dengan', format: 'text' },
  { key: 'capaian', label: 'Capaian', format: 'percent' },
  { key: 'serapan', label: 'Serapan', format: 'percent' },
  { key: 'efisiensi', label: 'Efisiensi', format: 'points' },
];

export function efficiencyBarsRows(rows: readonly EfficiencyRow[]): Row[] {
  return rows.map((row) => ({
    kode_indikator: row.kode_indikator,
    indikator: row.indikator,
    pembanding: row.basis === 'program' && row.program ? `serapan ${row.program}` : EFFICIENCY_BASIS_LABEL[row.basis].replace(/^terhadap /, ''),
    capaian: row.capaian,
    serapan: row.serapan,
    efisiensi: row.efisiensi,
  }));
}
