/**
 * What a figure of the site is, defined once as data: a table (columns and rows, the numbers never formatted)
 * with its words and sources, and, for a chart, the SVG drawn from it. The page's HTML table, a chart's data
 * table, the CSVs a reader downloads, the SVG/PNG and the embed page are all views of one Figure.
 *
 * `columns` are the table as it is downloaded. `view` says which of them the page's HTML table shows and how
 * (a link, a band badge, a number with its unit …); its headers are the columns' labels, so a column changed
 * here changes the page and the download together. `decor` carries, per row, what only the page needs (links,
 * a sparkline, indentation), never a figure.
 */
import { z } from 'zod';

export const CELL_FORMATS = ['text', 'year', 'number', 'percent', 'points', 'rupiah'] as const;
export const CellFormat = z.enum(CELL_FORMATS);
export type CellFormat = z.infer<typeof CellFormat>;

export const Cell = z.union([z.string(), z.number(), z.null()]);
export type Cell = z.infer<typeof Cell>;

export const Row = z.record(z.string(), Cell);
export type Row = z.infer<typeof Row>;

export const Column = z.object({ key: z.string(), label: z.string(), format: CellFormat });
export type Column = z.infer<typeof Column>;

export const SourceRef = z.object({
  kode_sumber: z.string(),
  judul: z.string(),
  jenis: z.string().nullable(),
  tahun_laporan: z.number().int().nullable(),
  tautan: z.string().nullable(),
  /** Places in the document (tables, pages) that the figures cite, without the kode prefix. */
  tempat: z.array(z.string()),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const LegendItem = z.object({
  label: z.string(),
  color: z.string(),
  /** How the series is drawn, so the legend swatch matches it. */
  mark: z.enum(['line', 'dash', 'ring', 'diamond', 'bar', 'outline', 'dot']),
});
export type LegendItem = z.infer<typeof LegendItem>;

/**
 * How the page shows one column: `text` (formatted by the column's format), `nilai` (a target or realisasi with
 * the unit from `unit`), `band` (a predikat as a badge), `spark` (the row's sparkline, then the cell as hidden
 * text), `bar` (a percentage with an absorption bar). `sub` columns are written small under the cell, `flag`
 * one as a warning line; `link` names the row's link (decor.links) that the cell text points to.
 */
export const ViewColumn = z.object({
  key: z.string(),
  show: z.enum(['text', 'nilai', 'band', 'spark', 'bar']).default('text'),
  header: z.boolean().optional(),
  unit: z.string().optional(),
  sub: z.array(z.string()).optional(),
  flag: z.string().optional(),
  link: z.string().optional(),
  wide: z.boolean().optional(),
  small: z.boolean().optional(),
  /** The page's header when it is not the column's label (a sparkline drawn from the realisasi column). */
  label: z.string().optional(),
});
export type ViewColumn = z.input<typeof ViewColumn>;

export const RowDecor = z.object({
  /** Link targets of the row's cells, by the name a ViewColumn gives in `link`. */
  links: z.record(z.string(), z.string()).optional(),
  /** The row's sparkline, rendered by renderSvg (text only through DOM text nodes), and the same in words. */
  svg: z.string().optional(),
  svgText: z.string().optional(),
  /** Indentation of a row in a hierarchy (budget lines). */
  depth: z.number().int().optional(),
  /** Anchor of the row, for links from findings. */
  anchor: z.string().optional(),
  /** Warnings shown with the row (a budget line whose parts do not add up …). */
  flags: z.array(z.string()).optional(),
  /** Small tags after the row header (IKU). */
  tags: z.array(z.string()).optional(),
  /** Attributes for the page's filters (data-provinsi …): names without `data-`. */
  data: z.record(z.string(), z.string()).optional(),
  /** A group heading the row starts (a region in the directory). */
  group: z.string().optional(),
});
export type RowDecor = z.infer<typeof RowDecor>;

const FigureBase = z.object({
  /** Stable anchor, embed address and download name: `dinsos-mojokerto-capaian-2023`. */
  id: z.string(),
  /** The title where the figure can leave the page (download, embed, CSV file name): names the agency and the years. */
  title: z.string(),
  /** The heading on the page, where the agency and year are already said. */
  heading: z.string(),
  /** One-line takeaway computed from the data. */
  caption: z.string(),
  /** A remark under the figure (what is left out, how to read it); null for none. */
  note: z.string().nullable(),
  sources: z.array(SourceRef),
  /** Said instead of the source list when the figures come from many documents (a ranking, the site's checks). */
  sourceText: z.string().nullable(),
  /** The page the figure belongs to (its permalink is page#id). */
  page: z.string(),
  columns: z.array(Column),
  rows: z.array(Row),
});

export const TableFigure = FigureBase.extend({
  kind: z.literal('table'),
  view: z.array(ViewColumn),
  decor: z.array(RowDecor),
});
export type TableFigure = z.infer<typeof TableFigure>;
export type TableFigureInput = z.input<typeof TableFigure>;

export const ChartFigure = FigureBase.extend({
  kind: z.literal('chart'),
  legend: z.array(LegendItem),
  /** Rendered at build time from the chart's Plot options: wide for screens, narrow for phones. */
  svg: z.object({ wide: z.string(), narrow: z.string() }),
});
export type ChartFigure = z.infer<typeof ChartFigure>;

export type Figure = TableFigure | ChartFigure;

export { sourceLine } from './sourceLine.ts';
