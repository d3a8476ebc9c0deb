/**
 * The budget hierarchy of one agency-year, from flat rows that repeat their parents' names:
 * total → program → kegiatan → subkegiatan, and total → jenis_belanja (nested by `induk` or `kode`).
 * A missing level is skipped (a subkegiatan whose kegiatan has no line hangs under its program).
 * `sasaran` lines are allocations across the tree and belong to no parent.
 */
import { serapan } from './derive.ts';
import { groupBy } from './groupBy.ts';
import type { TingkatAnggaran } from './schema.ts';

export interface BudgetNode {
  tingkat: TingkatAnggaran;
  kode: string | null;
  program: string | null;
  kegiatan: string | null;
  subkegiatan: string | null;
  uraian: string | null;
  induk: string | null;
  pagu: number | null;
  realisasi: number | null;
}

export interface BudgetTree<T extends BudgetNode> {
  total: T | null;
  /** Lines with no parent line, per branch: the parts that should add up to the total. */
  programRoots: T[];
  jenisRoots: T[];
  /** The line that the programs add up to: the total, or under Permendagri 13/2006 the "Belanja Langsung" line. */
  programParent: T | null;
  children: Map<T, T[]>;
}

/** Under Permendagri 13/2006 programs and kegiatan make up Belanja Langsung; Belanja Tidak Langsung sits outside them. */
const BELANJA_LANGSUNG = /^belanja\s+langsung$/i;

/** Map keys of a program and of a kegiatan, as [names].join('\u0000') (null as ''), without an array per line. */
const programKey = (program: string | null) => program ?? '';
const kegiatanKey = (program: string | null, kegiatan: string | null) => `${program ?? ''}\u0000${kegiatan ?? ''}`;

export function buildBudgetTree<T extends BudgetNode>(yearLines: readonly T[]): BudgetTree<T> {
  const programs = new Map<string, T>();
  const kegiatan = new Map<string, T>();
  const jenisByUraian = new Map<string, T>();
  const jenisByKode = new Map<string, T>();
  let total: T | null = null;
  for (const line of yearLines) {
    if (line.tingkat === 'total') total ??= line;
    if (line.tingkat === 'program') programs.set(programKey(line.program), line);
    if (line.tingkat === 'kegiatan') kegiatan.set(kegiatanKey(line.program, line.kegiatan), line);
    if (line.tingkat === 'jenis_belanja') {
      if (line.uraian !== null) jenisByUraian.set(line.uraian, line);
      if (line.kode !== null) jenisByKode.set(line.kode, line);
    }
  }

  const parentOf = (line: T): T | null => {
    switch (line.tingkat) {
      case 'subkegiatan':
        return (line.kegiatan !== null ? kegiatan.get(kegiatanKey(line.program, line.kegiatan)) : undefined) ?? programs.get(programKey(line.program)) ?? null;
      case 'kegiatan':
        return programs.get(programKey(line.program)) ?? null;
      case 'jenis_belanja': {
        if (line.induk !== null) return jenisByUraian.get(line.induk) ?? null;
        // The longest kode that contains this one: 5.1 contains 5.1.01.
        const segments = line.kode?.split('.') ?? [];
        for (let length = segments.length - 1; length > 0; length--) {
          const parent = jenisByKode.get(segments.slice(0, length).join('.'));
          if (parent) return parent;
        }
        return null;
      }
      default:
        return null;
    }
  };

  const children = new Map<T, T[]>();
  const programRoots: T[] = [];
  const jenisRoots: T[] = [];
  for (const line of yearLines) {
    if (line.tingkat === 'total' || line.tingkat === 'sasaran') continue;
    const parent = parentOf(line);
    if (parent) {
      const siblings = children.get(parent);
      if (siblings) siblings.push(line);
      else children.set(parent, [line]);
    } else (line.tingkat === 'jenis_belanja' ? jenisRoots : programRoots).push(line);
  }
  const langsung = jenisRoots.find((line) => line.uraian !== null && BELANJA_LANGSUNG.test(line.uraian.trim())) ?? null;
  const programParent = langsung && !children.has(langsung) ? langsung : total;
  return { total, programRoots, jenisRoots, programParent, children };
}

/** The parts that a line's amount should equal, or [] when it has none in the data. */
export function partsOf<T extends BudgetNode>(tree: BudgetTree<T>, line: T): T[][] {
  const found: T[][] = [];
  if (line === tree.programParent && tree.programRoots.length > 0) found.push(tree.programRoots);
  if (line === tree.total && tree.jenisRoots.length > 0) found.push(tree.jenisRoots);
  const direct = tree.children.get(line);
  if (direct) found.push(direct);
  return found;
}

/** `program`, `kegiatan/subkegiatan`: the levels present among some lines, for messages. */
export function levelsOf(lines: readonly BudgetNode[]): string {
  return [...new Set(lines.map((line) => line.tingkat.replace('_', ' ')))].join('/');
}

/** Sum of a field over lines, or null when any line does not report it (an unknown part makes the sum unknown). */
export function sumOf(lines: readonly BudgetNode[], field: 'pagu' | 'realisasi'): number | null {
  let sum = 0;
  for (const line of lines) {
    const value = line[field];
    if (value === null) return null;
    sum += value;
  }
  return lines.length > 0 ? sum : null;
}

export type SerapanBasis = 'total' | 'jenis_belanja' | 'program';

/**
 * The agency's pagu, realisasi and serapan for a year: from its total line, else the sum of
 * top-level jenis_belanja lines, else the sum of programs. Says which basis it used.
 */
export function agencyBudget<T extends BudgetNode>(
  yearLines: readonly T[],
  tree: BudgetTree<T> = buildBudgetTree(yearLines),
): { pagu: number | null; realisasi: number | null; serapan: number | null; basis: SerapanBasis | null } {
  const candidates: [SerapanBasis, readonly BudgetNode[]][] = [
    ['total', tree.total ? [tree.total] : []],
    ['jenis_belanja', tree.jenisRoots],
    ['program', tree.programParent === tree.total ? tree.programRoots : []],
  ];
  for (const [basis, lines] of candidates) {
    const pagu = sumOf(lines, 'pagu');
    const realisasi = sumOf(lines, 'realisasi');
    if (pagu !== null && realisasi !== null) return { pagu, realisasi, serapan: serapan(pagu, realisasi), basis };
  }
  return { pagu: tree.total?.pagu ?? null, realisasi: tree.total?.realisasi ?? null, serapan: null, basis: null };
}

/** The names of the lines a computed agency serapan adds up (basis jenis_belanja or program), for the note under it. */
export function serapanBasisLines<T extends BudgetNode>(yearLines: readonly T[], basis: SerapanBasis | null, tree?: BudgetTree<T>): string[] {
  if (basis === null || basis === 'total') return [];
  tree ??= buildBudgetTree(yearLines);
  return (basis === 'jenis_belanja' ? tree.jenisRoots : tree.programRoots).map(budgetLabel);
}

/** A human name for a budget line: the most specific name it carries. */
export function budgetLabel(line: BudgetNode): string {
  return line.subkegiatan ?? line.kegiatan ?? line.program ?? line.uraian ?? line.kode ?? line.tingkat;
}

/** An agency's budget lines by year (in the order years first appear) with each year's tree: built once for the headline, efisiensi and findings. */
export type BudgetYears<T extends BudgetNode> = Map<number, { lines: T[]; tree: BudgetTree<T> }>;

export function budgetYears<T extends BudgetNode & { tahun: number }>(budget: readonly T[]): BudgetYears<T> {
  const years: BudgetYears<T> = new Map();
  for (const [tahun, lines] of groupBy(budget, (line) => line.tahun)) years.set(tahun, { lines, tree: buildBudgetTree(lines) });
  return years;
}
