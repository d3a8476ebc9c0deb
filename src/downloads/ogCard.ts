/**
 * The preview image of an agency or indicator page (Open Graph / Twitter card), 1200×630: site name, what the
 * page is about, the headline figure, and a small chart when the page has one. An SVG rendered to PNG by resvg
 * at build time, text measured on Inter so nothing overflows.
 */
import { FONT_STACK, INK, MUTED, svgSize, withInterFont } from './svg.ts';
import { escapeXml, truncate, wrapText } from './text.ts';
import type { OgCard } from './registry.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const ACCENT = '#0b6e66';
const PAD = 72;

/** A chart's SVG scaled into a box, kept in proportion. */
function chartInBox(svg: string, x: number, y: number, width: number, height: number): string {
  const size = svgSize(svg);
  const chart = svg.slice(svg.search(/<svg\b/i));
  return withInterFont(chart).replace(/<svg\b([^>]*)>/i, (_whole, attrs: string) => {
    const kept = attrs.replace(/\s(x|y|xmlns|width|height|id|aria-labelledby|role)="[^"]*"/gi, '');
    const viewBox = /\sviewBox="/i.test(kept) ? '' : ` viewBox="0 0 ${size.width} ${size.height}"`;
    return `<svg xmlns="http://www.w3.org/2000/svg" x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"${viewBox}${kept}>`;
  });
}

export function ogCardSvg(card: OgCard, siteHost: string): string {
  const hasChart = card.chartSvg !== null;
  const textWidth = hasChart ? 600 : OG_WIDTH - 2 * PAD;
  const parts: string[] = [];
  parts.push(`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<rect width="16" height="${OG_HEIGHT}" fill="${ACCENT}"/>`);
  parts.push(`<text x="${PAD}" y="92" font-size="30" font-weight="700" fill="${ACCENT}">Kinerja Terbuka</text>`);
  parts.push(`<text x="${PAD}" y="140" font-size="26" fill="${MUTED}">${escapeXml(truncate(card.kicker, OG_WIDTH - 2 * PAD, 26))}</text>`);

  const titleSize = card.title.length > 90 ? 40 : 50;
  const titleLines = wrapText(card.title, textWidth, titleSize, 'bold', card.figure ? 3 : 5);
  let y = 200;
  for (const line of titleLines) {
    y += titleSize * 1.2;
    parts.push(`<text x="${PAD}" y="${Math.round(y)}" font-size="${titleSize}" font-weight="700" fill="${INK}">${escapeXml(line)}</text>`);
  }
  if (card.figure) {
    y += 40 + 96;
    parts.push(`<text x="${PAD}" y="${Math.round(y)}" font-size="96" font-weight="700" fill="${ACCENT}">${escapeXml(truncate(card.figure, textWidth, 96, 'bold'))}</text>`);
    if (card.figureLabel) {
      y += 44;
      parts.push(`<text x="${PAD}" y="${Math.round(y)}" font-size="28" fill="${INK}">${escapeXml(truncate(card.figureLabel, textWidth, 28))}</text>`);
    }
  }
  if (card.chartSvg) parts.push(chartInBox(card.chartSvg, 720, 190, 420, 330));
  parts.push(`<rect x="${PAD}" y="${OG_HEIGHT - 78}" width="${OG_WIDTH - 2 * PAD}" height="2" fill="#d0d7de"/>`);
  parts.push(`<text x="${PAD}" y="${OG_HEIGHT - 36}" font-size="24" fill="${MUTED}">${escapeXml(truncate(`${siteHost}${card.page}`, OG_WIDTH - 2 * PAD, 24))}</text>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT_STACK}" color="${INK}">${parts.join('')}</svg>\n`;
}
