/**
 * One agency's JSON (and its line of the index) → every page the agency has, with every figure on them:
 * the year pages, the indicator pages and the budget pages. Pure apart from reading the dataset's file
 * listing (which files hold the agency's rows).
 */
import { formatPercent } from '../data/format.ts';
import type { AgencyData, AgencySummary, Indicator } from '../data/output.ts';
import { arahText, formatNilai, jenisIndikatorText, predikatLabel, statusTarget } from '../lib/labels.ts';
import { agencyFiles } from '../lib/dataFiles.ts';
import { budgetSections, findingCounts, findingsForYear, indicatorTree, kinerjaRows, summaryOf, type TreeNode as ViewNode } from './agencyView.ts';
import {
  chartId,
  efficiencyFigures,
  ikuCapaianFigure,
  indicatorCapaianFigure,
  indicatorTrendFigure,
  programBudgetFigure,
  serapanTrendFigure,
  sparklineSvg,
} from './charts.ts';
import type { ChartFigure, Figure } from './figure.ts';
import type { AgencyPages, BudgetPage, IndicatorPage, TreeNode, YearPage } from './pages.ts';
import { PAGES_VERSION } from './pages.ts';
import { agencyCard, agencyCitation, indicatorCitation } from './share.ts';
import { budgetTable, findingsTable, indicatorEfficiencyTable, indicatorRowsTable, kinerjaTable } from './tables.ts';

const plainTree = (nodes: readonly ViewNode[]): TreeNode[] =>
  nodes.map(({ indicator, children }) => ({
    kode: indicator.kode_indikator,
    slug: indicator.slug,
    tingkat: indicator.tingkat,
    indikator: indicator.indikator,
    iku: indicator.iku,
    children: plainTree(children),
  }));

/** What the indicator tree says of each indicator in one year. */
function treeStatus(indicators: readonly Indicator[], tahun: number): Record<string, string> {
  const status: Record<string, string> = {};
  for (const indicator of indicators) {
    const year = indicator.tahun.find((row) => row.tahun === tahun);
    if (year?.capaian != null)
      status[indicator.kode_indikator] =
        `capaian ${formatPercent(year.capaian)} (${[predikatLabel(year.band, indicator.masukan), statusTarget(year.tercapai) ? `target ${statusTarget(year.tercapai)}` : null].filter(Boolean).join(', ')})`;
    else if (year?.realisasi != null) status[indicator.kode_indikator] = 'realisasi tanpa capaian';
    else if (year?.target != null) status[indicator.kode_indikator] = 'target tanpa realisasi';
  }
  return status;
}

function yearPage(data: AgencyData & { tahun_terakhir: number | null }, tahun: number | null): YearPage {
  const kode = data.agency.kode_pd;
  const year = tahun ?? 0;
  const rows = tahun === null ? [] : kinerjaRows(data.indicators, tahun);
  const sparks = rows.map((row) => sparklineSvg(chartId(kode, 'spark', row.indicator.slug, year), row.history, row.indicator.skala));
  const findings = tahun === null ? data.findings : findingsForYear(data.findings, tahun);
  return {
    tahun,
    summary: (tahun === null ? undefined : summaryOf(data, tahun)) ?? null,
    status: tahun === null ? {} : treeStatus(data.indicators, tahun),
    kinerja: rows.length > 0 ? kinerjaTable(data, year, rows, sparks) : null,
    capaian: tahun === null ? null : ikuCapaianFigure(data, tahun),
    program: tahun === null ? null : programBudgetFigure(data, tahun),
    efficiency: tahun === null ? [] : efficiencyFigures(data, tahun),
    findings: findingsTable(data, { tahun }, findings),
    findingCounts: findingCounts(findings),
    hasBudget: tahun !== null && data.budget.some((line) => line.tahun === tahun),
    citation: agencyCitation(data, tahun),
  };
}

function indicatorPage(data: AgencyData, indicator: Indicator): IndicatorPage {
  const byCode = new Map(data.indicators.map((item) => [item.kode_indikator, item]));
  const parent = indicator.induk ? byCode.get(indicator.induk) : undefined;
  const link = (item: Indicator) => ({ slug: item.slug, label: `${item.kode_indikator} ${item.indikator}` });
  const fmt = (value: number | string | null) => formatNilai(value, indicator.satuan);
  const latest = [...indicator.tahun].reverse().find((year) => year.target !== null || year.realisasi !== null);
  return {
    slug: indicator.slug,
    kode_indikator: indicator.kode_indikator,
    indikator: indicator.indikator,
    tingkat: indicator.tingkat,
    iku: indicator.iku,
    masukan: indicator.masukan,
    jenis: jenisIndikatorText(indicator),
    sasaran: indicator.sasaran,
    program: indicator.program,
    satuan: indicator.satuan,
    arah: arahText(indicator),
    formula: indicator.formula,
    sumber_data: indicator.sumber_data,
    renstraAkhir: indicator.target_renstra_akhir ? `${fmt(indicator.target_renstra_akhir.nilai)} pada ${indicator.target_renstra_akhir.tahun}` : null,
    extra: indicator.extra,
    parent: parent ? link(parent) : null,
    children: data.indicators.filter((item) => item.induk === indicator.kode_indikator).map(link),
    latest: latest
      ? {
          tahun: latest.tahun,
          target: fmt(latest.target),
          realisasi: fmt(latest.realisasi),
          capaian: latest.capaian,
          band: latest.band,
          predikat:
            latest.capaian === null
              ? latest.realisasi === null
                ? 'realisasi belum dilaporkan'
                : 'capaian tidak dapat dihitung'
              : predikatLabel(latest.band, indicator.masukan),
          status: statusTarget(latest.tercapai),
        }
      : null,
    trend: indicatorTrendFigure(data, indicator),
    capaian: indicatorCapaianFigure(data, indicator),
    rows: indicatorRowsTable(data, indicator),
    efficiency: indicatorEfficiencyTable(data, indicator),
    findings: findingsTable(
      data,
      { indicator },
      data.findings.filter((finding) => finding.kode_indikator === indicator.kode_indikator),
    ),
    citation: indicatorCitation(data, indicator),
  };
}

function budgetPage(data: AgencyData, tahun: number, chart: ChartFigure | null): BudgetPage {
  const sections = budgetSections(data.budget, data.findings, tahun);
  const all = [...(sections.total ? [sections.total] : []), ...sections.programs, ...sections.jenis, ...sections.sasaran];
  return {
    tahun,
    summary: summaryOf(data, tahun) ?? null,
    flagged: all.filter((row) => row.findings.length > 0).length,
    chart,
    total: sections.total ? budgetTable(data, tahun, 'total', `Total anggaran ${tahun}`, [sections.total]) : null,
    program: sections.programs.length > 0 ? budgetTable(data, tahun, 'program', `Program, kegiatan dan subkegiatan ${tahun}`, sections.programs) : null,
    jenis: sections.jenis.length > 0 ? budgetTable(data, tahun, 'jenis-belanja', `Jenis belanja ${tahun}`, sections.jenis) : null,
    sasaran: sections.sasaran.length > 0 ? budgetTable(data, tahun, 'sasaran', `Anggaran per sasaran ${tahun}`, sections.sasaran) : null,
  };
}

export function agencyPages(data: AgencyData, summary: AgencySummary, inputHash: string): AgencyPages {
  const budgetYears = summary.tahun_anggaran;
  const latest = summary.tahun_terakhir;
  const card = agencyCard(data, latest ?? data.tahun.at(-1) ?? null);
  // The latest year's figures live on the overview (/pd/<kode>/), which shows that year.
  const viewed = { ...data, tahun_terakhir: latest };
  const yearPages = data.tahun.length > 0 ? data.tahun.map((tahun) => yearPage(viewed, tahun)) : [yearPage(viewed, null)];
  // The budget page shows the year page's program chart: drawn once.
  const programChart = (tahun: number) => yearPages.find((page) => page.tahun === tahun)?.program ?? programBudgetFigure(viewed, tahun);
  return {
    version: PAGES_VERSION,
    inputHash,
    agency: data.agency,
    sources: data.sources,
    files: agencyFiles([
      ...data.indicators.map((i) => i.origin.file),
      ...data.budget.map((line) => line.origin.file),
      ...data.indicators.flatMap((i) => i.tahun.map((y) => y.origin.file)),
    ]),
    years: data.tahun,
    latest,
    budgetYears,
    tree: plainTree(indicatorTree(data.indicators)),
    serapan: serapanTrendFigure(data),
    yearPages,
    indicatorPages: data.indicators.map((indicator) => indicatorPage(data, indicator)),
    budgetPages: budgetYears.map((tahun) => budgetPage(data, tahun, programChart(tahun))),
    citation: agencyCitation(data),
    cardAlt: `${card.title}${card.figure ? `: ${card.figure}${card.figureLabel ? ` ${card.figureLabel}` : ''}` : ''}`,
  };
}

/** Every chart of an agency's pages, each once (the serapan chart is on every year page). */
export function agencyCharts(pages: AgencyPages) {
  return [
    ...(pages.serapan ? [pages.serapan] : []),
    ...pages.yearPages.flatMap((page) => [page.capaian, page.program, ...page.efficiency]),
    ...pages.indicatorPages.flatMap((page) => [page.trend, page.capaian]),
  ].filter((chart) => chart !== null);
}

/** Every figure (chart or table) of an agency's pages, each once: what its figures file (`/pd/<kode>/gambar.json`) holds. */
export function agencyFigures(pages: AgencyPages): Figure[] {
  const all: (Figure | null)[] = [
    pages.serapan,
    ...pages.yearPages.flatMap((page) => [page.kinerja, page.capaian, page.program, ...page.efficiency, page.findings]),
    ...pages.indicatorPages.flatMap((page) => [page.trend, page.capaian, page.rows, page.efficiency, page.findings]),
    ...pages.budgetPages.flatMap((page) => [page.total, page.chart, page.program, page.jenis, page.sasaran]),
  ];
  const seen = new Set<string>();
  return all.filter((figure): figure is Figure => {
    if (figure === null || seen.has(`${figure.page}#${figure.id}`)) return false;
    seen.add(`${figure.page}#${figure.id}`);
    return true;
  });
}
