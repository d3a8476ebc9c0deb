/**
 * Assembles a ChartData: the words and rows the page computed, plus the chart rendered twice (wide
 * for screens, narrow for phones) from one pure Plot-options function of the width.
 */
import type * as Plot from '@observablehq/plot';
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

/** Chart ids are built from kode, chart name and a key; keys from data are reduced to a-z0-9-. */
export function chartId(...parts: (string | number)[]): string {
  return parts
    .map((part) => String(part).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((part) => part !== '')
    .join('-');
}
