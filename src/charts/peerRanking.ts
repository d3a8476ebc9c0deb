/**
 * Similar agencies side by side, ranked: one bar per agency with the value (and for capaian the
 * band) written beside it. The page passes the rows already ranked; long lists are cut to the top
 * and bottom with a note, while the table keeps them all.
 */
import * as Plot from '@observablehq/plot';
import { formatCount } from '../data/format.ts';
import type { Column, LegendItem, Row } from '../figures/figure.ts';
import { baseStyle, COLORS, percentTick, ROW, ROW_TEXT_DY, rowName, WIDE } from './theme.ts';

export interface PeerBar {
  key: string;
  label: string;
  value: number;
  /** What is written at the bar: `100,22% · Sangat Tinggi`. */
  text: string;
}

/** Bars drawn at most; beyond, the top and bottom halves of this many. */
export const PEER_RANKING_MAX = 30;

export const PEER_RANKING_LEGEND: LegendItem[] = [{ label: 'Nilai tahun ini', color: COLORS.accent, mark: 'bar' }];

/** The bars the chart draws: all, or the first and last PEER_RANKING_MAX/2 of a long ranking. */
export function peerRankingShown<T>(rows: readonly T[]): T[] {
  if (rows.length <= PEER_RANKING_MAX) return [...rows];
  const half = PEER_RANKING_MAX / 2;
  return [...rows.slice(0, half), ...rows.slice(-half)];
}

/** The y key of the row that stands for the agencies left out between the top and the bottom of a cut ranking. */
export const PEER_GAP_KEY = '\u2026';

/**
 * A ranking as a chart draws it: the rows shown, each with its rank in the whole list (so the bottom of a cut
 * ranking reads 538., 539., …), how many are left out, and the y domain with the gap row where they would be.
 */
export function cutRanking<T extends { key: string }>(ranked: readonly T[]): { shown: (T & { rank: number })[]; left: number; domain: string[] } {
  const shown = peerRankingShown(ranked.map((row, index) => ({ ...row, rank: index + 1 })));
  const left = ranked.length - shown.length;
  const half = shown.length / 2;
  const keys = (rows: readonly T[]) => rows.map((row) => row.key);
  const domain = left > 0 ? [...keys(shown.slice(0, half)), PEER_GAP_KEY, ...keys(shown.slice(half))] : keys(shown);
  return { shown, left, domain };
}

/**
 * The frame of a chart with one row per agency (a percentage axis from 0, one band per row with its text line
 * above): everything but the marks. Shared by the one-year ranking and the ranking over years (peerTrend.ts).
 */
export function rankedRowsFrame(
  width: number,
  marginLeft: number,
  domain: readonly string[],
  domainMax: number,
): Omit<Plot.PlotOptions, 'marks'> & { plotWidth: number } {
  const marginRight = 16;
  const marginTop = 6;
  const marginBottom = 28;
  const plotWidth = width - marginLeft - marginRight;
  return {
    plotWidth,
    width,
    height: domain.length * ROW + marginTop + marginBottom,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: baseStyle,
    x: { domain: [0, domainMax], grid: true, label: null, tickFormat: percentTick, ticks: Math.max(2, Math.floor(plotWidth / 90)) },
    y: { type: 'band', domain: [...domain], axis: null, paddingInner: 0.5, paddingOuter: 0.25 },
  };
}

interface ShownBar extends PeerBar {
  rank: number;
}

export function peerRanking(bars: readonly PeerBar[], { width = WIDE, reference = 100 }: { width?: number; reference?: number | null } = {}): Plot.PlotOptions {
  const { shown, left, domain }: { shown: ShownBar[]; left: number; domain: string[] } = cutRanking(bars);
  const max = Math.max(reference ?? 0, ...shown.map((bar) => bar.value));
  const { plotWidth, ...frame } = rankedRowsFrame(width, 4, domain, max * 1.04);
  return {
    ...frame,
    marks: [
      Plot.barX(shown, { x: 'value', y: 'key', fill: COLORS.accent, title: (bar: PeerBar) => `${bar.label}: ${bar.text}` }),
      // The zero line and the reference within each bar's band: the text line above the bar stays clear.
      Plot.tickX(shown, { x: () => 0, y: 'key', stroke: COLORS.ink }),
      ...(reference === null ? [] : [Plot.tickX(shown, { x: () => reference, y: 'key', stroke: COLORS.ink, strokeDasharray: '4,3' })]),
      Plot.text(shown, {
        y: 'key',
        frameAnchor: 'left',
        text: (bar: ShownBar) => rowName(`${bar.rank}. ${bar.label}`, bar.text, plotWidth),
        textAnchor: 'start',
        dy: ROW_TEXT_DY,
        fill: COLORS.ink,
        fontWeight: 600,
      }),
      Plot.text(shown, { y: 'key', frameAnchor: 'right', text: 'text', textAnchor: 'end', dy: ROW_TEXT_DY, fill: COLORS.ink }),
      ...(left > 0
        ? [
            Plot.text([PEER_GAP_KEY], {
              y: (key: string) => key,
              frameAnchor: 'left',
              text: () => `… ${formatCount(left)} perangkat daerah lain di antaranya (semua ada di tabel)`,
              textAnchor: 'start',
              fill: COLORS.muted,
              fontStyle: 'italic',
            }),
          ]
        : []),
    ],
  };
}

export function peerRankingCaption(bars: readonly PeerBar[], measure: string): string {
  if (bars.length === 0) return `Belum ada ${measure} yang dapat dibandingkan tahun ini.`;
  if (bars.length === 1) return `Hanya ${bars[0]!.label} yang melaporkan ${measure} tahun ini: ${bars[0]!.text}.`;
  const first = bars[0]!;
  const last = bars.at(-1)!;
  return `${measure[0]!.toUpperCase()}${measure.slice(1)} tertinggi ${first.label} (${first.text}), terendah ${last.label} (${last.text}); ${formatCount(bars.length)} perangkat daerah.`;
}

export const PEER_RANKING_COLUMNS = (valueLabel: string): Column[] => [
  { key: 'peringkat', label: 'Peringkat', format: 'text' },
  // Agencies of one urusan are named by their region (src/figures/charts.ts peerLabels).
  { key: 'label', label: 'Wilayah perangkat daerah', format: 'text' },
  { key: 'value', label: valueLabel, format: 'percent' },
  { key: 'keterangan', label: 'Keterangan', format: 'text' },
];

export function peerRankingRows(bars: readonly PeerBar[]): Row[] {
  return bars.map((bar, index) => ({ peringkat: String(index + 1), label: bar.label, value: bar.value, keterangan: bar.text }));
}
