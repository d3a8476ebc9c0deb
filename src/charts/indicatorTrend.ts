/**
 * One indicator over all its years: target, realisasi and the Renstra targets into the future on
 * one chart. A kategori indicator is drawn on its own ordinal scale (skala, worst → best), never as
 * invented numbers.
 */
import * as Plot from '@observablehq/plot';
import { formatPercent } from '../data/format.ts';
import type { Indicator } from '../data/output.ts';
import { bandLabel, formatExact, formatNilai } from '../lib/labels.ts';
import type { Column, LegendItem, Row } from '../figures/figure.ts';
import { baseStyle, COLORS, NARROW, WIDE, numberTick, yearSpan, yearTick, yearTicks } from './theme.ts';

export type Seri = 'target' | 'realisasi' | 'renstra';

export interface TrendPoint {
  tahun: number;
  seri: Seri;
  nilai: number | string;
}

export interface IndicatorTrendOptions {
  width?: number;
  /** The kategori scale, worst first; null for numbers. */
  skala?: readonly string[] | null;
  satuan?: string;
}

const SERI_LABEL: Record<Seri, string> = { target: 'Target', realisasi: 'Realisasi', renstra: 'Target Renstra' };

const LEGEND: Record<Seri, LegendItem> = {
  realisasi: { label: 'Realisasi', color: COLORS.accent, mark: 'line' },
  target: { label: 'Target (Perjanjian Kinerja)', color: COLORS.muted, mark: 'ring' },
  renstra: { label: 'Target Renstra', color: COLORS.renstra, mark: 'diamond' },
};

/** The legend of the series that are present. */
export function indicatorTrendLegend(points: readonly TrendPoint[]): LegendItem[] {
  return (['realisasi', 'target', 'renstra'] as const).filter((seri) => points.some((point) => point.seri === seri)).map((seri) => LEGEND[seri]);
}

/** The points of the chart: every reported target, realisasi and target_renstra. */
export function indicatorTrendPoints(indicator: Pick<Indicator, 'tahun'>): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const year of indicator.tahun) {
    if (year.target !== null) points.push({ tahun: year.tahun, seri: 'target', nilai: year.target });
    if (year.realisasi !== null) points.push({ tahun: year.tahun, seri: 'realisasi', nilai: year.realisasi });
    if (year.target_renstra !== null) points.push({ tahun: year.tahun, seri: 'renstra', nilai: year.target_renstra });
  }
  return points;
}

/** The first year of the unbroken run of years (same series) that a point belongs to. */
export function runOf(points: readonly TrendPoint[], point: TrendPoint): number {
  const years = new Set(points.filter((other) => other.seri === point.seri).map((other) => other.tahun));
  let start = point.tahun;
  while (years.has(start - 1)) start--;
  return start;
}

export function indicatorTrend(points: readonly TrendPoint[], options: IndicatorTrendOptions = {}): Plot.PlotOptions {
  const { width = WIDE, skala = null, satuan = '' } = options;
  const years = yearSpan(points.map((point) => point.tahun));
  const ordinal = skala !== null;
  const labels = ordinal ? skala : points.map((point) => numberTick(point.nilai as number));
  const marginLeft = Math.min(130, 14 + Math.max(3, ...labels.map((label) => label.length)) * 7.5);
  const marginRight = 24;
  const of = (seri: Seri) => points.filter((point) => point.seri === seri);
  const real = of('realisasi');
  const narrow = width <= NARROW + 40;
  const labelled = narrow ? real.slice(-1) : real;
  const rank = (value: number | string) => (typeof value === 'number' ? value : (skala ?? []).indexOf(value));
  const targetAbove = (point: TrendPoint) => {
    const target = points.find((other) => other.seri === 'target' && other.tahun === point.tahun);
    return target !== undefined && rank(target.nilai) >= rank(point.nilai);
  };
  const title = (point: TrendPoint) => `${SERI_LABEL[point.seri]} ${point.tahun}: ${formatNilai(point.nilai, satuan)}`;
  const xy = { x: 'tahun', y: 'nilai' } as const;
  // Lines join consecutive years only: a year without a figure leaves a gap, not an invented slope.
  const line = { ...xy, z: (point: TrendPoint) => `${point.seri}-${runOf(points, point)}` };
  return {
    width,
    height: narrow ? 260 : 300,
    marginLeft,
    marginRight,
    marginTop: 28,
    marginBottom: 32,
    style: baseStyle,
    x: { type: 'point', domain: years, padding: 0.35, label: null, tickFormat: yearTick, ticks: yearTicks(years, width - marginLeft - marginRight) },
    y: ordinal
      ? { type: 'point', domain: [...skala], reverse: true, label: null, grid: true, padding: 0.4 }
      : {
          type: 'linear',
          zero: true,
          nice: true,
          grid: true,
          label: satuan === '%' ? null : satuan,
          labelArrow: 'none',
          tickFormat: (value: number) => (satuan === '%' ? `${numberTick(value)}%` : numberTick(value)),
        },
    marks: [
      Plot.lineY(of('target'), { ...line, stroke: COLORS.muted, strokeWidth: 1.5, strokeDasharray: '6,4' }),
      Plot.lineY(of('renstra'), { ...line, stroke: COLORS.renstra, strokeWidth: 1.75, strokeDasharray: '1,5', strokeLinecap: 'round' }),
      Plot.dot(of('renstra'), { ...xy, r: 5, symbol: 'diamond', stroke: COLORS.renstra, strokeWidth: 1.75, fill: 'white', title }),
      Plot.lineY(real, { ...line, stroke: COLORS.accent, strokeWidth: 2.5 }),
      Plot.dot(real, { ...xy, r: 5, fill: COLORS.accent, stroke: 'white', strokeWidth: 1.5, title }),
      // A ring, drawn last: where realisasi meets its target the ring circles the realisasi dot.
      Plot.dot(of('target'), { ...xy, r: 7.5, stroke: COLORS.muted, strokeWidth: 1.75, fill: 'none', title }),
      // A value label sits above its dot, or below when that year's target ring is above it.
      ...(
        [
          [labelled.filter((point) => !targetAbove(point)), -13],
          [labelled.filter(targetAbove), 17],
        ] as const
      ).map(([subset, dy]) =>
        Plot.text(subset, {
          ...xy,
          text: (point: TrendPoint) => (typeof point.nilai === 'number' ? formatExact(point.nilai) : point.nilai),
          dy,
          fill: COLORS.accent,
          fontWeight: 600,
          stroke: 'white',
          strokeWidth: 4,
          paintOrder: 'stroke',
        }),
      ),
    ],
  };
}

const change = (selisih: number, ordinal: boolean) =>
  ordinal ? (selisih > 0 ? 'membaik' : selisih < 0 ? 'memburuk' : 'tetap') : selisih > 0 ? 'naik' : selisih < 0 ? 'turun' : 'sama';

/** The takeaway: the latest realisasi against its target, its band, and the move from the year before. */
export function indicatorTrendCaption(
  indicator: Pick<Indicator, 'tahun' | 'satuan' | 'skala' | 'target_renstra_akhir'> & Partial<Pick<Indicator, 'masukan'>>,
): string {
  const fmt = (value: number | string | null) => formatNilai(value, indicator.satuan);
  const latest = indicator.tahun.filter((year) => year.realisasi !== null).at(-1);
  const renstra = indicator.target_renstra_akhir;
  const renstraText = renstra && (!latest || renstra.tahun > latest.tahun) ? `; target Renstra ${renstra.tahun}: ${fmt(renstra.nilai)}` : '';
  if (!latest) {
    const target = indicator.tahun.filter((year) => year.target !== null).at(-1);
    const targetText = target ? `; target ${target.tahun}: ${fmt(target.target)}` : '';
    return `Belum ada realisasi yang dilaporkan${targetText}${renstraText}.`;
  }
  const parts = [
    latest.capaian !== null
      ? `${indicator.masukan ? 'Serapan dana' : 'Capaian'} ${latest.tahun} ${formatPercent(latest.capaian)}${latest.band === null ? '' : ` (${bandLabel(latest.band)})`}: realisasi ${fmt(latest.realisasi)} dari target ${fmt(latest.target)}`
      : `Realisasi ${latest.tahun}: ${fmt(latest.realisasi)}${latest.target !== null ? `, target ${fmt(latest.target)}` : ', tanpa target tahunan'}`,
  ];
  const before = latest.perubahan ? indicator.tahun.find((year) => year.tahun === latest.perubahan!.dari_tahun) : undefined;
  if (latest.perubahan && before) {
    const word = change(latest.perubahan.selisih, indicator.skala !== null);
    parts.push(word === 'sama' || word === 'tetap' ? `${word} dengan ${before.tahun}` : `${word} dari ${fmt(before.realisasi)} pada ${before.tahun}`);
  }
  return `${parts.join(', ')}${renstraText}.`;
}

export const INDICATOR_TREND_COLUMNS = (satuan: string): Column[] => {
  const unit = satuan.trim() === '' ? '' : ` (${satuan})`;
  return [
    { key: 'tahun', label: 'Tahun', format: 'year' },
    { key: 'target', label: `Target${unit}`, format: 'number' },
    { key: 'realisasi', label: `Realisasi${unit}`, format: 'number' },
    { key: 'target_renstra', label: `Target Renstra${unit}`, format: 'number' },
    { key: 'capaian', label: 'Capaian', format: 'percent' },
    { key: 'predikat', label: 'Predikat capaian', format: 'text' },
  ];
};

/** The rows behind the chart: one per year, as reported. */
export function indicatorTrendRows(indicator: Pick<Indicator, 'tahun'>): Row[] {
  return indicator.tahun.map((year) => ({
    tahun: year.tahun,
    target: year.target,
    realisasi: year.realisasi,
    target_renstra: year.target_renstra,
    capaian: year.capaian,
    predikat: year.capaian === null || year.band === null ? null : bandLabel(year.band),
  }));
}
