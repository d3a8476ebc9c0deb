/**
 * A figure's downloads as the reader's browser makes them (src/scripts/figureDownload.ts), and as the tests
 * check them: the rows as CSV in two number formats, the metadata that the CSV leaves out, file names.
 *
 * The rows come from the figures file of the figure's owner (`/pd/<kode>/gambar.json`, one per agency, urusan,
 * province and the home page; written by src/pages/[...owner]/gambar.json.ts from src/downloads/publishFigures.ts),
 * which the browser fetches once and keeps for every page of that owner. Pure, free of Node APIs and of zod:
 * this module is part of the download script.
 */
import type { Cell, Column } from '../figures/figure.ts';
import { toCsv, type NumberFormat } from './csv.ts';
import type { DataSource } from './snippets.ts';

/** A column as the downloads write it: its header in the CSV (with the unit) and what the metadata says of it. */
export interface DownloadColumn {
  key: string;
  header: string;
  label: string;
  format: Column['format'];
  unit: string | null;
}

/** One figure in its owner's figures file. Its permalink is the site's address + the key (`<page>#<id>`). */
export interface FigureEntry {
  kind: 'chart' | 'table';
  title: string;
  caption: string;
  note: string | null;
  /** `Sumber: …` as one line. */
  source: string;
  /** File name without extension, from the title: `serapan-anggaran-dinas-sosial-kabupaten-mojokerto-2019-2023`. */
  file: string;
  /** Index into FiguresFile.columnSets. */
  columns: number;
  rows: Cell[][];
  /** A chart's embed: the height its iframe gets without a script (src/downloads/embedSnippet.ts). */
  embedHeight?: number;
  /** The site's static CSV that holds the rows ("Gunakan data ini"), or null when none does. */
  data: DataSource | null;
}

/** What `<owner>/gambar.json` holds: every figure of the owner's pages, by `<page>#<id>`. */
export interface FiguresFile {
  version: 1;
  /** The site's public address (`https://…/`): permalinks and snippets are absolute. */
  site: string;
  /** The site's base path (`/`, or `/kt/` when it is served from a folder), for the embed page's address. */
  base: string;
  /** The distinct column lists: most of an owner's figures share a few. */
  columnSets: DownloadColumn[][];
  figures: Record<string, FigureEntry>;
}

/** Everything one figure's downloads are made of. */
export interface DownloadData {
  id: string;
  kind: FigureEntry['kind'];
  title: string;
  caption: string;
  note: string | null;
  source: string;
  /** Absolute address of the figure on its page. */
  permalink: string;
  file: string;
  columns: DownloadColumn[];
  rows: Cell[][];
}

/** The key of a figure in its owner's file: its page (with the base path) and id. */
export const figureKey = (figure: { page: string; id: string }) => `${figure.page}#${figure.id}`;

/**
 * The figures file that holds a figure of `page`: an agency's, an urusan's or a province's pages share one;
 * every other page's figures are in the site's `gambar.json`.
 */
export function figuresFilePath(page: string, base = '/'): string {
  const root = base.replace(/\/?$/, '/');
  const relative = page.startsWith(root) ? page.slice(root.length) : page.replace(/^\/+/, '');
  const owner = /^(?:pd|urusan|provinsi)\/[^/]+\//.exec(relative)?.[0] ?? '';
  return `${root}${owner}gambar.json`;
}

/** One figure's download data out of its owner's file; throws when the file does not hold it. */
export function downloadDataFrom(file: FiguresFile, key: string): DownloadData {
  const entry = file.figures[key];
  if (!entry) throw new Error(`data gambar ${key} tidak ditemukan`);
  const columns = file.columnSets[entry.columns];
  if (!columns) throw new Error(`kolom gambar ${key} tidak ditemukan`);
  return {
    id: key.slice(key.indexOf('#') + 1),
    kind: entry.kind,
    title: entry.title,
    caption: entry.caption,
    note: entry.note,
    source: entry.source,
    permalink: new URL(key, file.site).href,
    file: entry.file,
    columns,
    rows: entry.rows,
  };
}

export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Pixels per SVG unit of a downloaded PNG. */
export const PNG_SCALE = 2;

export const CSV_UNIT: Partial<Record<Column['format'], string>> = { rupiah: 'rupiah', percent: '%', points: 'poin persentase' };

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

/** The columns as the downloads write them. */
export function downloadColumns(columns: readonly Column[]): DownloadColumn[] {
  const headers = csvHeaders(columns);
  return columns.map((column, index) => ({
    key: column.key,
    header: headers[index]!,
    label: column.label,
    format: column.format,
    unit: CSV_UNIT[column.format] ?? null,
  }));
}

/** A file name from a title: lower-case a-z0-9 and hyphens, at most 120 characters, cut at a hyphen. */
export function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 120) return slug || 'kinerja-terbuka';
  return slug.slice(0, 120).replace(/-[^-]*$/, '');
}

/**
 * The rows as CSV: the header row first (no comment lines, so pandas, R, Excel and Datawrapper read it as it
 * is), formulas neutralised (csv.ts). `kanonik` has no byte-order mark (code reads it), `excel-id` has one
 * (Excel needs it to read UTF-8).
 */
export function figureCsv(data: Pick<DownloadData, 'columns' | 'rows'>, format: NumberFormat): string {
  const headers = data.columns.map((column) => column.header);
  const rows = data.rows.map((cells) => Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? null])));
  return toCsv(rows, { columns: headers, format, bom: format === 'excel-id' });
}

/** What the CSV leaves out: title, takeaway, source, address, licence, and each column's unit. */
export function figureMetadata(data: DownloadData): Record<string, unknown> {
  return {
    judul: data.title,
    ringkasan: data.caption,
    ...(data.note ? { catatan: data.note } : {}),
    sumber: data.source.replace(/^Sumber: /, ''),
    tautan: data.permalink,
    penerbit: 'Kinerja Terbuka',
    lisensi: DATA_LICENSE,
    berkas: { csv: `${data.file}.csv`, csvExcel: `${data.file}-excel.csv` },
    kolom: data.columns.map((column) => ({ nama: column.header, label: column.label, jenis: column.format, satuan: column.unit })),
    format: {
      kanonik: 'pemisah kolom koma (,), titik desimal (.), tanpa pemisah ribuan, UTF-8 tanpa BOM; sel kosong: tidak dilaporkan',
      excelIndonesia: 'pemisah kolom titik koma (;), koma desimal (,), tanpa pemisah ribuan, UTF-8 dengan BOM, baris CRLF',
    },
  };
}
