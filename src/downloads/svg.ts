/**
 * A chart's SVG (as Observable Plot renders it at build time) → a self-contained SVG file for download:
 * XML namespace, white background, the chart's title above it and its source and address below it,
 * every text in Inter with fallbacks. Opens the same in a browser, Inkscape, Illustrator and resvg.
 */
import { CHART_SVG_STYLE, CHART_TEXT_STYLE } from '../charts/theme.ts';
import { escapeXml, wrapText } from './text.ts';

export const FONT_STACK = "Inter, 'Inter Variable', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
export const INK = '#1f2328';
export const MUTED = '#57606a';
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgMeta {
  title: string;
  subtitle?: string | null;
  /** `Sumber: LKjIP 2023 Dinas Sosial …, Tabel 3.1` */
  source: string;
  /** Credit line with the chart's permalink: `Kinerja Terbuka · https://…/pd/x/#grafik-y` */
  credit: string;
}

export interface Size {
  width: number;
  height: number;
}

/** Width and height of an `<svg>` from its width/height attributes, or else its viewBox. */
export function svgSize(svg: string): Size {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!open) throw new Error('bukan SVG: tidak ada elemen <svg>');
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(open)?.[1];
  const width = Number.parseFloat(attr('width') ?? '');
  const height = Number.parseFloat(attr('height') ?? '');
  if (Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0) return { width, height };
  const box = (attr('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! };
  throw new Error('SVG tanpa ukuran (width/height atau viewBox)');
}

/**
 * Every font of an SVG's markup set to Inter with fallbacks, only inside tags (text from the data is left exactly
 * as it is). Plot writes `font-family="system-ui, sans-serif"` on its root and the `style` option into a style
 * attribute (`font-family: system-ui, &quot;Segoe UI&quot;, …;`).
 */
export function withInterFont(svg: string): string {
  return svg.replace(/<[a-z][^>]*>/gi, (tag) =>
    tag.replace(/\sfont-family="[^"]*"/g, ` font-family="${FONT_STACK}"`).replace(/(\sstyle="[^"]*?)font-family:[^;"]*;?/g, `$1font-family: ${FONT_STACK};`),
  );
}

/**
 * The declarations of a chart root's style attribute: what every chart shares (CHART_SVG_STYLE, which the site's CSS
 * gives a chart on the page and renderSvg leaves out of it) with the chart's own on top; the font always Inter's.
 */
function chartStyle(own: string | undefined): string {
  const declarations = new Map<string, string>(Object.entries(CHART_SVG_STYLE));
  // Quotes in the attribute come escaped (&quot;), whose `;` is not a declaration's end.
  for (const declaration of (own ?? '').replace(/&quot;/g, "'").split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim());
  }
  declarations.set('font-family', FONT_STACK);
  return cssDeclarations(Object.fromEntries(declarations));
}

const cssDeclarations = (style: Record<string, string>) =>
  Object.entries(style)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');

/** The chart's own `<svg>` made fit for nesting in a standalone file: namespace declared, placed at (x, y), its shared style back, Inter. */
function nestChart(svg: string, x: number, y: number, size: Size): string {
  const chart = svg.slice(svg.search(/<svg\b/i));
  return withInterFont(
    chart.replace(/<svg\b([^>]*)>/i, (_whole, attrs: string) => {
      const own = /\sstyle="([^"]*)"/i.exec(attrs)?.[1];
      const kept = attrs.replace(/\s(x|y|xmlns|font-family|width|height|style)="[^"]*"/gi, '').replace(/\s+$/, '');
      const viewBox = /\sviewBox="/i.test(kept) ? '' : ` viewBox="0 0 ${size.width} ${size.height}"`;
      // Plot draws tick labels a few pixels outside its box (overflow: visible): keep them.
      return `<svg xmlns="${SVG_NS}" x="${x}" y="${y}" width="${size.width}" height="${size.height}"${viewBox} overflow="visible" font-family="${FONT_STACK}" style="${chartStyle(own)}"${kept.replace(/\soverflow="[^"]*"/i, '')}>`;
    }),
  );
}

const PAD = 20;
const TITLE = { size: 20, line: 26 };
const SUBTITLE = { size: 14, line: 20 };
const FOOT = { size: 12, line: 17 };

export function standaloneSvg(chartSvg: string, meta: SvgMeta): string {
  const chart = svgSize(chartSvg);
  const width = Math.max(Math.round(chart.width) + 2 * PAD, 360);
  const textWidth = width - 2 * PAD;
  // Nothing is cut short: a chart that leaves the page keeps its whole title, source and address.
  const titleLines = wrapText(meta.title, textWidth, TITLE.size, 'bold', 5);
  const subtitleLines = meta.subtitle ? wrapText(meta.subtitle, textWidth, SUBTITLE.size, 'regular', 4) : [];
  const footLines = [...wrapText(meta.source, textWidth, FOOT.size, 'regular', 8), ...wrapText(meta.credit, textWidth, FOOT.size, 'regular', 4)];

  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], style: { size: number; line: number }, attrs: string) => {
    for (const line of lines) {
      y += style.line;
      parts.push(`<text x="${PAD}" y="${y - (style.line - style.size) / 2 - 2}" font-size="${style.size}"${attrs}>${escapeXml(line)}</text>`);
    }
  };
  text(titleLines, TITLE, ' font-weight="700"');
  text(subtitleLines, SUBTITLE, ` fill="${MUTED}"`);
  y += 12;
  const chartX = Math.round((width - chart.width) / 2);
  parts.push(nestChart(chartSvg, chartX, y, chart));
  y += chart.height + 12;
  text(footLines, FOOT, ` fill="${MUTED}"`);
  const height = Math.ceil(y + PAD);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_STACK}" color="${INK}" fill="${INK}" role="img" aria-labelledby="judul">`,
    `<title id="judul">${escapeXml(meta.title)}</title>`,
    // The chart's text as on the page (CHART_TEXT_STYLE); the words around the chart are wrapped here, line by line.
    `<style>svg svg text,svg svg tspan{${cssDeclarations(CHART_TEXT_STYLE)}}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>\n',
  ].join('');
}
