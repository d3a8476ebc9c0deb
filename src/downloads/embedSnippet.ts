/**
 * The copy-paste snippet that puts a chart on another site: an iframe of its embed page (/embed/grafik/<id>/,
 * src/pages/embed/grafik/[id].astro) with a fixed height that fits without any script, and /embed.js, which
 * resizes the frame to the chart when the host page lets scripts run.
 */
import type { ChartFigure } from '../figures/figure.ts';
import { sourceLine } from '../figures/sourceLine.ts';
import { escapeHtml } from './html.ts';

/** The embed page of a chart, under the site's base path. */
export const embedPath = (id: string, base = '/') => `${base.replace(/\/?$/, '/')}embed/grafik/${id}/`;

/** The copy-paste snippet: the iframe (fixed height that fits without the script) and the resizing script. */
export function embedSnippet(chart: ChartFigure, site: string, base = '/'): string {
  return embedCode({ id: chart.id, title: chart.title, height: defaultEmbedHeight(chart) }, site, base);
}

/** The snippet from what it says: made at build time for /data/, and in the reader's browser in a download panel. */
export function embedCode(chart: { id: string; title: string; height: number }, site: string, base = '/'): string {
  const url = (path: string) => new URL(path, site).href;
  return [
    `<iframe src="${escapeHtml(url(embedPath(chart.id, base)))}" title="${escapeHtml(chart.title)}" data-kinerja-terbuka="${escapeHtml(chart.id)}" loading="lazy" style="width: 100%; max-width: ${EMBED_MAX_WIDTH}px; height: ${chart.height}px; border: 0;"></iframe>`,
    `<script async src="${escapeHtml(url(`${base.replace(/\/?$/, '/')}embed.js`))}"></script>`,
  ].join('\n');
}

/** The widest the snippet lets the iframe be; its fixed height is computed for this width. */
export const EMBED_MAX_WIDTH = 760;

const svgHeight = (svg: string) => Number(/\sheight="([\d.]+)"/.exec(/<svg\b[^>]*>/.exec(svg)?.[0] ?? '')?.[1] ?? 300);

/**
 * The iframe's height without the script: the embed page's height at the widest the snippet allows (the wide
 * chart) and at a phone's 360 px (the narrow chart, whose words wrap on more lines), whichever is taller,
 * estimated from the chart's height and the length of its texts at embed.css's type sizes, rounded up.
 */
export function defaultEmbedHeight(chart: Pick<ChartFigure, 'title' | 'caption' | 'note' | 'legend' | 'svg' | 'sources' | 'sourceText'>): number {
  const source = sourceLine(chart);
  const at = (width: number, chartHeight: number) => {
    const inner = width - 24;
    const lines = (text: string | null | undefined, charWidth: number) => (text ? Math.ceil((text.length * charWidth) / inner) : 0);
    return (
      24 + // page padding
      lines(chart.title, 10.5) * 30 +
      4 +
      lines(chart.caption, 8.6) * 24 +
      8 +
      (chart.legend.length > 0 ? Math.ceil((chart.legend.length * 190) / inner) * 26 + 4 : 0) +
      chartHeight +
      (chart.note ? lines(chart.note, 7.4) * 21 + 7 : 0) +
      (lines(source, 7.4) + 1) * 21 +
      14 // source, then the credit line
    );
  };
  const height = Math.max(at(EMBED_MAX_WIDTH, svgHeight(chart.svg.wide)), at(360, svgHeight(chart.svg.narrow)));
  return Math.ceil((height * 1.05) / 10) * 10;
}
