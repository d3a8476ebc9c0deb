/**
 * Pagu against realisasi per budget line (usually the programs of one year): the pagu as an outlined
 * light bar, the realisasi as a solid bar inside it, the serapan written at the right.
 */
import * as Plot from '@observablehq/plot';
import { formatPercent, formatRupiahShort } from '../data/format.ts';
import type { Column, LegendItem, Row } from '../figures/figure.ts';
import { baseStyle, clip, COLORS, ROW, rupiahTick, WIDE } from './theme.ts';

export interface AbsorptionBar {
  key: string;
  label: string;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
}

export const BUDGET_ABSORPTION_LEGEND: LegendItem[] = [
  { label: 'Pagu', color: COLORS.accent, mark: 'outline' },
  { label: 'Realisasi', color: COLORS.accent, mark: 'bar' },
];

const serapanText = (bar: AbsorptionBar) => (bar.serapan === null ? 'serapan –' : `serapan ${formatPercent(bar.serapan)}`);
const TEXT_PX = 7.2;

export function budgetAbsorption(bars: readonly AbsorptionBar[], { width = WIDE }: { width?: number } = {}): Plot.PlotOptions {
  const marginLeft = 4;
  const marginRight = 18;
  const marginTop = 6;
  const marginBottom = 28;
  const plotWidth = width - marginLeft - marginRight;
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.pagu ?? 0, bar.realisasi ?? 0]));
  const narrow = width < 480;
  // On phones the word "serapan" goes (the legend and table say it); the name gets the rest of the line.
  const rightText = (bar: AbsorptionBar) => (narrow ? formatPercent(bar.serapan) : serapanText(bar));
  const labelWidth = plotWidth - Math.max(...bars.map((bar) => rightText(bar).length)) * TEXT_PX - 28;
  const rupiah = (value: number | null) => formatRupiahShort(value);
  const title = (bar: AbsorptionBar) => `${bar.label}: realisasi ${rupiah(bar.realisasi)} dari pagu ${rupiah(bar.pagu)} (${serapanText(bar)})`;
  return {
    width,
    height: bars.length * ROW + marginTop + marginBottom,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: baseStyle,
    x: { domain: [0, max], nice: true, grid: true, label: null, tickFormat: rupiahTick, ticks: Math.max(2, Math.floor(plotWidth / 110)) },
    y: { type: 'band', domain: bars.map((bar) => bar.key), axis: null, paddingInner: 0.45, paddingOuter: 0.275 },
    marks: [
      Plot.barX(
        bars.filter((bar) => bar.pagu !== null),
        { y: 'key', x: 'pagu', fill: COLORS.accentLight, stroke: COLORS.accent, strokeWidth: 1, title },
      ),
      Plot.barX(
        bars.filter((bar) => bar.realisasi !== null),
        { y: 'key', x: 'realisasi', fill: COLORS.accent, insetTop: 5, insetBottom: 5, title },
      ),
      Plot.ruleX([0], { stroke: COLORS.ink }),
      Plot.text(bars, {
        y: 'key',
        x: 0,
        text: (bar: AbsorptionBar) => clip(bar.label, labelWidth),
        textAnchor: 'start',
        dy: -ROW * 0.42,
        fill: COLORS.ink,
        fontWeight: 600,
      }),
      Plot.text(bars, { y: 'key', frameAnchor: 'right', text: rightText, textAnchor: 'end', dy: -ROW * 0.42, fill: COLORS.ink }),
    ],
  };
}

/** Takeaway: total absorption of the lines, and the line that absorbed least. */
export function budgetAbsorptionCaption(bars: readonly AbsorptionBar[], subject = 'program'): string {
  const valid = bars.filter((bar) => bar.serapan !== null);
  if (valid.length === 0) return `Serapan ${subject} tidak dapat dihitung: pagu atau realisasi tidak dilaporkan.`;
  const lowest = valid.reduce((low, bar) => (bar.serapan! < low.serapan! ? bar : low));
  const highest = valid.reduce((high, bar) => (bar.serapan! > high.serapan! ? bar : high));
  if (valid.length === 1) return `Serapan ${lowest.label} ${formatPercent(lowest.serapan)}.`;
  return `Serapan ${valid.length} ${subject} berkisar dari ${formatPercent(lowest.serapan)} (${lowest.label}) sampai ${formatPercent(highest.serapan)} (${highest.label}).`;
}

export const BUDGET_ABSORPTION_COLUMNS: Column[] = [
  { key: 'label', label: 'Program', format: 'text' },
  { key: 'pagu', label: 'Pagu', format: 'rupiah' },
  { key: 'realisasi', label: 'Realisasi', format: 'rupiah' },
  { key: 'serapan', label: 'Serapan', format: 'percent' },
];

export function budgetAbsorptionRows(bars: readonly AbsorptionBar[]): Row[] {
  return bars.map(({ label, pagu, realisasi, serapan }) => ({ label, pagu, realisasi, serapan }));
}
