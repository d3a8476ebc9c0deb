/**
 * One staged chart → its download files: the rows as CSV (canonical and Excel-Indonesia), the chart as a
 * standalone SVG (PNG is rendered from it), and the stable paths of all of them. Pure: no I/O.
 */
import type { Column, Row } from '../charts/chartData.ts';
import { FORMATS, toCsv, type NumberFormat } from './csv.ts';
import type { StagedChart } from './registry.ts';
import { standaloneSvg } from './svg.ts';

/** Chart PNG scale (pixels per SVG unit) from PNG_SCALE: 1 to 4, default 2. */
export function chartPngScale(): number {
  const value = Number(process.env.PNG_SCALE ?? 2);
  return Number.isFinite(value) && value >= 1 && value <= 4 ? value : 2;
}

export const CSV_UNIT: Partial<Record<Column['format'], string>> = { rupiah: 'rupiah', percent: '%', points: 'poin persentase' };

/** Stable addresses of a chart's files, under the site's base path. */
export function chartLinks(id: string, base = '/') {
  const at = (path: string) => `${base.replace(/\/?$/, '/')}${path}`;
  return {
    csv: at(`unduh/grafik/${id}.csv`),
    excel: at(`unduh/grafik/${id}-excel.csv`),
    svg: at(`unduh/grafik/${id}.svg`),
    png: at(`unduh/grafik/${id}.png`),
    embed: at(`embed/grafik/${id}/`),
  };
}

/**
 * The page a chart's permalink points to when several pages show it: the most specific one (most path
 * segments: /pd/x/2023/ rather than /pd/x/, whose charts change when a new year arrives), then the first in order.
 */
export function permalinkPage(pages: Iterable<string>): string {
  const depth = (page: string) => page.split('/').filter(Boolean).length;
  return [...pages].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? '/';
}

/** Column headers as the page's table shows them, with the unit: `Pagu (rupiah)`, `Capaian (%)`. Unique. */
export function csvHeaders(columns: readonly Column[]): string[] {
  const seen = new Set<string>();
  return columns.map((column) => {
    const unit = CSV_UNIT[column.format];
    let header = unit && !column.label.includes(unit) ? `${column.label} (${unit})` : column.label;
    if (seen.has(header)) header = `${header} [${column.key}]`;
    seen.add(header);
    return header;
  });
}

/** What a data CSV is written from: a chart's or a table's title, source line, columns and rows. */
export interface CsvContent {
  title: string;
  /** `Sumber: …` as one line. */
  source: string;
  columns: readonly Column[];
  rows: readonly Row[];
}

/** A chart's or table's rows as CSV: three `#` lines (title, source and permalink, number format), then the table. */
export function dataCsv(content: CsvContent, permalink: string, format: NumberFormat): string {
  const headers = csvHeaders(content.columns);
  const rows = content.rows.map((row) => Object.fromEntries(content.columns.map((column, index) => [headers[index]!, row[column.key] ?? null])));
  return toCsv(rows, {
    columns: headers,
    format,
    preamble: [
      `${content.title} (Kinerja Terbuka)`,
      `${content.source.replace(/\.+$/, '')}. Tautan: ${permalink}`,
      `Format ${FORMATS[format].name}: ${FORMATS[format].description} (contoh ${FORMATS[format].example}). Sel kosong: tidak dilaporkan. Baris yang diawali # adalah keterangan.`,
    ],
  });
}

export function chartCsv(chart: StagedChart, permalink: string, format: NumberFormat): string {
  return dataCsv(chart, permalink, format);
}

export function chartSvg(chart: StagedChart, permalink: string): string {
  return standaloneSvg(chart.svg.wide, { title: chart.title, subtitle: chart.caption, source: chart.source, credit: `Kinerja Terbuka · ${permalink}` });
}
