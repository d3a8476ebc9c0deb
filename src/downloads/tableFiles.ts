/**
 * One staged data table → its download files: the rows as CSV in the two number formats, at stable paths
 * under /unduh/tabel/. Tables get no SVG, PNG or embed page. Pure: no I/O.
 */
import type { NumberFormat } from './csv.ts';
import { dataCsv } from './chartFiles.ts';
import type { StagedTable } from './registry.ts';

/** Valid table ids: segments of a-z0-9 and single hyphens, joined by `/`; nothing a path could escape with. */
export const TABLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Stable addresses of a table's files, under the site's base path. */
export function tableLinks(id: string, base = '/') {
  const at = (path: string) => `${base.replace(/\/?$/, '/')}${path}`;
  return {
    csv: at(`unduh/tabel/${id}.csv`),
    excel: at(`unduh/tabel/${id}-excel.csv`),
  };
}

export function tableCsvFile(table: StagedTable, permalink: string, format: NumberFormat): string {
  return dataCsv(table, permalink, format);
}
