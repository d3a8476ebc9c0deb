/**
 * An embed page (/embed/grafik/<id>/) as a string: one chart alone, for an iframe on another site. Its frame
 * (head, CSS, security policy, the height script) is EmbedLayout, rendered once by Astro with the slots below
 * (src/pages/embed/bingkai.astro); each chart fills the slots. Written without Astro because there is one per
 * chart, tens of thousands in a national build, and Astro's own page machinery cost more than the page itself.
 *
 * Every text is escaped here; the chart's SVG is the one its page shows (renderSvg writes text as DOM text).
 */
import type { ChartFigure, LegendItem } from '../figures/figure.ts';
import { sourceLine } from '../figures/sourceLine.ts';
import { escapeHtml } from './html.ts';

/** Placeholders of the frame: letters and underscores only, so Astro's escaping leaves them as they are. */
export const EMBED_SLOTS = {
  title: 'KT_EMBED_SLOT_TITLE',
  id: 'KT_EMBED_SLOT_ID',
  canonical: 'KT_EMBED_SLOT_CANONICAL',
  body: 'KT_EMBED_SLOT_BODY',
} as const;

/** Where Astro writes the frame, relative to the output folder; removed once the embed pages are written. */
export const EMBED_FRAME_PAGE = 'embed/bingkai/index.html';

/** A legend swatch drawn like the series it names (the site's Legend.astro shows the same markup). */
function swatch(item: LegendItem): string {
  const color = escapeHtml(item.color);
  switch (item.mark) {
    case 'dot':
      return `<circle cx="13" cy="7" r="5" fill="${color}"></circle>`;
    case 'bar':
      return `<rect x="1" y="2" width="24" height="10" fill="${color}"></rect>`;
    case 'outline':
      return `<rect x="1.5" y="2.5" width="23" height="9" fill="#b8dcd7" stroke="${color}"></rect>`;
    case 'line':
      return `<line x1="1" y1="7" x2="25" y2="7" stroke="${color}" stroke-width="2.5"></line><circle cx="13" cy="7" r="4" fill="${color}"></circle>`;
    case 'dash':
      return `<line x1="1" y1="7" x2="25" y2="7" stroke="${color}" stroke-width="1.5" stroke-dasharray="4,3"></line>`;
    case 'ring':
      return `<line x1="1" y1="7" x2="25" y2="7" stroke="${color}" stroke-width="1.5" stroke-dasharray="4,3"></line><circle cx="13" cy="7" r="5" fill="white" stroke="${color}" stroke-width="1.75"></circle>`;
    case 'diamond':
      return `<line x1="1" y1="7" x2="25" y2="7" stroke="${color}" stroke-width="1.75" stroke-dasharray="1,4" stroke-linecap="round"></line><path d="M13 1.5 18 7 13 12.5 8 7Z" fill="white" stroke="${color}" stroke-width="1.75"></path>`;
  }
}

/** A chart's legend: decorative to screen readers, since the chart's title, description and table say the same. */
export function legendHtml(items: readonly LegendItem[]): string {
  if (items.length === 0) return '';
  const entries = items.map((item) => `<li><svg width="26" height="14" viewBox="0 0 26 14">${swatch(item)}</svg>${escapeHtml(item.label)}</li>`);
  return `<ul class="chart__legend" aria-hidden="true">${entries.join('')}</ul>`;
}

/** The chart's address on its page: where the embed's title and credit lead. */
export const chartPermalink = (chart: Pick<ChartFigure, 'page' | 'id'>, site: string): string => new URL(`${chart.page}#${chart.id}`, site).href;

/** What the frame's <main> holds: title (naming the agency and years), takeaway, legend, the SVGs, source, credit. */
export function embedFigureHtml(chart: ChartFigure, site: string): string {
  const permalink = escapeHtml(chartPermalink(chart, site));
  const link = (text: string) => `<a href="${permalink}" target="_blank" rel="noopener">${text}</a>`;
  return [
    `<figure class="figure" id="${escapeHtml(chart.id)}">`,
    `<figcaption><h1 class="title">${link(escapeHtml(chart.title))}</h1><p class="caption">${escapeHtml(chart.caption)}</p></figcaption>`,
    legendHtml(chart.legend),
    `<div class="svg svg--wide">${chart.svg.wide}</div>`,
    `<div class="svg svg--narrow">${chart.svg.narrow}</div>`,
    chart.note ? `<p class="note">${escapeHtml(chart.note)}</p>` : '',
    `<p class="source">${escapeHtml(sourceLine(chart))}</p>`,
    `<p class="credit">${link('Kinerja Terbuka')} · ${link('data dan unduhan')}</p>`,
    `</figure>`,
  ].join('');
}

/** The frame's text split at its slots, checked once: each slot must be there exactly once. */
export interface EmbedFrame {
  parts: string[];
  order: (keyof typeof EMBED_SLOTS)[];
}

export function parseEmbedFrame(html: string): EmbedFrame {
  const names = Object.keys(EMBED_SLOTS) as (keyof typeof EMBED_SLOTS)[];
  const pattern = new RegExp(names.map((name) => EMBED_SLOTS[name]).join('|'), 'g');
  const order = [...html.matchAll(pattern)].map((match) => names.find((name) => EMBED_SLOTS[name] === match[0])!);
  for (const name of names) {
    const count = order.filter((found) => found === name).length;
    if (count !== 1) throw new Error(`${EMBED_FRAME_PAGE}: slot ${EMBED_SLOTS[name]} appears ${count} times, expected once`);
  }
  return { parts: html.split(pattern), order };
}

/** One chart's embed page: the frame with its slots filled. */
export function embedPageHtml(frame: EmbedFrame, chart: ChartFigure, site: string): string {
  const values: Record<keyof typeof EMBED_SLOTS, string> = {
    title: escapeHtml(chart.title),
    id: escapeHtml(chart.id),
    canonical: escapeHtml(chartPermalink(chart, site)),
    body: embedFigureHtml(chart, site),
  };
  return frame.parts.map((part, index) => (index < frame.order.length ? part + values[frame.order[index]!] : part)).join('');
}
