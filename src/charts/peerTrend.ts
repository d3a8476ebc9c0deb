/**
 * Agencies of one urusan over the years: one row per agency, its figure of every year as dots on one percentage
 * scale, an arrow from its first year to its latest, ranked by the latest figure. The row's text line says the
 * name at the left and `2021: 40% → 2023: 75%` at the right; the years between are hollow dots and are in the table.
 *
 * At national size (hundreds of agencies) the chart draws the top and bottom PEER_TREND_MAX/2 of the ranking with
 * a line that counts the rest; every agency, every year, is in the table under it. Pure: data → Plot options.
 */
import * as Plot from '@observablehq/plot';
import { formatCount, formatPercent } from '../data/format.ts';
import type { Column, LegendItem, Row } from '../figures/figure.ts';
import { cutRanking, PEER_GAP_KEY, peerRankingShown, rankedRowsFrame } from './peerRanking.ts';
import { COLORS, ROW_TEXT_DY, rowName, WIDE } from './theme.ts';

export interface PeerTrendPoint {
  tahun: number;
  value: number;
}

export interface PeerTrendRow {
  key: string;
  label: string;
  /** The years with a figure, oldest first; at least one. */
  points: PeerTrendPoint[];
}

/** Rows drawn at most: the top and bottom halves of this many (as the one-year ranking). */
export const PEER_TREND_MAX = 30;

export const PEER_TREND_LEGEND: LegendItem[] = [
  { label: 'Tahun terakhir', color: COLORS.accent, mark: 'dot' },
  { label: 'Tahun sebelumnya (panah: dari tahun pertama)', color: COLORS.muted, mark: 'ring' },
];

const latest = (row: PeerTrendRow) => row.points.at(-1)!;
const collator = new Intl.Collator('id');

/** Ranked by the latest figure, highest first; ties by the first figure (the larger rise first), then by name. */
export function rankPeerTrend(rows: readonly PeerTrendRow[]): PeerTrendRow[] {
  return rows
    .filter((row) => row.points.length > 0)
    .sort((a, b) => latest(b).value - latest(a).value || a.points[0]!.value - b.points[0]!.value || collator.compare(a.label, b.label));
}

/** `2021: 40% → 2023: 75%`, or `2023: 75%` for a single year; `compact`, for phones: `40% → 75%` (the years are in the table). */
export function peerTrendText(row: PeerTrendRow, decimals = 0, compact = false): string {
  const first = row.points[0]!;
  const last = latest(row);
  const at = (point: PeerTrendPoint) => (compact ? formatPercent(point.value, decimals) : `${point.tahun}: ${formatPercent(point.value, decimals)}`);
  return row.points.length === 1 ? `${last.tahun}: ${formatPercent(last.value, decimals)}` : `${at(first)} → ${at(last)}`;
}

/** Below this plot width the row's text line says the values without their years, so the name keeps its room. */
const COMPACT_BELOW = 480;

interface Shown extends PeerTrendRow {
  rank: number;
}

interface Dot extends PeerTrendPoint {
  key: string;
  label: string;
}

export function peerTrend(
  ranked: readonly PeerTrendRow[],
  { width = WIDE, reference = 100 }: { width?: number; reference?: number | null } = {},
): Plot.PlotOptions {
  const { shown, left, domain }: { shown: Shown[]; left: number; domain: string[] } = cutRanking(ranked);
  const values = shown.flatMap((row) => row.points.map((point) => point.value));
  const { plotWidth, ...frame } = rankedRowsFrame(width, 8, domain, Math.max(reference ?? 0, ...values) * 1.04);
  const earlier: Dot[] = shown.flatMap((row) => row.points.slice(0, -1).map((point) => ({ ...point, key: row.key, label: row.label })));
  const last: Dot[] = shown.map((row) => ({ ...latest(row), key: row.key, label: row.label }));
  const moved = shown.filter((row) => row.points.length > 1 && row.points[0]!.value !== latest(row).value);
  const compact = plotWidth < COMPACT_BELOW;
  const value = (row: Shown) => peerTrendText(row, 0, compact);
  const title = (dot: Dot) => `${dot.label}, ${dot.tahun}: ${formatPercent(dot.value)}`;
  return {
    ...frame,
    marks: [
      // The 0 and reference lines within each row's band, clear of its text line (as the one-year ranking).
      Plot.tickX(shown, { x: () => 0, y: 'key', stroke: COLORS.ink }),
      ...(reference === null ? [] : [Plot.tickX(shown, { x: () => reference, y: 'key', stroke: COLORS.ink, strokeDasharray: '4,3' })]),
      Plot.arrow(moved, {
        x1: (row: Shown) => row.points[0]!.value,
        x2: (row: Shown) => latest(row).value,
        y: (row: Shown) => row.key,
        stroke: COLORS.muted,
        strokeWidth: 1.5,
        headLength: 7,
        insetEnd: 5,
      }),
      Plot.dot(earlier, { x: 'value', y: 'key', r: 3.5, stroke: COLORS.muted, strokeWidth: 1.5, fill: 'white', title }),
      Plot.dot(last, { x: 'value', y: 'key', r: 5, fill: COLORS.accent, stroke: 'white', strokeWidth: 1, title }),
      Plot.text(shown, {
        y: 'key',
        frameAnchor: 'left',
        text: (row: Shown) => rowName(`${row.rank}. ${row.label}`, value(row), plotWidth),
        textAnchor: 'start',
        dy: ROW_TEXT_DY,
        fill: COLORS.ink,
        fontWeight: 600,
      }),
      Plot.text(shown, { y: 'key', frameAnchor: 'right', text: value, textAnchor: 'end', dy: ROW_TEXT_DY, fill: COLORS.ink }),
      ...(left > 0
        ? [
            Plot.text([PEER_GAP_KEY], {
              y: (key: string) => key,
              frameAnchor: 'left',
              text: () =>
                compact ? `… ${formatCount(left)} lainnya (semua di tabel)` : `… ${formatCount(left)} perangkat daerah lain di antaranya (semua ada di tabel)`,
              textAnchor: 'start',
              fill: COLORS.muted,
              fontStyle: 'italic',
            }),
          ]
        : []),
    ],
  };
}

/** The takeaway: how many rose and fell from their first year to their latest, and the top of the latest ranking. */
export function peerTrendCaption(ranked: readonly PeerTrendRow[], measure: string): string {
  if (ranked.length === 0) return `Belum ada ${measure} yang dapat dibandingkan antartahun.`;
  const several = ranked.filter((row) => row.points.length > 1);
  const up = several.filter((row) => latest(row).value > row.points[0]!.value).length;
  const down = several.filter((row) => latest(row).value < row.points[0]!.value).length;
  const first = ranked[0]!;
  const top = `Tertinggi pada tahun terakhirnya: ${first.label} (${peerTrendText(first, 2)})`;
  if (several.length === 0) return `${top}. Setiap perangkat daerah baru punya satu tahun ${measure}.`;
  const same = several.length - up - down;
  const moves = [`${formatCount(up)} naik`, `${formatCount(down)} turun`, ...(same > 0 ? [`${formatCount(same)} tetap`] : [])].join(', ');
  return `${top}. Dari ${formatCount(several.length)} perangkat daerah dengan dua tahun atau lebih, ${moves} dari tahun pertama ke tahun terakhirnya.`;
}

export const PEER_TREND_COLUMNS = (valueLabel: string): Column[] => [
  { key: 'peringkat', label: 'Peringkat tahun terakhir', format: 'number' },
  { key: 'kode_pd', label: 'Kode perangkat daerah', format: 'text' },
  { key: 'label', label: 'Perangkat daerah (di grafik)', format: 'text' },
  { key: 'tahun', label: 'Tahun', format: 'year' },
  { key: 'value', label: valueLabel, format: 'percent' },
];

/**
 * The rows behind the chart, one per agency and year, in the chart's order: the agencies it draws, each with its
 * rank in the whole list. At national size that is the top and bottom only (a few hundred rows, not thousands);
 * every agency and year is in the page's table and in ringkasan.csv.
 */
export function peerTrendRows(ranked: readonly PeerTrendRow[]): Row[] {
  const shown = peerRankingShown(ranked.map((row, index) => ({ row, rank: index + 1 })));
  return shown.flatMap(({ row, rank }) =>
    row.points.map((point) => ({ peringkat: rank, kode_pd: row.key, label: row.label, tahun: point.tahun, value: point.value })),
  );
}
