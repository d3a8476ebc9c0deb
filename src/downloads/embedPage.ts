/**
 * The embed page of a chart (/embed/grafik/<id>/): the chart, its title, takeaway, legend, source and a link
 * back, nothing else. Readable without JavaScript; one small script (/embed-frame.js) tells a host page its
 * height. Written as a string at build end, every text escaped; the SVG is renderSvg's output, whose text
 * went through DOM text nodes.
 */
import type { LegendItem } from '../charts/chartData.ts';
import { CONTENT_SECURITY_POLICY } from '../lib/csp.ts';
import { chartLinks } from './chartFiles.ts';
import { escapeHtml } from './html.ts';
import type { StagedChart } from './registry.ts';

/** The legend swatches of ChartFigure.astro, as markup. Colours come from the chart theme, labels are escaped. */
function swatch(item: LegendItem): string {
  const color = escapeHtml(item.color);
  switch (item.mark as string) {
    case 'outline':
      return `<rect x="1.5" y="2.5" width="23" height="9" fill="#b8dcd7" stroke="${color}"/>`;
    case 'line':
      return `<line x1="1" y1="7" x2="25" y2="7" stroke="${color}" stroke-width="2.5"/><circle cx="13" cy="7" r="4" fill="${color}"/>`;
    case 'dash':
      return `<line x1="1" y1="7" x2="25" y2="7" stroke="${color}" stroke-width="1.5" stroke-dasharray="4,3"/>`;
    case 'ring':
      return `<line x1="1" y1="7" x2="25" y2="7" stroke="${color}" stroke-width="1.5" stroke-dasharray="4,3"/><circle cx="13" cy="7" r="5" fill="white" stroke="${color}" stroke-width="1.75"/>`;
    case 'diamond':
      return `<line x1="1" y1="7" x2="25" y2="7" stroke="${color}" stroke-width="1.75" stroke-dasharray="1,4" stroke-linecap="round"/><path d="M13 1.5 18 7 13 12.5 8 7Z" fill="white" stroke="${color}" stroke-width="1.75"/>`;
    case 'dot':
      return `<circle cx="13" cy="7" r="4.5" fill="${color}"/>`;
    default:
      return `<rect x="1" y="2" width="24" height="10" fill="${color}"/>`;
  }
}

export interface EmbedPageOptions {
  /** Absolute URL of the chart on its page: https://…/pd/x/2023/#x-capaian-2023 */
  permalink: string;
  base?: string;
}

export function embedPage(chart: StagedChart, options: EmbedPageOptions): string {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const links = chartLinks(chart.id, base);
  const e = escapeHtml;
  const legend =
    chart.legend.length === 0
      ? ''
      : `<ul class="legend" aria-hidden="true">${chart.legend.map((item) => `<li><svg width="26" height="14" viewBox="0 0 26 14">${swatch(item)}</svg>${e(item.label)}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="id" data-embed-id="${e(chart.id)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${e(CONTENT_SECURITY_POLICY)}">
<meta name="robots" content="noindex">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${e(chart.title)} · Kinerja Terbuka</title>
<link rel="canonical" href="${e(options.permalink)}">
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${base}embed.css">
</head>
<body>
<main class="embed">
<figure class="figure" id="${e(chart.id)}">
<figcaption>
<h1 class="title"><a href="${e(options.permalink)}" target="_blank" rel="noopener">${e(chart.title)}</a></h1>
<p class="caption">${e(chart.caption)}</p>
</figcaption>
${legend}
<div class="svg svg--wide">${chart.svg.wide}</div>
<div class="svg svg--narrow">${chart.svg.narrow}</div>
${chart.note ? `<p class="note">${e(chart.note)}</p>` : ''}
<p class="source">${e(chart.source)}</p>
<p class="credit"><a href="${e(options.permalink)}" target="_blank" rel="noopener">Kinerja Terbuka</a> · <a href="${e(links.csv)}" target="_blank" rel="noopener">Data (CSV)</a></p>
</figure>
</main>
<script src="${base}embed-frame.js" defer></script>
</body>
</html>
`;
}

/** The copy-paste snippet: the iframe (fixed height that fits without the script) and the resizing script. */
export function embedSnippet(chart: EmbedSizing & Pick<StagedChart, 'id'>, site: string, base = '/'): string {
  const links = chartLinks(chart.id, base);
  const url = (path: string) => new URL(path, site).href;
  const height = defaultEmbedHeight(chart);
  return [
    `<iframe src="${escapeHtml(url(links.embed))}" title="${escapeHtml(chart.title)}" data-kinerja-terbuka="${escapeHtml(chart.id)}" loading="lazy" style="width: 100%; max-width: ${EMBED_MAX_WIDTH}px; height: ${height}px; border: 0;"></iframe>`,
    `<script async src="${escapeHtml(url(`${base.replace(/\/?$/, '/')}embed.js`))}"></script>`,
  ].join('\n');
}

/** The widest the snippet lets the iframe be; its fixed height is computed for this width. */
export const EMBED_MAX_WIDTH = 760;

export interface EmbedSizing {
  title: string;
  caption?: string;
  note?: string | null;
  source?: string;
  legend?: readonly unknown[];
  svg: { wide: string };
}

/**
 * The iframe's height without the script: the page at EMBED_MAX_WIDTH, estimated from the chart's height and
 * the length of its texts (lines at an average character width of embed.css's type sizes), rounded up.
 */
export function defaultEmbedHeight(chart: EmbedSizing): number {
  const svgHeight = Number(/\sheight="([\d.]+)"/.exec(/<svg\b[^>]*>/.exec(chart.svg.wide)?.[0] ?? '')?.[1] ?? 300);
  const inner = EMBED_MAX_WIDTH - 24;
  const lines = (text: string | null | undefined, charWidth: number) => (text ? Math.ceil((text.length * charWidth) / inner) : 0);
  const height =
    24 + // page padding
    lines(chart.title, 10.5) * 30 + 4 +
    lines(chart.caption, 8.6) * 24 + 8 +
    ((chart.legend?.length ?? 0) > 0 ? 30 : 0) +
    svgHeight +
    (chart.note ? lines(chart.note, 7.4) * 21 + 7 : 0) +
    (lines(chart.source, 7.4) + 1) * 21 + 14; // source, then the credit line
  return Math.ceil((height * 1.05) / 10) * 10;
}
