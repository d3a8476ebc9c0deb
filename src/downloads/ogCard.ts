/**
 * The preview image of a page (Open Graph / Twitter card), 1200×630: site name, what the page is about, the
 * headline figure, and a small bar chart of the years when there is one. Drawn here as plain SVG (no Plot,
 * so a card costs nothing at render time) and rendered to PNG by resvg at build end, text measured on Inter.
 */
import type { MiniBar, OgCard } from '../figures/share.ts';
import { FONT_STACK, INK, MUTED } from './svg.ts';
import { escapeXml, truncate, wrapText } from './text.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const ACCENT = '#0b6e66';
const PAD = 72;

/** Vertical bars with their value above and their label below, in a box; at most the last eight. */
function miniBars(
  bars: readonly MiniBar[],
  title: string | null,
  reference: number | null | undefined,
  x: number,
  y: number,
  width: number,
  height: number,
): string {
  const shown = bars.slice(-8);
  const parts: string[] = [];
  if (title) parts.push(`<text x="${x}" y="${y + 24}" font-size="24" fill="${MUTED}">${escapeXml(truncate(title, width, 24))}</text>`);
  const top = y + 80;
  const bottom = y + height - 40;
  const max = Math.max(...shown.map((bar) => bar.value), reference ?? 0, 1e-9);
  const min = Math.min(0, ...shown.map((bar) => bar.value));
  const scale = (value: number) => bottom - ((value - min) / (max - min || 1)) * (bottom - top);
  const slot = width / Math.max(shown.length, 1);
  const barWidth = Math.min(72, slot * 0.62);
  shown.forEach((bar, index) => {
    const cx = x + slot * index + slot / 2;
    const y0 = scale(Math.max(0, min));
    const y1 = scale(bar.value);
    parts.push(
      `<rect x="${(cx - barWidth / 2).toFixed(1)}" y="${Math.min(y0, y1).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.max(1, Math.abs(y0 - y1)).toFixed(1)}" fill="${ACCENT}"/>`,
    );
    const size = slot < 90 ? 18 : 22;
    parts.push(
      `<text x="${cx.toFixed(1)}" y="${(Math.min(y0, y1) - 10).toFixed(1)}" font-size="${size}" font-weight="700" text-anchor="middle" fill="${INK}">${escapeXml(truncate(bar.text, slot - 4, size, 'bold'))}</text>`,
    );
    parts.push(
      `<text x="${cx.toFixed(1)}" y="${bottom + 30}" font-size="${size}" text-anchor="middle" fill="${MUTED}">${escapeXml(truncate(bar.label, slot - 4, size))}</text>`,
    );
  });
  parts.push(`<rect x="${x}" y="${bottom}" width="${width}" height="2" fill="${INK}"/>`);
  if (reference !== null && reference !== undefined && reference <= max) {
    parts.push(
      `<line x1="${x}" x2="${x + width}" y1="${scale(reference).toFixed(1)}" y2="${scale(reference).toFixed(1)}" stroke="${INK}" stroke-width="2" stroke-dasharray="8,6"/>`,
    );
  }
  return parts.join('');
}

/** `address`: the page's address as the card's footer shows it (host and path). */
export function ogCardSvg(card: OgCard, address: string): string {
  const hasBars = card.bars !== null && card.bars.length > 0;
  const textWidth = hasBars ? 580 : OG_WIDTH - 2 * PAD;
  const parts: string[] = [];
  parts.push(`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<rect width="16" height="${OG_HEIGHT}" fill="${ACCENT}"/>`);
  parts.push(`<text x="${PAD}" y="92" font-size="30" font-weight="700" fill="${ACCENT}">Kinerja Terbuka</text>`);
  parts.push(`<text x="${PAD}" y="140" font-size="26" fill="${MUTED}">${escapeXml(truncate(card.kicker, OG_WIDTH - 2 * PAD, 26))}</text>`);

  const titleSize = card.title.length > 80 ? 38 : 48;
  const titleLines = wrapText(card.title, textWidth, titleSize, 'bold', card.figure ? 3 : 5);
  let y = 190;
  for (const line of titleLines) {
    y += titleSize * 1.2;
    parts.push(`<text x="${PAD}" y="${Math.round(y)}" font-size="${titleSize}" font-weight="700" fill="${INK}">${escapeXml(line)}</text>`);
  }
  if (card.figure) {
    y = Math.max(y + 36 + 88, 420);
    parts.push(
      `<text x="${PAD}" y="${Math.round(y)}" font-size="88" font-weight="700" fill="${ACCENT}">${escapeXml(truncate(card.figure, textWidth, 88, 'bold'))}</text>`,
    );
    if (card.figureLabel) {
      const lines = wrapText(card.figureLabel, textWidth, 26, 'regular', 2);
      for (const line of lines) {
        y += 38;
        parts.push(`<text x="${PAD}" y="${Math.round(y)}" font-size="26" fill="${INK}">${escapeXml(line)}</text>`);
      }
    }
  }
  if (hasBars) parts.push(miniBars(card.bars!, card.barsTitle, card.barsReference, 700, 180, 428, 360));
  parts.push(`<rect x="${PAD}" y="${OG_HEIGHT - 78}" width="${OG_WIDTH - 2 * PAD}" height="2" fill="#d0d7de"/>`);
  parts.push(`<text x="${PAD}" y="${OG_HEIGHT - 36}" font-size="24" fill="${MUTED}">${escapeXml(truncate(address, OG_WIDTH - 2 * PAD, 24))}</text>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT_STACK}" color="${INK}">${parts.join('')}</svg>\n`;
}
