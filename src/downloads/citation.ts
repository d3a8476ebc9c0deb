/**
 * The suggested citation of a page: who published the figures, when, in which report and table, and where it
 * was read. "Dinas Sosial Kabupaten Mojokerto (2023). LKjIP 2023, Tabel 3.1. Diakses melalui Kinerja Terbuka,
 * https://…, 15 Januari 2025." The date of access is BUILD_DATE (YYYY-MM-DD, set by whoever publishes the
 * build), never the clock, so two builds of the same data are identical; without it the citation names the
 * data's report year instead.
 */
import type { Source } from '../data/output.ts';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2025-01-15` → `15 Januari 2025`; anything else → null. */
export function formatDate(iso: string | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName || Number(day) < 1 || Number(day) > 31) return null;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The year a report was published: the last four-digit year in `diterbitkan` ("Mojokerto, Desember 2023"), or t.t. */
export function publicationYear(source: Pick<Source, 'diterbitkan'>): string {
  const years = source.diterbitkan?.match(/\b(19|20)\d{2}\b/g);
  return years?.at(-1) ?? 't.t.';
}

export interface CitationInput {
  /** The agency that published the report. */
  author: string;
  source: Pick<Source, 'jenis' | 'tahun_laporan' | 'diterbitkan'>;
  /** Tables or pages cited: `Tabel 3.1`. */
  tempat?: readonly string[];
  url: string;
  buildDate?: string;
}

export function citation({ author, source, tempat = [], url, buildDate = process.env.BUILD_DATE }: CitationInput): string {
  const work = `${source.jenis} ${source.tahun_laporan}${tempat.length > 0 ? `, ${tempat.join(', ')}` : ''}`;
  const date = formatDate(buildDate);
  const accessed = date ?? `data laporan tahun ${source.tahun_laporan}`;
  return `${author} (${publicationYear(source)}). ${work}. Diakses melalui Kinerja Terbuka, ${url}, ${accessed}.`;
}
