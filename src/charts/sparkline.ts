/**
 * A word-sized trend for a table cell: realisasi over the years, no axes, the last point marked.
 * Kategori values sit on their scale (worst at the bottom). Decorative: the cell says the values in text.
 */
import * as Plot from '@observablehq/plot';
import { COLORS, yearSpan } from './theme.ts';

export interface SparkPoint {
  tahun: number;
  nilai: number | string;
}

export function sparkline(
  points: readonly SparkPoint[],
  { skala = null, width = 96, height = 28 }: { skala?: readonly string[] | null; width?: number; height?: number } = {},
): Plot.PlotOptions {
  const years = yearSpan(points.map((point) => point.tahun));
  const numeric = points.filter((point) => typeof point.nilai === 'number').map((point) => point.nilai as number);
  const low = Math.min(...numeric);
  const high = Math.max(...numeric);
  return {
    width,
    height,
    margin: 5,
    style: { overflow: 'visible' },
    x: { type: 'point', domain: years, axis: null },
    y:
      skala !== null
        ? { type: 'point', domain: [...skala], reverse: true, axis: null }
        : { type: 'linear', domain: low === high ? [low - 1, high + 1] : [low, high], axis: null },
    marks: [
      Plot.lineY(points, { x: 'tahun', y: 'nilai', stroke: COLORS.accent, strokeWidth: 1.75 }),
      Plot.dot(points.slice(-1), { x: 'tahun', y: 'nilai', r: 3, fill: COLORS.accent }),
    ],
  };
}
