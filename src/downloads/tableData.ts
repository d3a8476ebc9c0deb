/**
 * Every data table of the site as a download: the rows it shows, the same columns (numbers as numbers, never
 * formatted), plus identifiers a reader needs to join or trace them (kode_indikator, sumber, the dataset file
 * and line). One function per table; the table's component calls it with the props it renders from and hands
 * the result to <TableActions>, which registers it for the build (registry.ts) and links its files. Pure.
 *
 * Ids mirror the page a table belongs to, plus the table's name: `pd/<kode_pd>/<tahun>/kinerja` is the IKU table
 * of /pd/<kode_pd>/<tahun>/, and its files are /unduh/tabel/pd/<kode_pd>/<tahun>/kinerja.csv and -excel.csv.
 * Page paths are unique and a page names its tables apart, so ids are unique across the site without any
 * look at other agencies, and an agency's files sit in its own folder (20,000 agencies, no huge directory).
 * A table shown on two pages (the latest year also on /pd/<kode_pd>/, a province's agencies also on /) is
 * one file; its `page` is where the permalink points.
 */
import type { Column, Row } from '../charts/chartData.ts';
import type { AgencyData, Finding, Indicator } from '../data/output.ts';
import { capWithFingerprint } from '../data/fingerprint.ts';
import type { BudgetRow, KinerjaRow } from '../lib/agencyView.ts';
import { groupFindings, sourcesFor, type SourceRef } from '../lib/agencyView.ts';
import type { PeerRow, ProvinceGroup } from '../lib/directory.ts';
import { bandLabel, EFFICIENCY_BASIS_LABEL, FINDING_INFO, TINGKAT_ANGGARAN_LABEL, TINGKAT_LABEL } from '../lib/labels.ts';
import { paths } from '../lib/paths.ts';

export interface TableData {
  /** Path of the files under /unduh/tabel/, without extension: `pd/dinsos-mojokerto/2023/kinerja`. Unique across the site. */
  id: string;
  /** The table's anchor on its page: `tabel-kinerja`. Unique within the page. */
  anchor: string;
  /** The page the permalink points to (under the site's base): `/pd/dinsos-mojokerto/2023/`. */
  page: string;
  title: string;
  sources: SourceRef[];
  /** Said instead of the source list when the figures come from many documents or from the site's checks. */
  sourceText?: string;
  columns: Column[];
  rows: Row[];
}

/** One segment of an id or anchor: a-z0-9 and single hyphens, capped with a fingerprint like chart ids. */
const SEGMENT_MAX = 80;
export function idSegment(part: string | number): string {
  const text = String(part).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return capWithFingerprint(text === '' ? 'x' : text, SEGMENT_MAX);
}

const tableId = (...segments: (string | number)[]) => segments.map(idSegment).join('/');

type AgencyPart = Pick<AgencyData, 'agency' | 'sources'>;

const yesNo = (value: boolean) => (value ? 'ya' : 'tidak');

/** The dataset file and line a row was read from, as two cells. */
const originCells = (origin: { file: string; line: number }): Row => ({ berkas: origin.file, baris: origin.line });
const ORIGIN_COLUMNS: Column[] = [
  { key: 'berkas', label: 'Berkas data', format: 'text' },
  { key: 'baris', label: 'Nomor baris', format: 'number' },
];

// ---------------------------------------------------------------------------------------------------------------
// Agency year page: the IKU/sasaran table.

/** The IKU/sasaran table of /pd/<kode>/<tahun>/ (KinerjaTable), with each earlier year's realisasi of its trend. */
export function kinerjaTable(data: AgencyPart, tahun: number, rows: readonly KinerjaRow[]): TableData {
  const kode = data.agency.kode_pd;
  const earlier = [...new Set(rows.flatMap((row) => row.history.map((point) => point.tahun)))].filter((year) => year < tahun).sort((a, b) => a - b);
  return {
    id: tableId('pd', kode, tahun, 'kinerja'),
    anchor: 'tabel-kinerja',
    page: paths.agencyYear(kode, tahun),
    title: `${data.agency.nama_pd}: indikator kinerja utama dan sasaran, ${tahun}`,
    sources: sourcesFor(rows.map((row) => row.year), data.sources),
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
      ...earlier.map((year): Column => ({ key: `realisasi_${year}`, label: `Realisasi ${year}`, format: 'number' })),
      { key: 'sumber', label: 'Sumber', format: 'text' },
    ],
    rows: rows.map(({ indicator, year, history }) => ({
      kode_indikator: indicator.kode_indikator,
      indikator: indicator.indikator,
      tingkat: TINGKAT_LABEL[indicator.tingkat],
      iku: yesNo(indicator.iku),
      satuan: indicator.satuan,
      target: year.target,
      realisasi: year.realisasi,
      capaian: year.capaian,
      capaian_dilaporkan: year.capaian_dilaporkan,
      predikat: year.capaian === null ? null : bandLabel(year.band),
      ...Object.fromEntries(earlier.map((past) => [`realisasi_${past}`, history.find((point) => point.tahun === past)?.nilai ?? null])),
      sumber: year.sumber,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Findings: on an agency year page, and on an indicator page.

/** A year page's findings (`tahun: null`: an agency without years, on /pd/<kode>/), or an indicator's. */
export type FindingsScope = { tahun: number | null } | { indicator: Pick<Indicator, 'slug' | 'kode_indikator' | 'indikator'> };

const FINDINGS_SOURCE = 'Pemeriksaan kualitas data Kinerja Terbuka atas baris-baris laporan sumber; kolom Berkas data dan Nomor baris menunjuk baris yang diperiksa.';

/** Data-quality findings as FindingsList shows them: grouped by kind, in the order of the groups. Null for none. */
export function findingsTable(data: AgencyPart, scope: FindingsScope, findings: readonly Finding[]): TableData | null {
  if (findings.length === 0) return null;
  const kode = data.agency.kode_pd;
  const where =
    'tahun' in scope
      ? scope.tahun === null
        ? { id: tableId('pd', kode, 'temuan'), page: paths.agency(kode), title: `${data.agency.nama_pd}: temuan kualitas data` }
        : { id: tableId('pd', kode, scope.tahun, 'temuan'), page: paths.agencyYear(kode, scope.tahun), title: `${data.agency.nama_pd}: temuan kualitas data, ${scope.tahun}` }
      : {
          id: tableId('pd', kode, 'indikator', scope.indicator.slug, 'temuan'),
          page: paths.indicator(kode, scope.indicator.slug),
          title: `${data.agency.nama_pd}: temuan kualitas data indikator ${scope.indicator.kode_indikator} ${scope.indicator.indikator}`,
        };
  return {
    ...where,
    anchor: 'tabel-temuan',
    sources: [],
    sourceText: FINDINGS_SOURCE,
    columns: [
      { key: 'jenis', label: 'Jenis', format: 'text' },
      { key: 'judul', label: 'Temuan', format: 'text' },
      { key: 'tahun', label: 'Tahun', format: 'year' },
      { key: 'pesan', label: 'Pesan', format: 'text' },
      { key: 'kode_indikator', label: 'Kode indikator', format: 'text' },
      { key: 'anggaran_id', label: 'ID baris anggaran', format: 'text' },
      { key: 'selisih', label: 'Selisih', format: 'number' },
      ...ORIGIN_COLUMNS,
    ],
    rows: groupFindings(findings).flatMap((group) =>
      group.items.map((finding) => ({
        jenis: finding.jenis,
        judul: FINDING_INFO[finding.jenis].title,
        tahun: finding.tahun,
        pesan: finding.pesan,
        kode_indikator: finding.kode_indikator,
        anggaran_id: finding.anggaran_id,
        selisih: finding.selisih,
        ...originCells(finding.origin),
      })),
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Budget page: total, programs, jenis belanja, sasaran.

export const BUDGET_SECTIONS = ['total', 'program', 'jenis-belanja', 'sasaran'] as const;
export type BudgetSection = (typeof BUDGET_SECTIONS)[number];

/** One of the budget tables of /pd/<kode>/anggaran/<tahun>/ (BudgetTable), indentation as `Kedalaman`. */
export function budgetTable(data: AgencyPart, tahun: number, section: BudgetSection, caption: string, rows: readonly BudgetRow[]): TableData {
  const kode = data.agency.kode_pd;
  return {
    id: tableId('pd', kode, 'anggaran', tahun, section),
    anchor: `tabel-${section}`,
    page: paths.budget(kode, tahun),
    title: `${data.agency.nama_pd}: ${caption}`,
    sources: sourcesFor(rows.map((row) => row.line), data.sources),
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
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator page: the kinerja.csv rows behind it, and its efisiensi.

/** "Baris data di balik grafik": every year of the indicator as transcribed, with recomputed and printed capaian. */
export function indicatorRowsTable(data: AgencyPart, indicator: Indicator): TableData {
  const kode = data.agency.kode_pd;
  return {
    id: tableId('pd', kode, 'indikator', indicator.slug, 'baris'),
    anchor: 'tabel-baris',
    page: paths.indicator(kode, indicator.slug),
    title: `${data.agency.nama_pd}: ${indicator.kode_indikator} ${indicator.indikator}, baris data per tahun`,
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
      selisih: year.selisih_capaian_dilaporkan,
      predikat: year.capaian === null ? null : bandLabel(year.band),
      sumber: year.sumber,
      catatan: year.catatan,
      ...originCells(year.origin),
    })),
  };
}

/** The indicator page's efisiensi table: capaian set against serapan, per year and basis. Null for none. */
export function indicatorEfficiencyTable(data: AgencyPart & Pick<AgencyData, 'efficiency'>, indicator: Indicator): TableData | null {
  const rows = data.efficiency.filter((row) => row.kode_indikator === indicator.kode_indikator);
  if (rows.length === 0) return null;
  const kode = data.agency.kode_pd;
  const years = new Set(rows.map((row) => row.tahun));
  return {
    id: tableId('pd', kode, 'indikator', indicator.slug, 'efisiensi'),
    anchor: 'tabel-efisiensi',
    page: paths.indicator(kode, indicator.slug),
    title: `${data.agency.nama_pd}: efisiensi ${indicator.kode_indikator} ${indicator.indikator}`,
    sources: sourcesFor(indicator.tahun.filter((year) => years.has(year.tahun)), data.sources),
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
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Across agencies: the directory (/ and /provinsi/<slug>/), the province list, the urusan comparison.

const SUMMARY_SOURCE = 'Laporan kinerja (LAKIP/LKjIP) masing-masing perangkat daerah; rata-rata dan serapan dihitung Kinerja Terbuka, sumber rinci ada di halaman tiap perangkat daerah.';

/** The agencies of one province with their latest headline (AgencyTable), region by region as on the page. */
export function directoryTable(group: ProvinceGroup): TableData {
  return {
    id: tableId('provinsi', group.slug, 'perangkat-daerah'),
    anchor: `tabel-provinsi-${group.slug}`,
    page: paths.provinsi(group.provinsi),
    title: `Perangkat daerah di ${group.provinsi}: capaian IKU dan serapan tahun terakhir`,
    sources: [],
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
      { key: 'capaian', label: 'Capaian IKU', format: 'percent' },
      { key: 'predikat', label: 'Predikat', format: 'text' },
      { key: 'serapan', label: 'Serapan', format: 'percent' },
    ],
    rows: group.regions.flatMap((region) =>
      region.agencies.map(({ agency, latest }) => ({
        kode_pd: agency.kode_pd,
        nama_pd: agency.nama_pd,
        pemerintah_daerah: agency.pemerintah_daerah,
        kode_wilayah: agency.kode_wilayah,
        nama_wilayah: agency.nama_wilayah,
        provinsi: agency.provinsi,
        urusan: agency.urusan,
        tahun: agency.tahun_terakhir,
        capaian: latest?.iku_capaian_rata ?? null,
        predikat: latest?.iku_capaian_rata == null ? null : bandLabel(latest.iku_band),
        serapan: latest?.serapan ?? null,
      })),
    ),
  };
}

/** The province list of `/` for a large dataset (ProvinceSummary). */
export function provinceSummaryTable(groups: readonly ProvinceGroup[]): TableData {
  return {
    id: 'provinsi',
    anchor: 'tabel-provinsi',
    page: paths.home(),
    title: 'Provinsi: jumlah wilayah dan perangkat daerah',
    sources: [],
    sourceText: 'Daftar perangkat daerah Kinerja Terbuka (perangkat_daerah.csv).',
    columns: [
      { key: 'provinsi', label: 'Provinsi', format: 'text' },
      { key: 'wilayah', label: 'Jumlah wilayah', format: 'number' },
      { key: 'perangkat_daerah', label: 'Jumlah perangkat daerah', format: 'number' },
    ],
    rows: groups.map((group) => ({ provinsi: group.provinsi, wilayah: group.regions.length, perangkat_daerah: group.count })),
  };
}

/** The rank a peer row shows: its place among those with a capaian, or none. */
export const peerRank = (peer: PeerRow, index: number): number | null => (peer.year?.iku_capaian_rata != null ? index + 1 : null);

/** What the Predikat cell of a peer row says. */
export function peerPredikat(peer: PeerRow): string {
  if (peer.year?.iku_capaian_rata == null) return peer.year ? 'tidak terhitung' : 'tidak ada data';
  return bandLabel(peer.year.iku_band);
}

/** Agencies of one urusan in one year, ranked (PeerTable on /urusan/<slug>/<tahun>/). */
export function peerTable(urusan: { slug: string; urusan: string }, tahun: number, peers: readonly PeerRow[]): TableData {
  return {
    id: tableId('urusan', urusan.slug, tahun, 'peringkat'),
    anchor: 'tabel-peringkat',
    page: paths.urusanYear(urusan.urusan, tahun),
    title: `Urusan ${urusan.urusan}, ${tahun}: rata-rata capaian IKU dan serapan anggaran per perangkat daerah`,
    sources: [],
    sourceText: SUMMARY_SOURCE,
    columns: [
      { key: 'peringkat', label: 'Peringkat', format: 'number' },
      { key: 'kode_pd', label: 'Kode perangkat daerah', format: 'text' },
      { key: 'nama_pd', label: 'Perangkat daerah', format: 'text' },
      { key: 'nama_wilayah', label: 'Wilayah', format: 'text' },
      { key: 'provinsi', label: 'Provinsi', format: 'text' },
      { key: 'capaian', label: 'Capaian IKU', format: 'percent' },
      { key: 'predikat', label: 'Predikat', format: 'text' },
      { key: 'serapan', label: 'Serapan', format: 'percent' },
    ],
    rows: peers.map((peer, index) => ({
      peringkat: peerRank(peer, index),
      kode_pd: peer.agency.kode_pd,
      nama_pd: peer.agency.nama_pd,
      nama_wilayah: peer.agency.nama_wilayah,
      provinsi: peer.agency.provinsi,
      capaian: peer.year?.iku_capaian_rata ?? null,
      predikat: peerPredikat(peer),
      serapan: peer.year?.serapan ?? null,
    })),
  };
}

