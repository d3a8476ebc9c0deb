/**
 * The urusan index page's view across years (/urusan/<slug>/): per agency, the share of its judged IKU that met
 * their target and its serapan, year by year. Two charts (src/charts/peerTrend.ts), each ranked by the latest
 * year's figure and cut to its top and bottom at national size, and one table of every agency and every year,
 * each row linked to the agency. Pure.
 */
import { formatCount, formatPercent } from '../data/format.ts';
import type { AgencySummary } from '../data/output.ts';
import { ikuMetShare } from '../downloads/snippets.ts';
import { paths } from '../lib/paths.ts';
import {
  peerTrend,
  peerTrendCaption,
  peerTrendRows,
  rankPeerTrend,
  PEER_TREND_COLUMNS,
  PEER_TREND_LEGEND,
  PEER_TREND_MAX,
  type PeerTrendRow,
} from '../charts/peerTrend.ts';
import { chartFigure, chartId } from './charts.ts';
import type { UrusanGroup } from './directory.ts';
import type { ChartFigure, Column, Row, TableFigure, ViewColumn } from './figure.ts';
import { tableFigure } from './tables.ts';

const SOURCE_TEXT =
  'Laporan kinerja (LAKIP/LKjIP) masing-masing perangkat daerah; dihitung Kinerja Terbuka, sumber rinci ada di halaman tiap perangkat daerah.';

const collator = new Intl.Collator('id');

/**
 * An agency's points of one measure: the years in which it has the figure, oldest first. Within one urusan the
 * agencies differ by their region, so the chart names the region (`Kabupaten Mojokerto`), short enough for a phone;
 * the agency's name when its region has two agencies of the urusan. The table names the agency in full.
 */
function series(agency: AgencySummary, value: (year: AgencySummary['ringkasan'][number]) => number | null, label: string): PeerTrendRow {
  const points = agency.ringkasan
    .map((year) => ({ tahun: year.tahun, value: value(year) }))
    .filter((point): point is { tahun: number; value: number } => point.value !== null)
    .sort((a, b) => a.tahun - b.tahun);
  return { key: agency.kode_pd, label, points };
}

function chartLabels(agencies: readonly AgencySummary[]): Map<string, string> {
  const perRegion = new Map<string, number>();
  for (const agency of agencies) perRegion.set(agency.kode_wilayah, (perRegion.get(agency.kode_wilayah) ?? 0) + 1);
  return new Map(agencies.map((agency) => [agency.kode_pd, perRegion.get(agency.kode_wilayah) === 1 ? agency.nama_wilayah : agency.nama_pd]));
}

export interface UrusanTrend {
  charts: ChartFigure[];
  table: TableFigure | null;
}

export function urusanTrend(group: Pick<UrusanGroup, 'slug' | 'urusan' | 'agencies' | 'years'>): UrusanTrend {
  const page = paths.urusan(group.urusan);
  const labels = chartLabels(group.agencies);
  const of = (value: (year: AgencySummary['ringkasan'][number]) => number | null) =>
    rankPeerTrend(group.agencies.map((agency) => series(agency, value, labels.get(agency.kode_pd)!)));
  const span = group.years.length === 0 ? '' : group.years.length === 1 ? String(group.years[0]) : `${group.years[0]}–${group.years.at(-1)}`;
  const measures = [
    {
      key: 'iku-tercapai',
      heading: 'IKU yang mencapai target, dari tahun ke tahun',
      title: `IKU yang mencapai target, urusan ${group.urusan}, ${span}: perangkat daerah diurutkan menurut tahun terakhir`,
      measure: 'persentase IKU yang mencapai target',
      column: 'IKU mencapai target (% dari IKU yang dinilai)',
      rows: of(ikuMetShare),
    },
    {
      key: 'serapan',
      heading: 'Serapan anggaran, dari tahun ke tahun',
      title: `Serapan anggaran urusan ${group.urusan}, ${span}: perangkat daerah diurutkan menurut tahun terakhir`,
      measure: 'serapan anggaran',
      column: 'Serapan',
      rows: of((year) => year.serapan),
    },
  ];
  const charts = measures
    .filter((item) => item.rows.length > 0)
    .map((item) =>
      chartFigure({
        id: chartId('urusan', group.slug, item.key, 'tren'),
        page,
        title: item.title,
        heading: item.heading,
        caption: peerTrendCaption(item.rows, item.measure),
        note:
          [
            item.rows.length > PEER_TREND_MAX
              ? `Grafik dan datanya menampilkan ${PEER_TREND_MAX / 2} teratas dan ${PEER_TREND_MAX / 2} terbawah dari ${formatCount(item.rows.length)} menurut tahun terakhir masing-masing; tabel di bawah dan ringkasan.csv memuat semuanya, setiap tahun.`
              : null,
            item.rows.length < group.agencies.length
              ? `${formatCount(group.agencies.length - item.rows.length)} perangkat daerah tanpa ${item.measure} pada tahun mana pun tidak digambar.`
              : null,
          ]
            .filter((text) => text !== null)
            .join(' ') || undefined,
        sources: [],
        sourceText: SOURCE_TEXT,
        legend: PEER_TREND_LEGEND,
        columns: PEER_TREND_COLUMNS(item.column),
        rows: peerTrendRows(item.rows),
        plot: (width) => peerTrend(item.rows, { width }),
      }),
    );
  return { charts, table: urusanTrendTable(group) };
}

/**
 * Every agency of the urusan, ranked by its latest IKU-met share (agencies without one after, by name), with its
 * share and serapan of every year: `iku_<tahun>` with the count under it, `serapan_<tahun>`. Null without years.
 */
export function urusanTrendTable(group: Pick<UrusanGroup, 'urusan' | 'agencies' | 'years'>): TableFigure | null {
  if (group.years.length === 0 || group.agencies.length === 0) return null;
  const ranked = rankPeerTrend(group.agencies.map((agency) => series(agency, ikuMetShare, agency.nama_pd)));
  const rank = new Map(ranked.map((row, index) => [row.key, index + 1]));
  const agencies = [...group.agencies].sort(
    (a, b) => (rank.get(a.kode_pd) ?? Infinity) - (rank.get(b.kode_pd) ?? Infinity) || collator.compare(a.nama_pd, b.nama_pd),
  );
  const years = group.years;
  const columns: Column[] = [
    { key: 'peringkat', label: 'Peringkat IKU tahun terakhir', format: 'number' },
    { key: 'kode_pd', label: 'Kode perangkat daerah', format: 'text' },
    { key: 'nama_pd', label: 'Perangkat daerah', format: 'text' },
    { key: 'nama_wilayah', label: 'Wilayah', format: 'text' },
    { key: 'provinsi', label: 'Provinsi', format: 'text' },
    ...years.flatMap((tahun): Column[] => [
      { key: `iku_${tahun}`, label: `IKU mencapai target ${tahun} (%)`, format: 'percent' },
      { key: `iku_jumlah_${tahun}`, label: `IKU mencapai target ${tahun} (jumlah)`, format: 'text' },
      { key: `serapan_${tahun}`, label: `Serapan ${tahun}`, format: 'percent' },
      { key: `serapan_teks_${tahun}`, label: `Serapan ${tahun} (teks)`, format: 'text' },
    ]),
  ];
  const rows: Row[] = agencies.map((agency) => {
    const row: Row = {
      peringkat: rank.get(agency.kode_pd) ?? null,
      kode_pd: agency.kode_pd,
      nama_pd: agency.nama_pd,
      nama_wilayah: agency.nama_wilayah,
      provinsi: agency.provinsi,
    };
    for (const tahun of years) {
      const year = agency.ringkasan.find((item) => item.tahun === tahun);
      row[`iku_${tahun}`] = ikuMetShare(year);
      row[`iku_jumlah_${tahun}`] = year && year.iku_dinilai > 0 ? `${year.iku_tercapai} dari ${year.iku_dinilai} IKU` : null;
      row[`serapan_${tahun}`] = year?.serapan ?? null;
      row[`serapan_teks_${tahun}`] = year?.serapan == null ? null : `serapan ${formatPercent(year.serapan)}`;
    }
    return row;
  });
  // One column per year: the share of IKU met, under it the count and the serapan (the download has them apart).
  const view: ViewColumn[] = [
    { key: 'peringkat', label: 'Peringkat' },
    { key: 'nama_pd', header: true, wide: true, link: 'nama_pd', sub: ['nama_wilayah', 'provinsi'] },
    ...years.map((tahun): ViewColumn => ({ key: `iku_${tahun}`, label: String(tahun), sub: [`iku_jumlah_${tahun}`, `serapan_teks_${tahun}`] })),
  ];
  return tableFigure({
    id: 'tabel-tren',
    page: paths.urusan(group.urusan),
    title: `Urusan ${group.urusan}: IKU yang mencapai target dan serapan anggaran per perangkat daerah dan tahun`,
    heading: `Semua perangkat daerah urusan ${group.urusan}, setiap tahun`,
    caption: `${formatCount(agencies.length)} perangkat daerah, diurutkan menurut persentase IKU yang mencapai target pada tahun terakhirnya. Setiap tahun: persentase IKU yang mencapai target dari IKU yang dapat dinilai, di bawahnya jumlahnya dan serapan anggaran; kosong bila tidak dilaporkan.`,
    sourceText: SOURCE_TEXT,
    columns,
    rows,
    view,
    decor: agencies.map((agency) => ({ links: { nama_pd: paths.agency(agency.kode_pd) } })),
  });
}
