/**
 * A figure's downloads as the reader's browser makes them (src/scripts/figureDownload.ts), and as the tests
 * check them: the rows as CSV in two number formats, the metadata that the CSV leaves out, file names. The
 * page holds each figure's DownloadData (src/components/DownloadMenu.astro). Pure, and free of Node APIs.
 */
import type { Cell, Column, Figure } from '../figures/figure.ts';
import { sourceLine } from '../figures/figure.ts';
import { toCsv, type NumberFormat } from './csv.ts';

/** Everything a figure's downloads are made of, as the page embeds it (JSON in a script element). */
export interface DownloadData {
  id: string;
  kind: Figure['kind'];
  title: string;
  caption: string;
  note: string | null;
  /** `Sumber: …` as one line. */
  source: string;
  /** Absolute address of the figure on its page. */
  permalink: string;
  /** File name without extension, from the title: `serapan-anggaran-dinas-sosial-kabupaten-mojokerto-2019-2023`. */
  file: string;
  columns: { key: string; header: string; label: string; format: Column['format']; unit: string | null }[];
  rows: Cell[][];
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

export function downloadData(figure: Figure, permalink: string): DownloadData {
  const headers = csvHeaders(figure.columns);
  return {
    id: figure.id,
    kind: figure.kind,
    title: figure.title,
    caption: figure.caption,
    note: figure.note,
    source: sourceLine(figure),
    permalink,
    file: fileName(figure.title),
    columns: figure.columns.map((column, index) => ({
      key: column.key,
      header: headers[index]!,
      label: column.label,
      format: column.format,
      unit: CSV_UNIT[column.format] ?? null,
    })),
    rows: figure.rows.map((row) => figure.columns.map((column) => row[column.key] ?? null)),
  };
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
