/**
 * Every chart figure of the site, from an agency's (or the index's) data to a ChartFigure: id, titles,
 * takeaway, sources, the rows behind the chart, and the SVGs drawn from them by the chart's pure Plot-options
 * function (src/charts/). Called by the figures step (scripts/build-figures.ts), never by pages.
 */
import type * as Plot from '@observablehq/plot';
import { buildBudgetTree } from '../data/budgetTree.ts';
import { capWithFingerprint } from '../data/fingerprint.ts';
import { formatCount, formatPercent } from '../data/format.ts';
import { FINDING_CLASS, type AgencyData, type AgencySummary, type BudgetLine, type Finding, type Indicator } from '../data/output.ts';
import { bandLabel, FINDING_INFO } from '../lib/labels.ts';
import { paths } from '../lib/paths.ts';
import {
  budgetAbsorption,
  budgetAbsorptionCaption,
  budgetAbsorptionRows,
  BUDGET_ABSORPTION_COLUMNS,
  BUDGET_ABSORPTION_LEGEND,
} from '../charts/budgetAbsorption.ts';
import {
  capaianBars,
  capaianBarsCaption,
  capaianBarsRows,
  capaianTrendCaption,
  CAPAIAN_BARS_COLUMNS,
  CAPAIAN_BARS_LEGEND,
  type CapaianBar,
} from '../charts/capaianBars.ts';
import { efficiencyBars, efficiencyBarsCaption, efficiencyBarsRows, EFFICIENCY_BARS_COLUMNS, EFFICIENCY_BARS_LEGEND } from '../charts/efficiencyBars.ts';
import {
  indicatorTrend,
  indicatorTrendCaption,
  indicatorTrendPoints,
  indicatorTrendLegend,
  indicatorTrendRows,
  INDICATOR_TREND_COLUMNS,
} from '../charts/indicatorTrend.ts';
import {
  peerRanking,
  peerRankingCaption,
  peerRankingRows,
  PEER_RANKING_COLUMNS,
  PEER_RANKING_LEGEND,
  PEER_RANKING_MAX,
  type PeerBar,
} from '../charts/peerRanking.ts';
import { renderSvg } from '../charts/renderSvg.ts';
import { serapanTrend, serapanTrendCaption, serapanTrendRows, SERAPAN_TREND_COLUMNS, SERAPAN_TREND_LEGEND } from '../charts/serapanTrend.ts';
import { sparkline, type SparkPoint } from '../charts/sparkline.ts';
import { NARROW, WIDE } from '../charts/theme.ts';
import { efficiencyRows, kinerjaRows, programBudget, serapanYears, sourcesFor } from './agencyView.ts';
import type { PeerRow } from './directory.ts';
import type { ChartFigure, Column, LegendItem, Row, SourceRef } from './figure.ts';
import { headline, labelInSentence } from './headline.ts';

/** An agency's data as the charts need it; `tahun_terakhir`, the year its overview shows, is where that year's charts live. */
type Agency = Pick<AgencyData, 'agency' | 'sources' | 'indicators' | 'budget' | 'efficiency' | 'ringkasan'> & {
  findings?: readonly Finding[];
  tahun_terakhir?: number | null;
};

/**
 * The caveat of a chart whose points carry a finding that figures disagree (recorded or computed) on a budget line
 * it draws: "Angka 2022 membawa temuan: …". Mojokerto's 2022 budget comes from a table titled 2023; Polewali Mandar's
 * 2022 total leaves out Belanja Bantuan Sosial.
 */
export function budgetCaveat(findings: readonly Finding[] | undefined, lines: readonly BudgetLine[]): string | undefined {
  if (!findings || lines.length === 0) return undefined;
  const ids = new Set(lines.map((line) => line.id));
  const byYear = new Map<number, string[]>();
  for (const finding of findings) {
    if (finding.anggaran_id === null || !ids.has(finding.anggaran_id) || FINDING_CLASS[finding.jenis] !== 'tidak-cocok' || finding.tahun === null) continue;
    const what = finding.laporan
      ? finding.laporan.uraian
          .replace(/\s*\([^)]*\)/g, '')
          .split(/[;:]/)[0]!
          .trim()
      : FINDING_INFO[finding.jenis].title.toLowerCase();
    const list = byYear.get(finding.tahun) ?? [];
    if (!list.includes(what)) list.push(what);
    byYear.set(finding.tahun, list);
  }
  if (byYear.size === 0) return undefined;
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([tahun, list]) => `Angka ${tahun} membawa temuan: ${list.join('; ')}.`)
    .join(' ');
}

/** Longest chart id: ids name embed pages, download files and anchors, so they stay well under file-name limits. */
export const CHART_ID_MAX = 80;

/**
 * Chart ids are built from kode, chart name and a key; keys from data are reduced to a-z0-9-. An id
 * longer than CHART_ID_MAX keeps its start and ends with a fingerprint of the whole, so it stays unique.
 */
export function chartId(...parts: (string | number)[]): string {
  const id = parts
    .map((part) =>
      String(part)
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('-');
  return capWithFingerprint(id, CHART_ID_MAX);
}

interface ChartParts {
  id: string;
  page: string;
  title: string;
  heading: string;
  caption: string;
  note?: string | undefined;
  sources: SourceRef[];
  sourceText?: string;
  legend: LegendItem[];
  columns: Column[];
  rows: Row[];
  /** The chart as a pure function of its width; drawn twice, wide for screens and narrow for phones. */
  plot: (width: number) => Plot.PlotOptions;
}

export function chartFigure({ plot, ...parts }: ChartParts): ChartFigure {
  const meta = (suffix: string) => ({ id: `${parts.id}-${suffix}`, title: parts.title, description: parts.caption });
  return {
    kind: 'chart',
    id: parts.id,
    page: parts.page,
    title: parts.title,
    heading: parts.heading,
    caption: parts.caption,
    note: parts.note ?? null,
    sources: parts.sources,
    sourceText: parts.sourceText ?? null,
    legend: parts.legend,
    columns: parts.columns,
    rows: parts.rows,
    svg: { wide: renderSvg(plot(WIDE), meta('lebar')), narrow: renderSvg(plot(NARROW), meta('sempit')) },
  };
}

const span = (years: readonly number[]) => {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
};

/** IKU (and tujuan/sasaran) capaian of one year; null when no indicator has a figure that year. */
export function ikuCapaianFigure(data: Agency, tahun: number): ChartFigure | null {
  const rows = kinerjaRows(data.indicators, tahun);
  if (rows.length === 0) return null;
  const all: CapaianBar[] = rows.map(({ indicator, year }) => ({
    key: indicator.kode_indikator,
    short: indicator.kode_indikator,
    label: `${indicator.kode_indikator} ${indicator.indikator}`,
    capaian: year.capaian,
    band: year.band,
    tercapai: year.tercapai,
  }));
  // Only indicators with a capaian are drawn; the caption counts the others, the table above lists them.
  const bars = all.filter((bar) => bar.capaian !== null);
  if (bars.length === 0) return null;
  const iku = rows.filter((row) => row.indicator.iku).length;
  const missing = all.length - bars.length;
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'capaian', tahun),
    page: paths.agencyYear(data.agency.kode_pd, tahun, data.tahun_terakhir),
    title: `Capaian indikator kinerja ${data.agency.nama_pd}, ${tahun}`,
    heading: `Capaian indikator kinerja utama dan sasaran, ${tahun}`,
    caption: capaianBarsCaption(all, iku === rows.length ? 'IKU' : 'indikator', headline(data.ringkasan.find((year) => year.tahun === tahun))),
    note: missing > 0 ? `${missing} indikator tanpa target atau realisasi tahun ${tahun} tidak digambar (capaiannya tidak dapat dihitung).` : undefined,
    sources: sourcesFor(
      rows.filter((row) => row.year.capaian !== null).map((row) => row.year),
      data.sources,
    ),
    legend: CAPAIAN_BARS_LEGEND,
    columns: CAPAIAN_BARS_COLUMNS,
    rows: capaianBarsRows(bars),
    plot: (width) => capaianBars(bars, { width }),
  });
}

/** Pagu against realisasi per program of one year; null when the year has no program lines. */
export function programBudgetFigure(data: Agency, tahun: number): ChartFigure | null {
  const bars = programBudget(data.budget, tahun);
  if (bars.length === 0) return null;
  const lines = data.budget.filter((line) => line.tahun === tahun && line.tingkat === 'program');
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'anggaran-program', tahun),
    page: paths.budget(data.agency.kode_pd, tahun),
    title: `Pagu dan realisasi anggaran per program ${data.agency.nama_pd}, ${tahun}`,
    heading: `Pagu dan realisasi anggaran per program, ${tahun}`,
    caption: budgetAbsorptionCaption(bars),
    sources: sourcesFor(lines, data.sources),
    legend: BUDGET_ABSORPTION_LEGEND,
    columns: BUDGET_ABSORPTION_COLUMNS,
    rows: budgetAbsorptionRows(bars),
    plot: (width) => budgetAbsorption(bars, { width }),
    note: budgetCaveat(data.findings, lines),
  });
}

/** The agency's serapan over the years; null when no year has budget figures. */
export function serapanTrendFigure(data: Agency): ChartFigure | null {
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
    page: paths.agency(data.agency.kode_pd),
    title: `Serapan anggaran ${data.agency.nama_pd}, ${span(years.map((year) => year.tahun))}`,
    heading: 'Serapan anggaran dari tahun ke tahun',
    caption: serapanTrendCaption(years),
    sources: sourcesFor(used, data.sources),
    legend: SERAPAN_TREND_LEGEND,
    columns: SERAPAN_TREND_COLUMNS,
    rows: serapanTrendRows(years),
    plot: (width) => serapanTrend(years, { width }),
    note: budgetCaveat(data.findings, used),
  });
}

/** Efisiensi of one year: per program, and per sasaran (against the total and the sasaran's own line). */
export function efficiencyFigures(data: Agency, tahun: number): ChartFigure[] {
  const all = efficiencyRows(data, tahun);
  const groups = [
    { key: 'program', heading: `Efisiensi per program, ${tahun}`, rows: all.filter((row) => row.basis === 'program') },
    { key: 'sasaran', heading: `Efisiensi per sasaran, ${tahun}`, rows: all.filter((row) => row.basis !== 'program') },
  ];
  const byCode = new Map(data.indicators.map((indicator) => [indicator.kode_indikator, indicator]));
  return groups
    .filter((group) => group.rows.length > 0)
    .map((group) =>
      chartFigure({
        id: chartId(data.agency.kode_pd, 'efisiensi', group.key, tahun),
        page: paths.agencyYear(data.agency.kode_pd, tahun, data.tahun_terakhir),
        title: `${group.heading.replace(`, ${tahun}`, '')} ${data.agency.nama_pd}, ${tahun}`,
        heading: group.heading,
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

/**
 * One indicator over all years: target, realisasi, Renstra; null when its figures span fewer than two years. One
 * year is a pair of numbers, which the indicator page says first in words; a chart of it would show no trend.
 */
export function indicatorTrendFigure(data: Agency, indicator: Indicator): ChartFigure | null {
  const points = indicatorTrendPoints(indicator);
  if (new Set(points.map((point) => point.tahun)).size < 2) return null;
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'tren', indicator.slug),
    page: paths.indicator(data.agency.kode_pd, indicator.slug),
    title: `${indicator.indikator}: target dan realisasi, ${data.agency.nama_pd}, ${span(points.map((point) => point.tahun))}`,
    heading: 'Target dan realisasi per tahun',
    caption: indicatorTrendCaption(indicator),
    sources: sourcesFor(indicator.tahun, data.sources),
    legend: indicatorTrendLegend(points),
    columns: INDICATOR_TREND_COLUMNS(indicator.satuan),
    rows: indicatorTrendRows(indicator),
    plot: (width) => indicatorTrend(points, { width, skala: indicator.skala, satuan: indicator.satuan }),
  });
}

/** Capaian of one indicator per year, with its band; null when fewer than two years have a capaian. */
export function indicatorCapaianFigure(data: Agency, indicator: Indicator): ChartFigure | null {
  const years = indicator.tahun.filter((year) => year.target !== null && year.realisasi !== null);
  // One year is already said by the trend's caption; the bars earn their place from two years on.
  if (years.filter((year) => year.capaian !== null).length < 2) return null;
  const bars = years.map((year) => ({
    key: String(year.tahun),
    tahun: year.tahun,
    label: String(year.tahun),
    capaian: year.capaian,
    band: year.band,
    tercapai: year.tercapai,
  }));
  return chartFigure({
    id: chartId(data.agency.kode_pd, 'capaian', indicator.slug),
    page: paths.indicator(data.agency.kode_pd, indicator.slug),
    title: `${indicator.indikator}: ${indicator.masukan ? 'serapan dana' : 'capaian'} per tahun, ${data.agency.nama_pd}, ${span(years.map((year) => year.tahun))}`,
    heading: indicator.masukan ? 'Serapan dana per tahun (indikator masukan)' : 'Capaian per tahun',
    caption: capaianTrendCaption(bars),
    sources: sourcesFor(years, data.sources),
    legend: CAPAIAN_BARS_LEGEND,
    columns: [{ key: 'label', label: 'Tahun', format: 'text' }, ...CAPAIAN_BARS_COLUMNS.slice(1)],
    rows: capaianBarsRows(bars),
    plot: (width) => capaianBars(bars, { width }),
  });
}

/**
 * Agencies of one urusan are all "Dinas Sosial Kabupaten …": the region tells them apart, and stays readable when a
 * phone cuts a long name. Where two agencies share a region, their own names.
 */
const peerLabels = (peers: readonly PeerRow[]): Map<string, string> => {
  const perRegion = new Map<string, number>();
  for (const peer of peers) perRegion.set(peer.agency.nama_wilayah, (perRegion.get(peer.agency.nama_wilayah) ?? 0) + 1);
  return new Map(peers.map((peer) => [peer.agency.kode_pd, perRegion.get(peer.agency.nama_wilayah)! > 1 ? peer.agency.nama_pd : peer.agency.nama_wilayah]));
};

/** Agencies of one urusan ranked by their headline figure and by serapan, for one year. */
export function peerFigures(urusanSlug: string, urusan: string, tahun: number, peers: readonly PeerRow[]): ChartFigure[] {
  const page = paths.urusanYear(urusan, tahun);
  const labels = peerLabels(peers);
  const peerLabel = (agency: AgencySummary) => labels.get(agency.kode_pd)!;
  const capaian: PeerBar[] = peers.flatMap((peer) => {
    const head = headline(peer.year);
    return head.value === null
      ? []
      : [{ key: peer.agency.kode_pd, label: peerLabel(peer.agency), value: head.value, text: `${formatPercent(head.value)} · ${bandLabel(head.band)}` }];
  });
  const serapan: PeerBar[] = peers
    .filter((peer) => peer.year?.serapan != null)
    .map((peer) => ({ key: peer.agency.kode_pd, label: peerLabel(peer.agency), value: peer.year!.serapan!, text: formatPercent(peer.year!.serapan) }))
    .sort((a, b) => b.value - a.value);
  const note = (bars: PeerBar[]) =>
    bars.length > PEER_RANKING_MAX
      ? `Grafik menampilkan ${PEER_RANKING_MAX / 2} teratas dan ${PEER_RANKING_MAX / 2} terbawah dari ${formatCount(bars.length)}; tabel memuat semuanya.`
      : undefined;
  const sourceText = 'Laporan kinerja (LAKIP/LKjIP) masing-masing perangkat daerah; sumber rinci ada di halaman tiap perangkat daerah.';
  const measure = headline(undefined).label;
  const figures: ChartFigure[] = [];
  if (capaian.length > 0) {
    figures.push(
      chartFigure({
        id: chartId('urusan', urusanSlug, 'capaian', tahun),
        page,
        title: `${measure} urusan ${urusan}, ${tahun}: perangkat daerah diurutkan`,
        heading: `${measure}, ${tahun}`,
        caption: peerRankingCaption(capaian, labelInSentence(measure)),
        sources: [],
        sourceText,
        note: note(capaian),
        legend: PEER_RANKING_LEGEND,
        columns: PEER_RANKING_COLUMNS(measure),
        rows: peerRankingRows(capaian),
        plot: (width) => peerRanking(capaian, { width }),
      }),
    );
  }
  if (serapan.length > 0) {
    figures.push(
      chartFigure({
        id: chartId('urusan', urusanSlug, 'serapan', tahun),
        page,
        title: `Serapan anggaran urusan ${urusan}, ${tahun}: perangkat daerah diurutkan`,
        heading: `Serapan anggaran, ${tahun}`,
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
