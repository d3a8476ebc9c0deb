/**
 * Every data table of the site, one function each: the columns and rows a reader downloads (numbers as numbers,
 * plus the identifiers needed to join or trace them: kode_indikator, sumber, the dataset file and line), and
 * the view of them that the page's HTML table shows. Pure.
 *
 * A table's id is its anchor on the page (`tabel-kinerja`), unique within the page; the page says where.
 */
import { FINDING_CLASS, type AgencyData, type Finding, type Indicator } from '../data/output.ts';
import type { BudgetRow, KinerjaRow } from './agencyView.ts';
import { groupFindings, sourcesFor } from './agencyView.ts';
import type { PeerRow, ProvinceGroup } from './directory.ts';
import type { Column, Row, RowDecor, TableFigure, ViewColumn } from './figure.ts';
import { headline, HEADLINE_LABEL } from './headline.ts';
import {
  bandLabel,
  EFFICIENCY_BASIS_LABEL,
  FINDING_CLASS_LABEL,
  FINDING_INFO,
  formatNilai,
  predikatLabel,
  statusTarget,
  TINGKAT_ANGGARAN_LABEL,
  TINGKAT_LABEL,
} from '../lib/labels.ts';
import { paths } from '../lib/paths.ts';
import { datasetPath } from '../lib/dataFiles.ts';
import { slugify } from '../lib/slug.ts';
import { formatPercent } from '../data/format.ts';

/** An agency's data as the figures need it; `tahun_terakhir`, the year its overview shows, is where that year's figures live. */
type AgencyPart = Pick<AgencyData, 'agency' | 'sources'> & { tahun_terakhir?: number | null };

const yesNo = (value: boolean) => (value ? 'ya' : 'tidak');

/** The dataset file and line a row was read from, as two cells. */
const originCells = (origin: { file: string; line: number }): Row => ({ berkas: origin.file, baris: origin.line });
const ORIGIN_COLUMNS: Column[] = [
  { key: 'berkas', label: 'Berkas data', format: 'text' },
  { key: 'baris', label: 'Nomor baris', format: 'number' },
];
/** The page link of a row's dataset file (served under /data/), or none for a path outside the dataset. */
const originLink = (origin: { file: string }): Record<string, string> => {
  const path = datasetPath(origin.file);
  return path ? { berkas: paths.dataFile(path) } : {};
};

interface TableParts {
  id: string;
  page: string;
  title: string;
  heading: string;
  caption?: string;
  note?: string | null;
  sources?: TableFigure['sources'];
  sourceText?: string | null;
  columns: Column[];
  rows: Row[];
  view: ViewColumn[];
  decor?: RowDecor[];
}

/** A TableFigure with its defaults; every view column must name a column of the table. */
export function tableFigure(parts: TableParts): TableFigure {
  const keys = new Set(parts.columns.map((column) => column.key));
  for (const column of parts.view) {
    for (const key of [column.key, ...(column.sub ?? []), ...(column.flag ? [column.flag] : []), ...(column.unit ? [column.unit] : [])]) {
      if (!keys.has(key)) throw new Error(`tabel ${parts.id} (${parts.page}): kolom tampilan "${key}" tidak ada di tabel`);
    }
  }
  return {
    kind: 'table',
    id: parts.id,
    page: parts.page,
    title: parts.title,
    heading: parts.heading,
    caption: parts.caption ?? '',
    note: parts.note ?? null,
    sources: parts.sources ?? [],
    sourceText: parts.sourceText ?? null,
    columns: parts.columns,
    rows: parts.rows,
    view: parts.view.map((column) => ({ show: 'text', ...column })),
    decor: parts.decor ?? parts.rows.map(() => ({})),
  };
}

/** The report's own predikat (on the scale its source declares), for the cell under our band; null when none. */
const reportPredikat = (year: { predikat_laporan?: string | null }): string | null => (year.predikat_laporan ? `laporan: ${year.predikat_laporan}` : null);

// ---------------------------------------------------------------------------------------------------------------
// Agency year page: the IKU/sasaran table.

/** The IKU/sasaran table of /pd/<kode>/<tahun>/, with each earlier year's realisasi of its trend. */
export function kinerjaTable(data: AgencyPart, tahun: number, rows: readonly KinerjaRow[], sparks: readonly (string | null)[]): TableFigure {
  const kode = data.agency.kode_pd;
  const earlier = [...new Set(rows.flatMap((row) => row.history.map((point) => point.tahun)))].filter((year) => year < tahun).sort((a, b) => a - b);
  return tableFigure({
    id: 'tabel-kinerja',
    page: paths.agencyYear(kode, tahun, data.tahun_terakhir),
    title: `Indikator kinerja utama dan sasaran ${data.agency.nama_pd}, ${tahun}`,
    heading: `Indikator kinerja utama dan sasaran, ${tahun}`,
    sources: sourcesFor(
      rows.map((row) => row.year),
      data.sources,
    ),
    columns: [
      { key: 'kode_indikator', label: 'Kode indikator', format: 'text' },
      { key: 'indikator', label: 'Indikator', format: 'text' },
      { key: 'tingkat', label: 'Tingkat', format: 'text' },
      { key: 'iku', label: 'IKU', format: 'text' },
      { key: 'satuan', label: 'Satuan', format: 'text' },
      { key: 'target', label: 'Target', format: 'number' },
      { key: 'realisasi', label: 'Realisasi', format: 'number' },
      { key: 'capaian', label: 'Capaian', format: 'percent' },
      { key: 'capaian_dilaporkan', label: 'Capaian laporan', format: 'percent' },
      { key: 'predikat', label: 'Predikat', format: 'text' },
      { key: 'tercapai', label: 'Status target', format: 'text' },
      { key: 'predikat_laporan', label: 'Predikat menurut laporan', format: 'text' },
      ...earlier.map((year): Column => ({ key: `realisasi_${year}`, label: `Realisasi ${year}`, format: 'number' })),
      { key: 'catatan_capaian', label: 'Catatan capaian', format: 'text' },
      { key: 'sumber', label: 'Sumber', format: 'text' },
    ],
    rows: rows.map(({ indicator, year, history, printedDiffers }) => ({
      kode_indikator: indicator.kode_indikator,
      indikator: indicator.indikator,
      tingkat: TINGKAT_LABEL[indicator.tingkat],
      iku: yesNo(indicator.iku),
      satuan: indicator.satuan,
      target: year.target,
      realisasi: year.realisasi,
      capaian: year.capaian,
      capaian_dilaporkan: year.capaian_dilaporkan,
      predikat: year.capaian === null ? null : predikatLabel(year.band, indicator.masukan),
      tercapai: statusTarget(year.tercapai),
      predikat_laporan: reportPredikat(year),
      ...Object.fromEntries(earlier.map((past) => [`realisasi_${past}`, history.find((point) => point.tahun === past)?.nilai ?? null])),
      catatan_capaian: printedDiffers ? `laporan: ${formatPercent(year.capaian_dilaporkan)}` : null,
      sumber: year.sumber,
    })),
    view: [
      { key: 'indikator', header: true, wide: true, link: 'indikator', sub: ['kode_indikator', 'tingkat'] },
      { key: 'target', show: 'nilai', unit: 'satuan' },
      { key: 'realisasi', show: 'nilai', unit: 'satuan' },
      { key: 'capaian', flag: 'catatan_capaian' },
      { key: 'predikat', show: 'band', sub: ['tercapai', 'predikat_laporan'] },
      { key: 'realisasi', show: 'spark', label: 'Tren realisasi' },
    ],
    decor: rows.map(({ indicator, history }, index) => ({
      links: { indikator: paths.indicator(kode, indicator.slug) },
      ...(sparks[index] ? { svg: sparks[index]! } : {}),
      ...(history.length > 0 ? { svgText: history.map((point) => `${point.tahun}: ${formatNilai(point.nilai, indicator.satuan)}`).join('; ') } : {}),
      ...(indicator.iku ? { tags: ['IKU'] } : {}),
    })),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Findings: on an agency year page, and on an indicator page.

/** A year page's findings (`tahun: null`: an agency without years, on /pd/<kode>/), or an indicator's. */
export type FindingsScope = { tahun: number | null } | { indicator: Pick<Indicator, 'slug' | 'kode_indikator' | 'indikator'> };

const FINDINGS_SOURCE =
  'Pemeriksaan kualitas data Kinerja Terbuka atas baris-baris laporan sumber; kolom Berkas data dan Nomor baris menunjuk baris yang diperiksa.';

/**
 * Data-quality findings, grouped by kind in the order of the groups. The page shows them as a list per kind
 * (FindingsList), the download as this table. Null for none.
 */
export function findingsTable(data: AgencyPart & Pick<AgencyData, 'indicators'>, scope: FindingsScope, findings: readonly Finding[]): TableFigure | null {
  if (findings.length === 0) return null;
  const kode = data.agency.kode_pd;
  const where =
    'tahun' in scope
      ? scope.tahun === null
        ? { page: paths.agency(kode), title: `Temuan kualitas data ${data.agency.nama_pd}`, heading: 'Temuan kualitas data' }
        : {
            page: paths.agencyYear(kode, scope.tahun, data.tahun_terakhir),
            title: `Temuan kualitas data ${data.agency.nama_pd}, ${scope.tahun}`,
            heading: `Temuan kualitas data, ${scope.tahun}`,
          }
      : {
          page: paths.indicator(kode, scope.indicator.slug),
          title: `Temuan kualitas data ${data.agency.nama_pd}: ${scope.indicator.kode_indikator} ${scope.indicator.indikator}`,
          heading: 'Temuan kualitas data',
        };
  const slugs = new Map(data.indicators.map((indicator) => [indicator.kode_indikator, indicator.slug]));
  const ordered = groupFindings(findings).flatMap((group) => group.items);
  return tableFigure({
    ...where,
    id: 'tabel-temuan',
    sourceText: FINDINGS_SOURCE,
    columns: [
      { key: 'golongan', label: 'Golongan', format: 'text' },
      { key: 'jenis', label: 'Jenis', format: 'text' },
      { key: 'judul', label: 'Temuan', format: 'text' },
      { key: 'tahun', label: 'Tahun', format: 'year' },
      { key: 'pesan', label: 'Pesan', format: 'text' },
      { key: 'kode_indikator', label: 'Kode indikator', format: 'text' },
      { key: 'anggaran_id', label: 'ID baris anggaran', format: 'text' },
      { key: 'selisih', label: 'Selisih', format: 'number' },
      ...ORIGIN_COLUMNS,
    ],
    rows: ordered.map((finding) => ({
      golongan: FINDING_CLASS_LABEL[FINDING_CLASS[finding.jenis]],
      jenis: finding.jenis,
      judul: FINDING_INFO[finding.jenis].title,
      tahun: finding.tahun,
      pesan: finding.pesan,
      kode_indikator: finding.kode_indikator,
      anggaran_id: finding.anggaran_id,
      selisih: finding.selisih,
      ...originCells(finding.origin),
    })),
    view: [{ key: 'judul' }, { key: 'pesan', link: 'pesan' }, { key: 'berkas', link: 'berkas', sub: ['baris'] }],
    decor: ordered.map((finding) => {
      const slug = finding.kode_indikator ? slugs.get(finding.kode_indikator) : undefined;
      const links: Record<string, string> = { ...originLink(finding.origin) };
      if (slug) links.indikator = paths.indicator(kode, slug);
      if (finding.anggaran_id && finding.tahun !== null) links.anggaran = `${paths.budget(kode, finding.tahun)}#anggaran-${finding.anggaran_id}`;
      return { links, group: finding.jenis };
    }),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Budget page: total, programs, jenis belanja, sasaran.

export const BUDGET_SECTIONS = ['total', 'program', 'jenis-belanja', 'sasaran'] as const;
export type BudgetSection = (typeof BUDGET_SECTIONS)[number];

/** One of the budget tables of /pd/<kode>/anggaran/<tahun>/, indentation as `Kedalaman`. */
export function budgetTable(
  data: AgencyPart & Pick<AgencyData, 'indicators'>,
  tahun: number,
  section: BudgetSection,
  heading: string,
  rows: readonly BudgetRow[],
): TableFigure {
  const kode = data.agency.kode_pd;
  const slugs = new Map(data.indicators.map((indicator) => [indicator.kode_indikator, indicator.slug]));
  return tableFigure({
    id: `tabel-${section}`,
    page: paths.budget(kode, tahun),
    title: `${heading} ${data.agency.nama_pd}`,
    heading,
    sources: sourcesFor(
      rows.map((row) => row.line),
      data.sources,
    ),
    columns: [
      { key: 'id', label: 'ID baris anggaran', format: 'text' },
      { key: 'tingkat', label: 'Tingkat', format: 'text' },
      { key: 'kedalaman', label: 'Kedalaman', format: 'number' },
      { key: 'kode', label: 'Kode', format: 'text' },
      { key: 'uraian', label: 'Uraian', format: 'text' },
      { key: 'kode_indikator', label: 'Kode indikator', format: 'text' },
      { key: 'pagu', label: 'Pagu', format: 'rupiah' },
      { key: 'realisasi', label: 'Realisasi', format: 'rupiah' },
      { key: 'serapan', label: 'Serapan', format: 'percent' },
      { key: 'temuan', label: 'Temuan', format: 'text' },
      { key: 'sumber', label: 'Sumber', format: 'text' },
      { key: 'catatan', label: 'Catatan', format: 'text' },
      ...ORIGIN_COLUMNS,
    ],
    rows: rows.map(({ line, label, depth, findings }) => ({
      id: line.id,
      tingkat: TINGKAT_ANGGARAN_LABEL[line.tingkat],
      kedalaman: depth,
      kode: line.kode,
      uraian: label,
      kode_indikator: line.kode_indikator,
      pagu: line.pagu,
      realisasi: line.realisasi,
      serapan: line.serapan,
      temuan: findings.length > 0 ? findings.map((finding) => `${FINDING_INFO[finding.jenis].title}: ${finding.pesan}`).join(' | ') : null,
      sumber: line.sumber,
      catatan: line.catatan,
      ...originCells(line.origin),
    })),
    view: [
      { key: 'uraian', header: true, wide: true, sub: ['tingkat', 'kode'], link: 'indikator' },
      { key: 'pagu' },
      { key: 'realisasi' },
      { key: 'serapan', show: 'bar' },
    ],
    decor: rows.map(({ line, depth, findings }) => {
      const slug = line.kode_indikator ? slugs.get(line.kode_indikator) : undefined;
      return {
        depth,
        anchor: `anggaran-${line.id}`,
        links: { ...originLink(line.origin), ...(slug ? { indikator: paths.indicator(kode, slug) } : {}) },
        ...(findings.length > 0 ? { flags: findings.map((finding) => `${FINDING_INFO[finding.jenis].title}: ${finding.pesan}`) } : {}),
      };
    }),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator page: the kinerja.csv rows behind it, and its efisiensi.

/** "Baris data di balik grafik": every year of the indicator as transcribed, with recomputed and printed capaian. */
export function indicatorRowsTable(data: AgencyPart, indicator: Indicator): TableFigure {
  const kode = data.agency.kode_pd;
  return tableFigure({
    id: 'tabel-baris',
    page: paths.indicator(kode, indicator.slug),
    title: `${indicator.kode_indikator} ${indicator.indikator}, ${data.agency.nama_pd}: baris data per tahun`,
    heading: 'Baris data di balik grafik',
    sources: sourcesFor(indicator.tahun, data.sources),
    columns: [
      { key: 'kode_indikator', label: 'Kode indikator', format: 'text' },
      { key: 'satuan', label: 'Satuan', format: 'text' },
      { key: 'tahun', label: 'Tahun', format: 'year' },
      { key: 'target', label: 'Target', format: 'number' },
      { key: 'realisasi', label: 'Realisasi', format: 'number' },
      { key: 'target_renstra', label: 'Target Renstra', format: 'number' },
      { key: 'capaian', label: 'Capaian hitung', format: 'percent' },
      { key: 'capaian_dilaporkan', label: 'Capaian laporan', format: 'percent' },
      { key: 'selisih', label: 'Selisih capaian laporan', format: 'points' },
      { key: 'predikat', label: 'Predikat', format: 'text' },
      { key: 'tercapai', label: 'Status target', format: 'text' },
      { key: 'predikat_laporan', label: 'Predikat menurut laporan', format: 'text' },
      { key: 'sumber', label: 'Sumber', format: 'text' },
      { key: 'catatan', label: 'Catatan', format: 'text' },
      ...ORIGIN_COLUMNS,
    ],
    rows: indicator.tahun.map((year) => ({
      kode_indikator: indicator.kode_indikator,
      satuan: indicator.satuan,
      tahun: year.tahun,
      target: year.target,
      realisasi: year.realisasi,
      target_renstra: year.target_renstra,
      capaian: year.capaian,
      capaian_dilaporkan: year.capaian_dilaporkan,
      selisih: year.selisih_capaian_dilaporkan === 0 ? null : year.selisih_capaian_dilaporkan,
      predikat: year.capaian === null ? null : predikatLabel(year.band, indicator.masukan),
      tercapai: statusTarget(year.tercapai),
      predikat_laporan: reportPredikat(year),
      sumber: year.sumber,
      catatan: year.catatan,
      ...originCells(year.origin),
    })),
    view: [
      { key: 'tahun', header: true },
      { key: 'target', show: 'nilai', unit: 'satuan' },
      { key: 'realisasi', show: 'nilai', unit: 'satuan' },
      { key: 'target_renstra', show: 'nilai', unit: 'satuan' },
      { key: 'capaian' },
      { key: 'capaian_dilaporkan', sub: ['selisih'] },
      { key: 'predikat', show: 'band', sub: ['tercapai', 'predikat_laporan'] },
      // Source and note share one wide column, so that the row stays readable beside eight narrow figures.
      { key: 'catatan', small: true, wide: true, sub: ['sumber'], label: 'Catatan dan sumber' },
      { key: 'berkas', link: 'berkas', sub: ['baris'], small: true },
    ],
    decor: indicator.tahun.map((year) => ({ links: originLink(year.origin) })),
  });
}

/** The indicator page's efisiensi table: capaian set against serapan, per year and basis. Null for none. */
export function indicatorEfficiencyTable(data: AgencyPart & Pick<AgencyData, 'efficiency'>, indicator: Indicator): TableFigure | null {
  const rows = data.efficiency.filter((row) => row.kode_indikator === indicator.kode_indikator);
  if (rows.length === 0) return null;
  const kode = data.agency.kode_pd;
  const years = new Set(rows.map((row) => row.tahun));
  return tableFigure({
    id: 'tabel-efisiensi',
    page: paths.indicator(kode, indicator.slug),
    title: `Efisiensi ${indicator.kode_indikator} ${indicator.indikator}, ${data.agency.nama_pd}`,
    heading: 'Efisiensi',
    caption: 'Efisiensi = capaian − serapan, dalam poin persentase. Positif: target tercapai dengan anggaran yang terserap lebih sedikit.',
    sources: sourcesFor(
      indicator.tahun.filter((year) => years.has(year.tahun)),
      data.sources,
    ),
    columns: [
      { key: 'kode_indikator', label: 'Kode indikator', format: 'text' },
      { key: 'tahun', label: 'Tahun', format: 'year' },
      { key: 'dibandingkan', label: 'Dibandingkan', format: 'text' },
      { key: 'program', label: 'Program', format: 'text' },
      { key: 'capaian', label: 'Capaian', format: 'percent' },
      { key: 'serapan', label: 'Serapan', format: 'percent' },
      { key: 'efisiensi', label: 'Efisiensi', format: 'points' },
    ],
    rows: rows.map((row) => ({
      kode_indikator: row.kode_indikator,
      tahun: row.tahun,
      dibandingkan: EFFICIENCY_BASIS_LABEL[row.basis],
      program: row.program,
      capaian: row.capaian,
      serapan: row.serapan,
      efisiensi: row.efisiensi,
    })),
    view: [{ key: 'tahun', header: true }, { key: 'dibandingkan', sub: ['program'] }, { key: 'capaian' }, { key: 'serapan' }, { key: 'efisiensi' }],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Across agencies: the directory (/ and /provinsi/<slug>/), the province list, the urusan comparison.

const SUMMARY_SOURCE =
  'Laporan kinerja (LAKIP/LKjIP) masing-masing perangkat daerah; capaian dan serapan dihitung Kinerja Terbuka, sumber rinci ada di halaman tiap perangkat daerah.';

/** The agencies of one province with their latest headline, region by region as on the page. */
export function directoryTable(group: ProvinceGroup, page: string): TableFigure {
  const agencies = group.regions.flatMap((region) => region.agencies.map((entry, index) => ({ ...entry, region, first: index === 0 })));
  return tableFigure({
    id: `tabel-provinsi-${group.slug}`,
    page,
    title: `Perangkat daerah di ${group.provinsi}: capaian IKU dan serapan tahun terakhir`,
    heading: group.provinsi,
    sourceText: SUMMARY_SOURCE,
    columns: [
      { key: 'kode_pd', label: 'Kode perangkat daerah', format: 'text' },
      { key: 'nama_pd', label: 'Perangkat daerah', format: 'text' },
      { key: 'pemerintah_daerah', label: 'Pemerintah daerah', format: 'text' },
      { key: 'kode_wilayah', label: 'Kode wilayah', format: 'text' },
      { key: 'nama_wilayah', label: 'Wilayah', format: 'text' },
      { key: 'provinsi', label: 'Provinsi', format: 'text' },
      { key: 'urusan', label: 'Urusan', format: 'text' },
      { key: 'tahun', label: 'Tahun', format: 'year' },
      { key: 'iku', label: 'IKU mencapai target', format: 'text' },
      { key: 'capaian', label: HEADLINE_LABEL, format: 'percent' },
      { key: 'predikat', label: 'Predikat', format: 'text' },
      { key: 'serapan', label: 'Serapan', format: 'percent' },
    ],
    rows: agencies.map(({ agency, latest }) => {
      const head = headline(latest);
      return {
        kode_pd: agency.kode_pd,
        nama_pd: agency.nama_pd,
        pemerintah_daerah: agency.pemerintah_daerah,
        kode_wilayah: agency.kode_wilayah,
        nama_wilayah: agency.nama_wilayah,
        provinsi: agency.provinsi,
        urusan: agency.urusan,
        tahun: agency.tahun_terakhir,
        iku: head.count,
        capaian: head.value,
        predikat: head.value === null ? head.reason : bandLabel(head.band),
        serapan: latest?.serapan ?? null,
      };
    }),
    view: [
      { key: 'nama_pd', header: true, wide: true, link: 'nama_pd', sub: ['pemerintah_daerah'] },
      { key: 'urusan', link: 'urusan' },
      { key: 'tahun' },
      { key: 'capaian', sub: ['iku'] },
      { key: 'predikat', show: 'band' },
      { key: 'serapan' },
    ],
    decor: agencies.map(({ agency, region, first }) => ({
      links: { nama_pd: paths.agency(agency.kode_pd), urusan: paths.urusan(agency.urusan) },
      data: { provinsi: group.slug, wilayah: region.slug, urusan: slugify(agency.urusan) },
      ...(first ? { group: region.nama_wilayah, anchor: `wilayah-${region.slug}` } : {}),
    })),
  });
}

/** The province list of `/` for a large dataset. */
export function provinceSummaryTable(groups: readonly ProvinceGroup[]): TableFigure {
  return tableFigure({
    id: 'tabel-provinsi',
    page: paths.home(),
    title: 'Provinsi: jumlah wilayah dan perangkat daerah di Kinerja Terbuka',
    heading: 'Provinsi',
    sourceText: 'Daftar perangkat daerah Kinerja Terbuka (perangkat_daerah.csv).',
    columns: [
      { key: 'provinsi', label: 'Provinsi', format: 'text' },
      { key: 'wilayah', label: 'Jumlah wilayah', format: 'number' },
      { key: 'perangkat_daerah', label: 'Jumlah perangkat daerah', format: 'number' },
    ],
    rows: groups.map((group) => ({ provinsi: group.provinsi, wilayah: group.regions.length, perangkat_daerah: group.count })),
    view: [{ key: 'provinsi', header: true, link: 'provinsi' }, { key: 'wilayah' }, { key: 'perangkat_daerah' }],
    decor: groups.map((group) => ({ links: { provinsi: paths.provinsi(group.provinsi) } })),
  });
}

/** The rank a peer row shows: its place among those with a headline figure, or none. */
export const peerRank = (peer: PeerRow, index: number): number | null => (headline(peer.year).value !== null ? index + 1 : null);

/** Agencies of one urusan in one year, ranked (/urusan/<slug>/<tahun>/). */
export function peerTable(urusan: { slug: string; urusan: string }, tahun: number, peers: readonly PeerRow[]): TableFigure {
  return tableFigure({
    id: 'tabel-peringkat',
    page: paths.urusanYear(urusan.urusan, tahun),
    title: `Urusan ${urusan.urusan}, ${tahun}: capaian IKU dan serapan anggaran per perangkat daerah`,
    heading: `Semua perangkat daerah urusan ${urusan.urusan}, ${tahun}`,
    sourceText: SUMMARY_SOURCE,
    columns: [
      { key: 'peringkat', label: 'Peringkat', format: 'number' },
      { key: 'kode_pd', label: 'Kode perangkat daerah', format: 'text' },
      { key: 'nama_pd', label: 'Perangkat daerah', format: 'text' },
      { key: 'nama_wilayah', label: 'Wilayah', format: 'text' },
      { key: 'provinsi', label: 'Provinsi', format: 'text' },
      { key: 'iku', label: 'IKU mencapai target', format: 'text' },
      { key: 'capaian', label: HEADLINE_LABEL, format: 'percent' },
      { key: 'predikat', label: 'Predikat', format: 'text' },
      { key: 'serapan', label: 'Serapan', format: 'percent' },
    ],
    rows: peers.map((peer, index) => {
      const head = headline(peer.year);
      return {
        peringkat: peerRank(peer, index),
        kode_pd: peer.agency.kode_pd,
        nama_pd: peer.agency.nama_pd,
        nama_wilayah: peer.agency.nama_wilayah,
        provinsi: peer.agency.provinsi,
        iku: head.count,
        capaian: head.value,
        predikat: head.value === null ? (peer.year ? head.reason : 'tidak ada data tahun ini') : bandLabel(head.band),
        serapan: peer.year?.serapan ?? null,
      };
    }),
    view: [
      { key: 'peringkat' },
      { key: 'nama_pd', header: true, wide: true, link: 'nama_pd', sub: ['nama_wilayah'] },
      { key: 'provinsi' },
      { key: 'capaian', sub: ['iku'] },
      { key: 'predikat', show: 'band' },
      { key: 'serapan' },
    ],
    decor: peers.map((peer) => ({
      links: {
        nama_pd: peer.agency.tahun.includes(tahun)
          ? paths.agencyYear(peer.agency.kode_pd, tahun, peer.agency.tahun_terakhir)
          : paths.agency(peer.agency.kode_pd),
      },
    })),
  });
}
