/**
 * Every chart figure of the site, from an agency's (or the index's) data to a ChartData: id,
 * title, takeaway, sources, the rows behind the chart, and the SVGs. Pages call one function per
 * figure and pass the result to <ChartFigure>.
 */
import { buildBudgetTree } from '../data/budgetTree.ts';
import { formatCount, formatPercent } from '../data/format.ts';
import type { AgencyData, AgencySummary, Indicator } from '../data/output.ts';
import { efficiencyRows, kinerjaRows, programBudget, serapanYears, sourcesFor } from '../lib/agencyView.ts';
import type { PeerRow } from '../lib/directory.ts';
import { bandLabel } from '../lib/labels.ts';
import { budgetAbsorption, budgetAbsorptionCaption, budgetAbsorptionRows, BUDGET_ABSORPTION_COLUMNS, BUDGET_ABSORPTION_LEGEND } from './budgetAbsorption.ts';
import { capaianBars, capaianBarsCaption, capaianBarsRows, capaianTrendCaption, CAPAIAN_BARS_COLUMNS, CAPAIAN_BARS_LEGEND, type CapaianBar } from './capaianBars.ts';
import type { ChartData } from './chartData.ts';
import { chartFigure, chartId } from './chartFigure.ts';
import { efficiencyBars, efficiencyBarsCaption, efficiencyBarsRows, EFFICIENCY_BARS_COLUMNS, EFFICIENCY_BARS_LEGEND } from './efficiencyBars.ts';
import { indicatorTrend, indicatorTrendCaption, indicatorTrendPoints, indicatorTrendLegend, indicatorTrendRows, INDICATOR_TREND_COLUMNS } from './indicatorTrend.ts';
import { peerRanking, peerRankingCaption, peerRankingRows, PEER_RANKING_COLUMNS, PEER_RANKING_LEGEND, PEER_RANKING_MAX, type PeerBar } from './peerRanking.ts';
import { sparkline, type SparkPoint } from './sparkline.ts';
import { renderSvg } from './renderSvg.ts';
import { serapanTrend, serapanTrendCaption, serapanTrendRows, SERAPAN_TREND_COLUMNS, SERAPAN_TREND_LEGEND } from './serapanTrend.ts';

type Agency = Pick<AgencyData, 'agency' | 'sources' | 'indicators' | 'budget' | 'efficiency' | 'ringkasan'>;

/** IKU (and tujuan/sasaran) capaian of one year; null when no indicator has a figure that year. */
export function ikuCapaianFigure(data: Agency, tahun: number): ChartData | null {
  const rows = kinerjaRows(data.indicators, tahun);
  if (rows.length === 0) return null;
  const all: CapaianBar[] = rows.map(({ indicator, year }) => ({ key: indicator.kode_indikator, short: indicator.kode_indikator, label: `${indicator.kode_indikator} ${indicator.indikator}`, capaian: year.capaian, band: year.band }));
  // Only indicators with a capaian are drawn; the caption counts the others, the table above lists them.
  const bars = all.filter((bar) => bar.capaian !== null);
  if (bars.length === 0) return null;
  const iku = rows.filter((row) => row.indicator.iku).length;
  const missing = all.length - bars.length;
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'capaian', tahun),
    title: `Capaian indikator kinerja utama dan sasaran, ${tahun}`,
    caption: capaianBarsCaption(all, iku === rows.length ? 'IKU' : 'indikator'),
    note: missing > 0 ? `${missing} indikator tanpa target atau realisasi tahun ${tahun} tidak digambar (capaiannya tidak dapat dihitung).` : undefined,
    sources: sourcesFor(rows.filter((row) => row.year.capaian !== null).map((row) => row.year), data.sources),
    legend: CAPAIAN_BARS_LEGEND,
    columns: CAPAIAN_BARS_COLUMNS,
    rows: capaianBarsRows(bars),
    plot: (width) => capaianBars(bars, { width }),
  });
}

/** Pagu against realisasi per program of one year; null when the year has no program lines. */
export function programBudgetFigure(data: Agency, tahun: number): ChartData | null {
  const bars = programBudget(data.budget, tahun);
  if (bars.length === 0) return null;
  const lines = data.budget.filter((line) => line.tahun === tahun && line.tingkat === 'program');
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'anggaran-program', tahun),
    title: `Pagu dan realisasi anggaran per program, ${tahun}`,
    caption: budgetAbsorptionCaption(bars),
    sources: sourcesFor(lines, data.sources),
    legend: BUDGET_ABSORPTION_LEGEND,
    columns: BUDGET_ABSORPTION_COLUMNS,
    rows: budgetAbsorptionRows(bars),
    plot: (width) => budgetAbsorption(bars, { width }),
  });
}

/** The agency's serapan over the years; null when no year has budget figures. */
export function serapanTrendFigure(data: Agency): ChartData | null {
  const years = serapanYears(data.ringkasan);
  if (years.length === 0) return null;
  // The lines each year's serapan was read from: the total line, the top jenis belanja, or the programs.
  const used = years.flatMap((year) => {
    const tree = buildBudgetTree(data.budget.filter((line) => line.tahun === year.tahun));
    if (year.basis === 'jenis_belanja') return tree.jenisRoots;
    if (year.basis === 'program') return tree.programRoots;
    return tree.total ? [tree.total] : [];
  });
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'serapan'),
    title: 'Serapan anggaran dari tahun ke tahun',
    caption: serapanTrendCaption(years),
    sources: sourcesFor(used, data.sources),
    legend: SERAPAN_TREND_LEGEND,
    columns: SERAPAN_TREND_COLUMNS,
    rows: serapanTrendRows(years),
    plot: (width) => serapanTrend(years, { width }),
  });
}

/** Efisiensi of one year: per program, and per sasaran (against the total and the sasaran's own line). */
export function efficiencyFigures(data: Agency, tahun: number): ChartData[] {
  const all = efficiencyRows(data, tahun);
  const groups = [
    { key: 'program', title: `Efisiensi per program, ${tahun}`, rows: all.filter((row) => row.basis === 'program') },
    { key: 'sasaran', title: `Efisiensi per sasaran, ${tahun}`, rows: all.filter((row) => row.basis !== 'program') },
  ];
  const byCode = new Map(data.indicators.map((indicator) => [indicator.kode_indikator, indicator]));
  return groups
    .filter((group) => group.rows.length > 0)
    .map((group) =>
      chartFigure({
        id: chartId(data.agency.kode_pd, 'efisiensi', group.key, tahun),
        title: group.title,
        caption: efficiencyBarsCaption(group.rows),
        sources: sourcesFor(
          group.rows.flatMap((row) => byCode.get(row.kode_indikator)?.tahun.filter((year) => year.tahun === tahun) ?? []),
          data.sources,
        ),
        legend: EFFICIENCY_BARS_LEGEND,
        columns: EFFICIENCY_BARS_COLUMNS,
        rows: efficiencyBarsRows(group.rows),
        plot: (width) => efficiencyBars(group.rows, { width }),
      }),
    );
}

/** One indicator over all years: target, realisasi, Renstra; null when it has no figure at all. */
export function indicatorTrendFigure(data: Agency, indicator: Indicator): ChartData | null {
  const points = indicatorTrendPoints(indicator);
  if (points.length === 0) return null;
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'tren', indicator.slug),
    title: `${indicator.indikator}: target dan realisasi`,
    caption: indicatorTrendCaption(indicator),
    sources: sourcesFor(indicator.tahun, data.sources),
    legend: indicatorTrendLegend(points),
    columns: INDICATOR_TREND_COLUMNS(indicator.satuan),
    rows: indicatorTrendRows(indicator),
    plot: (width) => indicatorTrend(points, { width, skala: indicator.skala, satuan: indicator.satuan }),
  });
}

/** Capaian of one indicator per year, with its band; null when no year has a capaian. */
export function indicatorCapaianFigure(data: Agency, indicator: Indicator): ChartData | null {
  const years = indicator.tahun.filter((year) => year.target !== null && year.realisasi !== null);
  // One year is already said by the trend's caption; the bars earn their place from two years on.
  if (years.filter((year) => year.capaian !== null).length < 2) return null;
  const bars = years.map((year) => ({ key: String(year.tahun), tahun: year.tahun, label: String(year.tahun), capaian: year.capaian, band: year.band }));
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'capaian', indicator.slug),
    title: `${indicator.indikator}: capaian per tahun`,
    caption: capaianTrendCaption(bars),
    sources: sourcesFor(years, data.sources),
    legend: CAPAIAN_BARS_LEGEND,
    columns: [{ key: 'label', label: 'Tahun', format: 'text' }, ...CAPAIAN_BARS_COLUMNS.slice(1)],
    rows: capaianBarsRows(bars),
    plot: (width) => capaianBars(bars, { width }),
  });
}

const peerLabel = (agency: AgencySummary) => agency.nama_pd;

/** Agencies of one urusan ranked by mean IKU capaian and by serapan, for one year. */
export function peerFigures(urusanSlug: string, urusan: string, tahun: number, peers: readonly PeerRow[]): ChartData[] {
  const capaian: PeerBar[] = peers
    .filter((peer) => peer.year?.iku_capaian_rata != null)
    .map((peer) => ({ key: peer.agency.kode_pd, label: peerLabel(peer.agency), value: peer.year!.iku_capaian_rata!, text: `${formatPercent(peer.year!.iku_capaian_rata)} · ${bandLabel(peer.year!.iku_band)}` }));
  const serapan: PeerBar[] = peers
    .filter((peer) => peer.year?.serapan != null)
    .map((peer) => ({ key: peer.agency.kode_pd, label: peerLabel(peer.agency), value: peer.year!.serapan!, text: formatPercent(peer.year!.serapan) }))
    .sort((a, b) => b.value - a.value);
  const note = (bars: PeerBar[]) =>
    bars.length > PEER_RANKING_MAX ? `Grafik menampilkan ${PEER_RANKING_MAX / 2} teratas dan ${PEER_RANKING_MAX / 2} terbawah dari ${formatCount(bars.length)}; tabel memuat semuanya.` : undefined;
  const sourceText = 'Laporan kinerja (LAKIP/LKjIP) masing-masing perangkat daerah; sumber rinci ada di halaman tiap perangkat daerah.';
  const figures: ChartData[] = [];
  if (capaian.length > 0) {
    figures.push(
      chartFigure({
        id: chartId('urusan', urusanSlug, 'capaian', tahun),
        title: `Rata-rata capaian IKU urusan ${urusan}, ${tahun}`,
        caption: peerRankingCaption(capaian, 'rata-rata capaian IKU'),
        sources: [],
        sourceText,
        note: note(capaian),
        legend: PEER_RANKING_LEGEND,
        columns: PEER_RANKING_COLUMNS('Rata-rata capaian IKU'),
        rows: peerRankingRows(capaian),
        plot: (width) => peerRanking(capaian, { width }),
      }),
    );
  }
  if (serapan.length > 0) {
    figures.push(
      chartFigure({
        id: chartId('urusan', urusanSlug, 'serapan', tahun),
        title: `Serapan anggaran urusan ${urusan}, ${tahun}`,
        caption: peerRankingCaption(serapan, 'serapan anggaran'),
        sources: [],
        sourceText,
        note: note(serapan),
        legend: PEER_RANKING_LEGEND,
        columns: PEER_RANKING_COLUMNS('Serapan'),
        rows: peerRankingRows(serapan),
        plot: (width) => peerRanking(serapan, { width }),
      }),
    );
  }
  return figures;
}

/** A decorative sparkline SVG for a table row, or null with fewer than two points. */
export function sparklineSvg(id: string, points: readonly SparkPoint[], skala: readonly string[] | null): string | null {
  if (points.length < 2) return null;
  return renderSvg(sparkline(points, { skala }), { id, title: '', decorative: true });
}
