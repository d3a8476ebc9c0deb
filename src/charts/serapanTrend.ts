/**
 * The agency's budget absorption per year: one column per year, the percentage written on it,
 * the 100% line for reference. A year with realisasi but no pagu shows as a gap with a note.
 */
import * as Plot from '@observablehq/plot';
import { formatPercent, formatRupiahShort } from '../data/format.ts';
import type { SerapanYear } from '../figures/agencyView.ts';
import type { Column, LegendItem, Row } from '../figures/figure.ts';
import { baseStyle, COLORS, percentTick, WIDE, yearSpan, yearTick } from './theme.ts';

export const SERAPAN_TREND_LEGEND: LegendItem[] = [{ label: 'Serapan (realisasi ÷ pagu)', color: COLORS.accent, mark: 'bar' }];

/** A bar shorter than this (px) carries its value above it; a taller one inside, at its foot. */
const LABEL_ROOM = 24;

export function serapanTrend(years: readonly SerapanYear[], { width = WIDE }: { width?: number } = {}): Plot.PlotOptions {
  const span = yearSpan(years.map((year) => year.tahun));
  const valid = years.filter((year) => year.serapan !== null);
  const max = Math.max(100, ...valid.map((year) => year.serapan!)) * 1.12;
  const chartWidth = Math.min(width, 60 + span.length * 120);
  const columnWidth = (chartWidth - 56) / Math.max(span.length, 1);
  const height = 240;
  const marginTop = 16;
  const marginBottom = 30;
  // Values sit inside their bar, at its foot, far from the 100% line; a bar too short for them has them above it.
  const barPx = (year: SerapanYear) => (year.serapan! / max) * (height - marginTop - marginBottom);
  const inside = valid.filter((year) => barPx(year) >= LABEL_ROOM);
  const above = valid.filter((year) => barPx(year) < LABEL_ROOM);
  const label = (year: SerapanYear) => formatPercent(year.serapan, columnWidth < 60 ? 0 : columnWidth < 90 ? 1 : 2);
  return {
    width: chartWidth,
    height,
    marginLeft: 44,
    marginRight: 12,
    marginTop,
    marginBottom,
    style: baseStyle,
    x: { type: 'band', domain: span, label: null, tickFormat: yearTick, padding: 0.3 },
    y: { domain: [0, max], grid: true, label: null, tickFormat: percentTick, ticks: 5 },
    marks: [
      Plot.barY(valid, {
        x: 'tahun',
        y: 'serapan',
        fill: COLORS.accent,
        title: (year: SerapanYear) =>
          `${year.tahun}: ${formatPercent(year.serapan)} (${formatRupiahShort(year.realisasi)} dari ${formatRupiahShort(year.pagu)})`,
      }),
      Plot.ruleY([0], { stroke: COLORS.ink }),
      Plot.ruleY([100], { stroke: COLORS.ink, strokeDasharray: '4,3' }),
      Plot.text(inside, { x: 'tahun', y: 0, text: label, dy: -12, fill: 'white', fontWeight: 600 }),
      Plot.text(above, { x: 'tahun', y: 'serapan', text: label, dy: -9, fill: COLORS.ink, fontWeight: 600 }),
      Plot.text(
        years.filter((year) => year.serapan === null),
        { x: 'tahun', y: 0, text: () => 'tidak terhitung', dy: -10, fill: COLORS.muted, fontSize: 11 },
      ),
    ],
  };
}

export function serapanTrendCaption(years: readonly SerapanYear[]): string {
  const valid = years.filter((year) => year.serapan !== null);
  const latest = valid.at(-1);
  if (!latest) return 'Serapan anggaran tidak dapat dihitung untuk tahun mana pun: pagu atau realisasi tidak dilaporkan.';
  const head = `Serapan ${latest.tahun} ${formatPercent(latest.serapan)}: ${formatRupiahShort(latest.realisasi)} dari pagu ${formatRupiahShort(latest.pagu)}`;
  const before = valid.at(-2);
  if (!before) return `${head}.`;
  const word = latest.serapan! > before.serapan! ? 'naik' : latest.serapan! < before.serapan! ? 'turun' : 'sama';
  return word === 'sama' ? `${head}, sama dengan ${before.tahun}.` : `${head}; ${word} dari ${formatPercent(before.serapan)} pada ${before.tahun}.`;
}

export const SERAPAN_TREND_COLUMNS: Column[] = [
  { key: 'tahun', label: 'Tahun', format: 'year' },
  { key: 'pagu', label: 'Pagu', format: 'rupiah' },
  { key: 'realisasi', label: 'Realisasi', format: 'rupiah' },
  { key: 'serapan', label: 'Serapan', format: 'percent' },
];

export function serapanTrendRows(years: readonly SerapanYear[]): Row[] {
  return years.map(({ tahun, pagu, realisasi, serapan }) => ({ tahun, pagu, realisasi, serapan }));
}
