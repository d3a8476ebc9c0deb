/**
 * Text measuring and wrapping for SVG that no browser lays out (downloaded charts, preview images):
 * advance widths of Inter, the font the PNGs are rendered with. Kerning is ignored (it only narrows text),
 * so a measured line is never shorter than the rendered one.
 */
import { INTER_BOLD, INTER_REGULAR, UNITS_PER_EM } from './interMetrics.ts';

export type Weight = 'regular' | 'bold';

function lookup(table: readonly [number, readonly number[]][]): Map<number, number> {
  const map = new Map<number, number>();
  for (const [first, widths] of table) widths.forEach((width, i) => width >= 0 && map.set(first + i, width));
  return map;
}
const WIDTHS: Record<Weight, Map<number, number>> = { regular: lookup(INTER_REGULAR), bold: lookup(INTER_BOLD) };
/** A character outside the table (CJK, emoji) counts as one em: wide rather than narrow. */
const UNKNOWN = UNITS_PER_EM;
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

export function textWidth(text: string, fontSize: number, weight: Weight = 'regular'): number {
  const widths = WIDTHS[weight];
  let units = 0;
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue;
    units += widths.get(char.codePointAt(0)!) ?? UNKNOWN;
  }
  return (units / UNITS_PER_EM) * fontSize;
}

/**
 * Cuts a string to fit `maxWidth`, ending in `…`. Only candidates within the visible width are measured, so a
 * very long text costs no more than a short one.
 */
export function truncate(text: string, maxWidth: number, fontSize: number, weight: Weight = 'regular'): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  // Whole words first, so a cut never leaves half a word; characters only when one word is too long.
  const words = text.split(' ');
  const space = textWidth(' ', fontSize, weight);
  let before = 0; // width of the words before the one being added
  let best: string | null = null;
  for (let count = 1; count < words.length && before <= maxWidth; count++) {
    const kept = words.slice(0, count).join(' ');
    const candidate = `${kept.replace(/[\s,;:·–-]+$/, '')}…`;
    if (kept.length >= text.length / 3 && textWidth(candidate, fontSize, weight) <= maxWidth) best = candidate;
    before += (count > 1 ? space : 0) + textWidth(words[count - 1]!, fontSize, weight);
  }
  if (best !== null) return best;
  const room = maxWidth - textWidth('…', fontSize, weight);
  let chars = '';
  let width = 0;
  for (const char of text) {
    width += textWidth(char, fontSize, weight);
    if (width > room) break;
    chars += char;
  }
  return `${chars.trimEnd()}…`;
}

/**
 * Greedy word wrap into at most `maxLines` lines; the last line ends in `…` when text is left over.
 * A word longer than a line is broken inside.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: Weight = 'regular', maxLines = Infinity): string[] {
  // No-break spaces (U+00A0) keep a phrase on one line: they are not split on.
  const words = text
    .replace(/[^\S\u00a0]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const fits = (candidate: string) => textWidth(candidate, fontSize, weight) <= maxWidth;
  for (let word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    while (!fits(word)) {
      const chars = [...word];
      let cut = chars.length - 1;
      while (cut > 1 && !fits(chars.slice(0, cut).join(''))) cut--;
      lines.push(chars.slice(0, cut).join(''));
      word = chars.slice(cut).join('');
    }
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, maxWidth, fontSize, weight);
  return kept;
}

/** Escapes text for SVG/XML content and attribute values. Drops characters that XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
