/**
 * Capaian as horizontal bars against the 100% line, each bar's band written beside it. Used for
 * the IKU of one year (one bar per indicator) and for one indicator over its years (one bar per year).
 */
import * as Plot from '@observablehq/plot';
import type { BandId } from '../data/derive.ts';
import { formatPercent } from '../data/format.ts';
import { bandLabel, statusTarget } from '../lib/labels.ts';
import type { Column, LegendItem, Row } from '../figures/figure.ts';
import { baseStyle, COLORS, percentTick, ROW, ROW_TEXT_DY, rowName, WIDE } from './theme.ts';

export interface CapaianBar {
  key: string;
  label: string;
  capaian: number | null;
  band: BandId | null;
  /** A short name for captions (the indicator's kode); defaults to label. */
  short?: string;
  /** Whether the target was met (derive.ts tercapai): a missed target says so beside its band. */
  tercapai?: boolean | null;
}

export const CAPAIAN_BARS_LEGEND: LegendItem[] = [
  { label: 'Capaian', color: COLORS.accent, mark: 'bar' },
  { label: 'Target terpenuhi (100%)', color: COLORS.ink, mark: 'dash' },
];

// A capaian without a band is an input indicator's absorption (Indicator.masukan): its figure alone.
const valueText = (bar: CapaianBar) =>
  [formatPercent(bar.capaian), bar.band === null ? null : bandLabel(bar.band), bar.tercapai === false ? 'tidak tercapai' : null].filter(Boolean).join(' · ');
const met = (bar: CapaianBar) => (bar.tercapai ?? (bar.capaian !== null ? bar.capaian >= 100 : null)) === true;

export function capaianBars(bars: readonly CapaianBar[], { width = WIDE }: { width?: number } = {}): Plot.PlotOptions {
  const marginLeft = 4;
  const marginRight = 16;
  const marginTop = 6;
  const marginBottom = 28;
  const valid = bars.filter((bar) => bar.capaian !== null);
  const max = Math.max(110, ...valid.map((bar) => bar.capaian!)) * 1.04;
  const plotWidth = width - marginLeft - marginRight;
  const value = (bar: CapaianBar) => (bar.capaian === null ? 'belum dapat dihitung' : valueText(bar));
  const y = { y: 'key', x: 'capaian' } as const;
  return {
    width,
    height: bars.length * ROW + marginTop + marginBottom,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: baseStyle,
    x: { domain: [0, max], grid: true, label: null, tickFormat: percentTick, ticks: Math.max(2, Math.floor(plotWidth / 90)) },
    y: { type: 'band', domain: bars.map((bar) => bar.key), axis: null, paddingInner: 0.5, paddingOuter: 0.25 },
    marks: [
      Plot.barX(valid, { ...y, fill: COLORS.accent, title: (bar: CapaianBar) => `${bar.label}: ${valueText(bar)}` }),
      // The zero line and the target (100%) within each bar's band: the text line above the bar stays clear.
      Plot.tickX(bars, { x: () => 0, y: 'key', stroke: COLORS.ink }),
      // A white line under the dashed target keeps it visible across a bar that passes it.
      Plot.tickX(
        valid.filter((bar) => bar.capaian! > 100),
        { x: () => 100, y: 'key', stroke: 'white', strokeWidth: 3 },
      ),
      Plot.tickX(bars, { x: () => 100, y: 'key', stroke: COLORS.ink, strokeDasharray: '4,3', strokeWidth: 1.25 }),
      Plot.text(bars, {
        y: 'key',
        frameAnchor: 'left',
        text: (bar: CapaianBar) => rowName(bar.label, value(bar), plotWidth),
        textAnchor: 'start',
        dy: ROW_TEXT_DY,
        fill: COLORS.ink,
        fontWeight: 600,
      }),
      Plot.text(bars, {
        y: 'key',
        frameAnchor: 'right',
        text: value,
        textAnchor: 'end',
        dy: ROW_TEXT_DY,
        fill: (bar: CapaianBar) => (bar.capaian === null ? COLORS.muted : COLORS.ink),
      }),
    ],
  };
}

/**
 * Takeaway over indicators: how many met their target, the lowest, and the agency's headline figure when one is
 * given (src/figures/headline.ts), so that the chart says the same figure as the page's headline card.
 */
export function capaianBarsCaption(
  bars: readonly CapaianBar[],
  subject = 'indikator',
  head?: { value: number | null; label: string; count?: string | null },
): string {
  const valid = bars.filter((bar) => bar.capaian !== null);
  if (valid.length === 0) return `Belum ada capaian ${subject} yang dapat dihitung.`;
  const lowest = valid.reduce((low, bar) => (bar.capaian! < low.capaian! ? bar : low));
  const own = `${valid.filter(met).length} dari ${valid.length} ${subject} mencapai target`;
  // The headline's own count and figure, word for word, so the chart says what the headline card says.
  const parts = head?.count ? (subject === 'IKU' ? [head.count] : [own, head.count]) : [own];
  if (head && head.value !== null) parts.push(`${head.label.charAt(0).toLowerCase()}${head.label.slice(1)} ${formatPercent(head.value)}`);
  parts.push(valid.length > 1 ? `terendah ${lowest.short ?? lowest.label} (${valueText(lowest)})` : `capaian ${valueText(lowest)}`);
  const missing = bars.length - valid.length;
  if (missing > 0) parts.push(`${missing} belum dapat dihitung`);
  return `${parts.join('; ')}.`;
}

/** Takeaway over years: the latest capaian, its band, and the move from the previous year with a capaian. */
export function capaianTrendCaption(bars: readonly (CapaianBar & { tahun: number })[]): string {
  const valid = bars.filter((bar) => bar.capaian !== null);
  const latest = valid.at(-1);
  if (!latest) return 'Belum ada capaian yang dapat dihitung untuk tahun mana pun.';
  const before = valid.at(-2);
  const head = `Capaian ${latest.tahun} ${valueText(latest).replace(' · ', ' (')})`;
  if (!before) return `${head}.`;
  const word = latest.capaian! > before.capaian! ? 'naik' : latest.capaian! < before.capaian! ? 'turun' : 'sama';
  return word === 'sama' ? `${head}, sama dengan ${before.tahun}.` : `${head}, ${word} dari ${formatPercent(before.capaian)} pada ${before.tahun}.`;
}

export const CAPAIAN_BARS_COLUMNS: Column[] = [
  { key: 'label', label: 'Indikator', format: 'text' },
  { key: 'capaian', label: 'Capaian', format: 'percent' },
  { key: 'predikat', label: 'Predikat', format: 'text' },
  { key: 'tercapai', label: 'Status target', format: 'text' },
];

export function capaianBarsRows(bars: readonly CapaianBar[]): Row[] {
  return bars.map((bar) => ({
    label: bar.label,
    capaian: bar.capaian,
    predikat: bar.capaian === null || bar.band === null ? null : bandLabel(bar.band),
    tercapai: statusTarget(bar.tercapai),
  }));
}
