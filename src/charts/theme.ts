/**
 * The charts' look in one place: sizes, colours (each checked for WCAG AA against white, see
 * test/charts/theme.test.ts), type, and the Indonesian tick formats. One accent colour; grey for
 * targets; bands are always written out in text, never shown by colour alone.
 */
import { formatNumber, formatPercent, formatRupiahShort } from '../data/format.ts';
import { truncate, textWidth } from '../downloads/text.ts';

/** Rendered twice: wide for screens from ~600 px, narrow for phones (360 px minus page padding). */
export const WIDE = 720;
export const NARROW = 336;

export const COLORS = {
  /** The site's single accent (6,1:1 on white). */
  accent: '#0b6e66',
  /** Text and axes (15,8:1). */
  ink: '#1f2328',
  /** Secondary text, targets (6,1:1). */
  muted: '#5f6368',
  /** Renstra targets, dotted (4,5:1). */
  renstra: '#767676',
  /** Below-zero efisiensi (5,8:1). */
  negative: '#a84a12',
  /** Light fills only ever drawn with an accent outline, so the shape keeps 3:1. */
  accentLight: '#b8dcd7',
  grid: '#d0d7de',
} as const;

/** The site's font (served by the site, src/styles/global.css), then the system's. */
// Family names unquoted (valid CSS): the font stack sits in an SVG style attribute, where quotes would need escaping.
export const FONT = 'Inter, system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Helvetica Neue, Arial, sans-serif';

export const baseStyle = { fontFamily: FONT, fontSize: '13px', color: COLORS.ink, overflow: 'visible' } as const;

/**
 * What every chart's SVG shares: baseStyle and what Plot sets on its root (fill, text-anchor), and for its text
 * what Plot's own <style> said (white-space: a browser's own style sheet gives SVG text `nowrap`, so it is set on the
 * text, not inherited). renderSvg leaves it out of the SVGs; the site's CSS gives it to them (src/styles/global.css
 * `.chart__svg svg, .spark svg` and `.chart__svg text`, src/styles/embed.css `.svg svg` and `.svg text`;
 * test/charts/theme.test.ts holds the CSS to it), and standaloneSvg (src/downloads/svg.ts) writes it into a
 * downloaded SVG.
 */
export const CHART_SVG_STYLE = {
  'font-family': FONT,
  'font-size': baseStyle.fontSize,
  color: baseStyle.color,
  overflow: baseStyle.overflow,
  fill: 'currentColor',
  'text-anchor': 'middle',
} as const;
export const CHART_TEXT_STYLE = { 'white-space': 'pre' } as const;

/** Years as plain four digits: 2023, never 2.023 or 2,023. */
export const yearTick = (value: unknown) => String(value);
export const numberTick = (value: number) => formatNumber(value);
export const percentTick = (value: number) => formatPercent(value, 0);
export const rupiahTick = (value: number) => (value === 0 ? '0' : formatRupiahShort(value));

/** Height of a horizontal bar row that carries its label on a line above the bar. */
export const ROW = 46;

/** Where a bar row's text line sits, above its bar (in px from the band's centre). */
export const ROW_TEXT_DY = -ROW * 0.41;

/**
 * The text line above a horizontal bar: its name at the left, cut (on Inter's measured widths) to leave room
 * for its value at the right, so that name and value never meet. Reference lines are drawn within each bar's
 * band only (bandRule), so nothing crosses this line.
 */
export function rowName(name: string, value: string, plotWidth: number, fontSize = 13): string {
  const room = plotWidth - textWidth(value, fontSize, 'bold') - 16;
  return truncate(name, Math.max(room, 48), fontSize, 'bold');
}

/** Truncates long names for in-chart labels; the full name is in the table and the tooltip. */
export function clip(text: string, width: number, fontSize = 13): string {
  // ~0.62 em per character of bold system-ui: errs on the short side, so labels never run out of the chart.
  const max = Math.max(8, Math.floor(width / (fontSize * 0.62)));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Every year from the first to the last point, so gaps show as gaps on the axis. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Tick years that fit the width: all of them, or every n-th counted back from the last, which always shows. */
export function yearTicks(years: readonly number[], plotWidth: number): number[] {
  const every = Math.max(1, Math.ceil((years.length * 40) / Math.max(plotWidth, 1)));
  return years.filter((_, index) => (years.length - 1 - index) % every === 0);
}
