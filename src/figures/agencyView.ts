/**
 * What an agency's pages show, derived from its JSON (used by the figures step, never by pages): the headline year, the indicator table and
 * tree, the budget hierarchy as rows, findings by kind, sources per figure. Pure: no Astro, no I/O.
 */
import { summarize } from '../data/assemble.ts';
import { buildBudgetTree, budgetLabel } from '../data/budgetTree.ts';
import { groupBy } from '../data/groupBy.ts';
import {
  FINDING_CLASS,
  FINDING_KINDS,
  type AgencyData,
  type BudgetLine,
  type Finding,
  type FindingKind,
  type Indicator,
  type IndicatorYear,
  type Source,
  type YearSummary,
} from '../data/output.ts';
import { TINGKAT_INDIKATOR } from '../data/schema.ts';
import { PERCENT_TOLERANCE } from '../data/findings.ts';
import type { SourceRef } from './figure.ts';

/** The year an agency page opens on: the latest with a realisation or budget figure. */
export function latestYear(data: AgencyData): number | null {
  return summarize(data).tahun_terakhir;
}

export function summaryOf(data: Pick<AgencyData, 'ringkasan'>, tahun: number): YearSummary | undefined {
  return data.ringkasan.find((year) => year.tahun === tahun);
}

export function yearOf(indicator: Indicator, tahun: number): IndicatorYear | undefined {
  return indicator.tahun.find((year) => year.tahun === tahun);
}

const hasFigures = (year: IndicatorYear | undefined): year is IndicatorYear =>
  year !== undefined && (year.target !== null || year.realisasi !== null || year.capaian_dilaporkan !== null);

export interface KinerjaRow {
  indicator: Indicator;
  year: IndicatorYear;
  /** Realisasi of this and earlier years, for the sparkline. */
  history: { tahun: number; nilai: number | string }[];
  /** The printed capaian differs from the computed one by more than the findings' tolerance. */
  printedDiffers: boolean;
}

/** The IKU/sasaran table of a year: IKU and tujuan/sasaran indicators with a figure that year, IKU first. */
export function kinerjaRows(indicators: readonly Indicator[], tahun: number): KinerjaRow[] {
  const rows: KinerjaRow[] = [];
  for (const indicator of indicators) {
    if (!indicator.iku && indicator.tingkat !== 'tujuan' && indicator.tingkat !== 'sasaran') continue;
    const year = yearOf(indicator, tahun);
    if (!hasFigures(year)) continue;
    const history = indicator.tahun.filter((row) => row.tahun <= tahun && row.realisasi !== null).map((row) => ({ tahun: row.tahun, nilai: row.realisasi! }));
    const printedDiffers = year.selisih_capaian_dilaporkan !== null && Math.abs(year.selisih_capaian_dilaporkan) > PERCENT_TOLERANCE;
    rows.push({ indicator, year, history, printedDiffers });
  }
  return rows.sort((a, b) => Number(b.indicator.iku) - Number(a.indicator.iku));
}

export interface TreeNode {
  indicator: Indicator;
  children: TreeNode[];
}

const rank = (indicator: Indicator) => TINGKAT_INDIKATOR.indexOf(indicator.tingkat);

/**
 * Tujuan → sasaran → program → kegiatan → subkegiatan by each indicator's `induk`. An indicator
 * whose induk is missing (or would close a loop) is a root; roots are ordered by level, then file order.
 */
export function indicatorTree(indicators: readonly Indicator[]): TreeNode[] {
  const byCode = new Map(indicators.map((indicator) => [indicator.kode_indikator, indicator]));
  const nodes = new Map(indicators.map((indicator) => [indicator.kode_indikator, { indicator, children: [] as TreeNode[] }]));
  const parentOf = (indicator: Indicator): Indicator | null => {
    const seen = new Set([indicator.kode_indikator]);
    const parent = indicator.induk === null ? undefined : byCode.get(indicator.induk);
    // Walk up: a loop back to this indicator makes it a root rather than losing the whole loop.
    for (let up = parent; up; up = up.induk === null ? undefined : byCode.get(up.induk)) {
      if (seen.has(up.kode_indikator)) return null;
      seen.add(up.kode_indikator);
    }
    return parent ?? null;
  };
  const roots: TreeNode[] = [];
  for (const indicator of indicators) {
    const node = nodes.get(indicator.kode_indikator)!;
    const parent = parentOf(indicator);
    if (parent) nodes.get(parent.kode_indikator)!.children.push(node);
    else roots.push(node);
  }
  return roots.sort((a, b) => rank(a.indicator) - rank(b.indicator));
}

export interface FindingGroup {
  jenis: FindingKind;
  items: Finding[];
}

/** Findings grouped by kind, in the order of FINDING_KINDS, empty kinds left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byKind = groupBy(findings, (finding) => finding.jenis);
  return FINDING_KINDS.filter((jenis) => byKind.has(jenis)).map((jenis) => ({ jenis, items: byKind.get(jenis)! }));
}

/** How many of these findings say figures do not add up, and how many that something is not reported. */
export function findingCounts(findings: readonly Finding[]): { tidak_cocok: number; tidak_lengkap: number; patut_dicermati: number } {
  const count = (kelas: string) => findings.filter((finding) => FINDING_CLASS[finding.jenis] === kelas).length;
  return { tidak_cocok: count('tidak-cocok'), tidak_lengkap: count('tidak-lengkap'), patut_dicermati: count('patut-dicermati') };
}

/** The findings a year page shows: that year's, and those that belong to no year. */
export function findingsForYear(findings: readonly Finding[], tahun: number): Finding[] {
  return findings.filter((finding) => finding.tahun === tahun || finding.tahun === null);
}

export function budgetYears(budget: readonly BudgetLine[]): number[] {
  return [...new Set(budget.map((line) => line.tahun))].sort((a, b) => a - b);
}

export interface BudgetRow {
  line: BudgetLine;
  label: string;
  /** 0 for a line with no parent in its branch. */
  depth: number;
  /** Findings about this very line (anggaran_id), e.g. parts that do not add up. */
  findings: Finding[];
}

export interface BudgetSections {
  total: BudgetRow | null;
  /** Program → kegiatan → subkegiatan, depth-first. */
  programs: BudgetRow[];
  /** Jenis belanja, nested by induk or kode. */
  jenis: BudgetRow[];
  /** Budget allocated per sasaran: outside the total's sum. */
  sasaran: BudgetRow[];
}

/** An agency-year's budget as rows for the budget page, each with the findings that concern it. */
export function budgetSections(budget: readonly BudgetLine[], findings: readonly Finding[], tahun: number): BudgetSections {
  const lines = budget.filter((line) => line.tahun === tahun);
  const tree = buildBudgetTree(lines);
  const byLine = groupBy(
    findings.filter((finding) => finding.anggaran_id !== null),
    (finding) => finding.anggaran_id!,
  );
  const row = (line: BudgetLine, depth: number): BudgetRow => ({ line, label: budgetLabel(line), depth, findings: byLine.get(line.id) ?? [] });
  const flatten = (roots: readonly BudgetLine[]): BudgetRow[] => {
    const out: BudgetRow[] = [];
    const visit = (line: BudgetLine, depth: number) => {
      out.push(row(line, depth));
      for (const child of tree.children.get(line) ?? []) visit(child, depth + 1);
    };
    for (const root of roots) visit(root, 0);
    return out;
  };
  return {
    total: tree.total ? row(tree.total, 0) : null,
    programs: flatten(tree.programRoots),
    jenis: flatten(tree.jenisRoots),
    sasaran: lines.filter((line) => line.tingkat === 'sasaran').map((line) => row(line, 0)),
  };
}

export interface ProgramBudget {
  key: string;
  label: string;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
}

/** Pagu, realisasi and serapan of each program line of a year, in file order. */
export function programBudget(budget: readonly BudgetLine[], tahun: number): ProgramBudget[] {
  return budget
    .filter((line) => line.tahun === tahun && line.tingkat === 'program')
    .map((line) => ({ key: line.id, label: budgetLabel(line), pagu: line.pagu, realisasi: line.realisasi, serapan: line.serapan }));
}

export interface SerapanYear {
  tahun: number;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  basis: YearSummary['serapan_basis'];
}

/** The agency's budget per year, for years with a pagu or a realisasi. */
export function serapanYears(ringkasan: readonly YearSummary[]): SerapanYear[] {
  return ringkasan
    .filter((year) => year.pagu !== null || year.realisasi_anggaran !== null)
    .map((year) => ({ tahun: year.tahun, pagu: year.pagu, realisasi: year.realisasi_anggaran, serapan: year.serapan, basis: year.serapan_basis }));
}

export interface EfficiencyRow {
  key: string;
  kode_indikator: string;
  slug: string | null;
  indikator: string;
  basis: 'program' | 'total' | 'sasaran';
  program: string | null;
  capaian: number;
  serapan: number;
  efisiensi: number;
}

/** Efisiensi of a year, each with its indicator's words. */
export function efficiencyRows(data: Pick<AgencyData, 'efficiency' | 'indicators'>, tahun: number): EfficiencyRow[] {
  const byCode = new Map(data.indicators.map((indicator) => [indicator.kode_indikator, indicator]));
  return data.efficiency
    .filter((row) => row.tahun === tahun)
    .map((row) => {
      const indicator = byCode.get(row.kode_indikator);
      return {
        key: `${row.kode_indikator}-${row.basis}`,
        kode_indikator: row.kode_indikator,
        slug: indicator?.slug ?? null,
        indikator: indicator?.indikator ?? row.kode_indikator,
        basis: row.basis,
        program: row.program,
        capaian: row.capaian,
        serapan: row.serapan,
        efisiensi: row.efisiensi,
      };
    });
}

/** The documents behind some figures, with the places cited in each, in first-seen order. */
export function sourcesFor(items: readonly { kode_sumber: string; sumber: string }[], sources: readonly Source[]): SourceRef[] {
  const byKode = new Map(sources.map((source) => [source.kode_sumber, source]));
  const refs = new Map<string, SourceRef>();
  for (const item of items) {
    let ref = refs.get(item.kode_sumber);
    if (!ref) {
      const source = byKode.get(item.kode_sumber);
      ref = {
        kode_sumber: item.kode_sumber,
        judul: source?.judul ?? item.kode_sumber,
        jenis: source?.jenis ?? null,
        tahun_laporan: source?.tahun_laporan ?? null,
        tautan: source?.tautan ?? null,
        tempat: [],
      };
      refs.set(item.kode_sumber, ref);
    }
    for (const part of item.sumber.split(/;\s*/)) {
      const place = part.startsWith(`${item.kode_sumber} `) ? part.slice(item.kode_sumber.length + 1).trim() : part.trim();
      if (place !== '' && place !== item.kode_sumber && !ref.tempat.includes(place)) ref.tempat.push(place);
    }
  }
  return [...refs.values()];
}
