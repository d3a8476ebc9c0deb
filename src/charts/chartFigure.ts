/**
 * Assembles a ChartData: the words and rows the page computed, plus the chart rendered twice (wide
 * for screens, narrow for phones) from one pure Plot-options function of the width.
 */
import type * as Plot from '@observablehq/plot';
import { capWithFingerprint } from '../data/fingerprint.ts';
import type { ChartData } from './chartData.ts';
import { renderSvg } from './renderSvg.ts';
import { NARROW, WIDE } from './theme.ts';

export type ChartSpec = Omit<ChartData, 'svg' | 'legend'> & {
  legend?: ChartData['legend'];
  plot: (width: number) => Plot.PlotOptions;
};

export function chartFigure({ plot, ...spec }: ChartSpec): ChartData {
  const meta = (suffix: string) => ({ id: `${spec.id}-${suffix}`, title: spec.title, description: spec.caption });
  return {
    legend: [],
    ...spec,
    svg: { wide: renderSvg(plot(WIDE), meta('lebar')), narrow: renderSvg(plot(NARROW), meta('sempit')) },
  };
}

/** Longest chart id: ids name files (downloads) and anchors, so they stay well under file-name limits. */
export const CHART_ID_MAX = 80;

/**
 * Chart ids are built from kode, chart name and a key; keys from data are reduced to a-z0-9-. An id
 * longer than CHART_ID_MAX keeps its start and ends with a fingerprint of the whole, so it stays unique.
 */
export function chartId(...parts: (string | number)[]): string {
  const id = parts
    .map((part) => String(part).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((part) => part !== '')
    .join('-');
  return capWithFingerprint(id, CHART_ID_MAX);
}
