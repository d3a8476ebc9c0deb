/**
 * "Gunakan data ini": one-line snippets that load a figure's data straight from the site, in Google Sheets, pandas
 * and R, pointing at the stable static CSVs the build writes (src/downloads/writeDataset.ts). A chart's or a table's
 * own CSV is made in the reader's browser and has no address, so each figure points at the canonical file that
 * holds its rows, with the filter that picks them out:
 *
 *   an agency's indicator figures   /unduh/data/pd/<kode>/kinerja.csv    (tahun, or kode_indikator)
 *   an agency's budget figures      /unduh/data/pd/<kode>/anggaran.csv   (tahun)
 *   an urusan's comparisons         /unduh/data/urusan/<slug>/ringkasan.csv (tahun)
 *   the directory tables            /unduh/data/ringkasan.csv            (provinsi)
 *
 * ringkasan.csv (one row per agency and year, the figures of the index's YearSummary) is written for the country
 * and per urusan, never per chart. Pure.
 */
import type { AgencySummary, YearSummary } from '../data/output.ts';
import type { Row } from './csv.ts';

/** Stable addresses of the summary files, under the site's base path. */
export function summaryLinks(base = '/') {
  const at = (path: string) => `${base.replace(/\/?$/, '/')}${path}`;
  return {
    national: at('unduh/data/ringkasan.csv'),
    urusan: (slug: string) => at(`unduh/data/urusan/${slug}/ringkasan.csv`),
  };
}

/** Share of the judged IKU that met their target, in percent (two decimals); null when none could be judged. */
export function ikuMetShare(year: Pick<YearSummary, 'iku_dinilai' | 'iku_tercapai'> | undefined): number | null {
  if (!year || year.iku_dinilai === 0) return null;
  return Math.round((year.iku_tercapai / year.iku_dinilai) * 10_000) / 100;
}

/** The columns of ringkasan.csv, in order. */
export const SUMMARY_COLUMNS = [
  'kode_pd',
  'nama_pd',
  'pemerintah_daerah',
  'nama_wilayah',
  'provinsi',
  'urusan',
  'tahun',
  'iku_jumlah',
  'iku_dinilai',
  'iku_tercapai',
  'iku_tercapai_persen',
  'iku_capaian_median',
  'iku_capaian_rata',
  'pagu',
  'realisasi_anggaran',
  'serapan',
  'temuan',
] as const;

/** What each column of ringkasan.csv holds, for /data/. */
export const SUMMARY_TEXT =
  'satu baris per perangkat daerah dan tahun: jumlah IKU, IKU yang dinilai dan yang mencapai target (juga dalam persen), median dan rata-rata capaian IKU, pagu, realisasi dan serapan anggaran, jumlah temuan';

export function summaryRows(agency: AgencySummary): Row[] {
  return agency.ringkasan.map((year) => ({
    kode_pd: agency.kode_pd,
    nama_pd: agency.nama_pd,
    pemerintah_daerah: agency.pemerintah_daerah,
    nama_wilayah: agency.nama_wilayah,
    provinsi: agency.provinsi,
    urusan: agency.urusan,
    tahun: year.tahun,
    iku_jumlah: year.iku_jumlah,
    iku_dinilai: year.iku_dinilai,
    iku_tercapai: year.iku_tercapai,
    iku_tercapai_persen: ikuMetShare(year),
    iku_capaian_median: year.iku_capaian_median,
    iku_capaian_rata: year.iku_capaian_rata,
    pagu: year.pagu,
    realisasi_anggaran: year.realisasi_anggaran,
    serapan: year.serapan,
    temuan: year.temuan,
  }));
}

export interface SnippetFilter {
  column: 'tahun' | 'kode_indikator' | 'provinsi';
  value: string | number;
}

/** Where a figure's rows are, as a static CSV of the site. */
export interface DataSource {
  /** The file's path on the site (with the base path). */
  path: string;
  /** The file's name, for the hint: `kinerja.csv`. */
  file: string;
  filter: SnippetFilter | null;
  /** One short line: which file, and which rows of it. */
  hint: string;
}

export interface SourceLookup {
  /** The latest year of an agency's pages (the overview shows it). */
  latest?: (kode: string) => number | null;
  /** The kode_indikator of an indicator page, and how many kinerja.csv rows (years) it has. */
  indicator?: (kode: string, slug: string) => { code: string; years: number } | undefined;
}

const filterText = (filter: SnippetFilter | null) => {
  if (!filter) return 'semua baris';
  return `baris dengan ${filter.column} = ${filter.value}`;
};

/**
 * The static CSV that holds a figure's rows, or null when none does (the findings: they are in the JSON API only).
 * `figure.page` is the figure's page path with the base path; ids are those of src/figures/charts.ts and tables.ts.
 */
export function figureDataSource(
  figure: { id: string; page: string; rows?: readonly Readonly<Record<string, unknown>>[] },
  base = '/',
  lookup: SourceLookup = {},
): DataSource | null {
  const root = base.replace(/\/?$/, '/');
  const page = figure.page.startsWith(root) ? `/${figure.page.slice(root.length)}` : figure.page;
  const summaries = summaryLinks(base);
  const urusan = /^\/urusan\/([^/]+)\/(?:(\d{4})\/)?$/.exec(page);
  if (urusan) {
    const filter: SnippetFilter | null = urusan[2] ? { column: 'tahun', value: Number(urusan[2]) } : null;
    return {
      path: summaries.urusan(urusan[1]!),
      file: 'ringkasan.csv',
      filter,
      hint: `Data ini ada di ringkasan.csv urusan ini (satu baris per perangkat daerah dan tahun), ${filterText(filter)}.`,
    };
  }
  if (page === '/' || /^\/provinsi\//.test(page)) {
    // A province's agency list: its rows share the province's name.
    const province = figure.id.startsWith('tabel-provinsi-') ? figure.rows?.[0]?.provinsi : undefined;
    if (typeof province === 'string') {
      const filter: SnippetFilter = { column: 'provinsi', value: province };
      return {
        path: summaries.national,
        file: 'ringkasan.csv',
        filter,
        hint: `Data ini ada di ringkasan.csv seluruh situs (satu baris per perangkat daerah dan tahun; tabel ini tahun terakhir), ${filterText(filter)}.`,
      };
    }
    return {
      path: summaries.national,
      file: 'ringkasan.csv',
      filter: null,
      hint: 'Data ini ada di ringkasan.csv seluruh situs (satu baris per perangkat daerah dan tahun); saring menurut provinsi atau tahun.',
    };
  }
  const agency = /^\/pd\/([^/]+)\/(?:(\d{4})\/|anggaran\/(\d{4})\/|indikator\/([^/]+)\/)?$/.exec(page);
  if (!agency) return null;
  const kode = agency[1]!;
  const csv = (kind: 'kinerja' | 'anggaran' | 'indikator') => `${root}unduh/data/pd/${kode}/${kind}.csv`;
  if (figure.id === 'tabel-temuan') return null;
  if (agency[4] !== undefined) {
    const found = lookup.indicator?.(kode, agency[4]);
    const filter: SnippetFilter | null = found === undefined ? null : { column: 'kode_indikator', value: found.code };
    // An indicator without a single target or realisasi has no kinerja.csv row: its definition is in indikator.csv.
    if (found?.years === 0)
      return {
        path: csv('indikator'),
        file: 'indikator.csv',
        filter,
        hint: `Indikator ini belum punya baris di kinerja.csv; definisinya ada di indikator.csv perangkat daerah ini, ${filterText(filter)}.`,
      };
    return {
      path: csv('kinerja'),
      file: 'kinerja.csv',
      filter,
      hint: `Baris grafik dan tabel ini ada di kinerja.csv perangkat daerah ini, ${filterText(filter)}.`,
    };
  }
  const idYear = /-(\d{4})$/.exec(figure.id)?.[1];
  const yearText = agency[2] ?? agency[3] ?? idYear;
  const tahun = yearText !== undefined ? Number(yearText) : (lookup.latest?.(kode) ?? null);
  const byYear: SnippetFilter | null = tahun === null ? null : { column: 'tahun', value: tahun };
  if (agency[3] !== undefined || figure.id === `${kode}-serapan` || figure.id.startsWith(`${kode}-anggaran-`)) {
    const filter = figure.id === `${kode}-serapan` ? null : byYear;
    const what = figure.id === `${kode}-serapan` ? 'semua tahun; serapan = realisasi / pagu' : filterText(filter);
    return { path: csv('anggaran'), file: 'anggaran.csv', filter, hint: `Baris ini ada di anggaran.csv perangkat daerah ini, ${what}.` };
  }
  if (figure.id === 'tabel-efisiensi' || figure.id.startsWith(`${kode}-efisiensi-`)) {
    return {
      path: csv('kinerja'),
      file: 'kinerja.csv',
      filter: byYear,
      hint: `Efisiensi dihitung dari kinerja.csv dan anggaran.csv perangkat daerah ini (${filterText(byYear)}); kode di bawah memuat kinerja.csv.`,
    };
  }
  return { path: csv('kinerja'), file: 'kinerja.csv', filter: byYear, hint: `Baris ini ada di kinerja.csv perangkat daerah ini, ${filterText(byYear)}.` };
}

export interface Snippet {
  /** Where the line goes: `Google Sheets`, `Python (pandas)`, `R`. */
  label: string;
  code: string;
}

/** A string literal that reads the same in Python and in R (JSON's escapes are a subset of both). */
const literal = (text: string) => JSON.stringify(text);

/**
 * The lines, for an absolute URL and an optional filter. Text is returned raw; pages render it as text (escaped).
 * A kode_indikator is read as text (else "1.10" would become the number 1.1).
 */
export function snippets(url: string, filter: SnippetFilter | null = null): Snippet[] {
  const value = filter === null ? '' : typeof filter.value === 'number' ? String(filter.value) : literal(filter.value);
  // Codes may look like numbers ("1.10"); names never do.
  const asText = filter?.column === 'kode_indikator';
  const pandasArgs = asText ? `${literal(url)}, dtype={"kode_indikator": str}` : literal(url);
  const rArgs = asText ? `${literal(url)}, colClasses = c(kode_indikator = "character")` : literal(url);
  const pandas = `pd.read_csv(${pandasArgs})${filter ? `.loc[lambda d: d[${literal(filter.column)}] == ${value}]` : ''}`;
  const r = filter ? `subset(read.csv(${rArgs}), ${filter.column} == ${value})` : `read.csv(${rArgs})`;
  return [
    { label: 'Google Sheets', code: `=IMPORTDATA(${literal(url)})` },
    { label: 'Python (pandas)', code: pandas },
    { label: 'R', code: r },
  ];
}
