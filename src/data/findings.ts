/**
 * Data-quality findings: what the report says that does not hold together. They are warnings, not
 * errors: the figures are published as printed, and the finding is shown beside them.
 */
import { budgetLabel, budgetYears, levelsOf, partsOf, sumOf, type BudgetYears } from './budgetTree.ts';
import { round } from './derive.ts';
import { groupBy } from './groupBy.ts';
import { formatNumber, formatPercent, formatRupiah } from './format.ts';
import type { BudgetLine, Finding, Indicator } from './output.ts';

/** Printed and computed percentages may differ by rounding; beyond this many points it is a finding. */
export const PERCENT_TOLERANCE = 0.5;
/**
 * Reports print serapan with one or two decimals, computed from rupiah amounts that are all printed: rounding (or
 * cutting off) to one decimal moves it by at most 0,1 point, so a larger gap is a finding (Polewali Mandar SS1:
 * 99,5% printed, 209.228.600 / 209.328.400 = 99,95%).
 */
export const SERAPAN_TOLERANCE = 0.1;
/** Rupiah amounts are printed whole; a gap under one rupiah is a rounding artefact. */
const RUPIAH_TOLERANCE = 0.5;

/** Above this capaian (realisasi more than twice the target) a figure is flagged as implausible, not as a success. */
export const IMPLAUSIBLE_CAPAIAN = 200;

type Draft = Omit<Finding, 'kode_indikator' | 'anggaran_id' | 'selisih'> & Partial<Finding>;
const finding = (draft: Draft): Finding => ({ kode_indikator: null, anggaran_id: null, selisih: null, ...draft });

function indicatorFindings(indicators: readonly Indicator[], reportYear: number | null, budgetPrograms: ReadonlySet<string>): Finding[] {
  const found: Finding[] = [];
  for (const indicator of indicators) {
    const kode_indikator = indicator.kode_indikator;
    if (indicator.program !== null && budgetPrograms.size > 0 && !budgetPrograms.has(indicator.program)) {
      found.push(finding({
        jenis: 'program-tanpa-anggaran',
        tahun: null,
        pesan: `Program "${indicator.program}" dari indikator ${kode_indikator} tidak ada di anggaran; efisiensinya tidak dapat dihitung.`,
        origin: indicator.origin,
        kode_indikator,
      }));
    }
    const namedPercent = /^persentase\b/i.test(indicator.indikator.trim());
    if (namedPercent && !/%|persen/i.test(indicator.satuan)) {
      found.push(finding({
        jenis: 'nilai-tidak-wajar',
        tahun: null,
        pesan: `${kode_indikator} bernama persentase, tetapi satuannya "${indicator.satuan}": target dan realisasinya tidak dapat dibaca sebagai persen.`,
        origin: indicator.origin,
        kode_indikator,
      }));
    }
    for (const year of indicator.tahun) {
      const base = { tahun: year.tahun, origin: year.origin, kode_indikator };
      if (year.capaian !== null && year.capaian > IMPLAUSIBLE_CAPAIAN) {
        found.push(finding({
          ...base,
          jenis: 'nilai-tidak-wajar',
          pesan: `Capaian ${kode_indikator} ${year.tahun} ${formatPercent(year.capaian)}: realisasi ${formatNumber(year.realisasi as number)} lebih dari dua kali target ${formatNumber(year.target as number)}; satuan atau target mungkin keliru.`,
        }));
      }
      const outside = [year.target, year.realisasi].find((value): value is number => typeof value === 'number' && (value < 0 || value > 100));
      if (namedPercent && indicator.satuan.trim() === '%' && outside !== undefined) {
        found.push(finding({
          ...base,
          jenis: 'nilai-tidak-wajar',
          pesan: `${kode_indikator} ${year.tahun} adalah persentase, tetapi bernilai ${formatNumber(outside)}%: di luar 0–100%.`,
        }));
      }
      if (year.selisih_capaian_dilaporkan !== null && Math.abs(year.selisih_capaian_dilaporkan) > PERCENT_TOLERANCE) {
        found.push(finding({
          ...base,
          jenis: 'capaian-berbeda',
          pesan: `Capaian ${kode_indikator} ${year.tahun} tercetak ${formatPercent(year.capaian_dilaporkan)}, hasil hitung dari target ${formatNumber(year.target as number)} dan realisasi ${formatNumber(year.realisasi as number)} adalah ${formatPercent(year.capaian)}.`,
          selisih: year.selisih_capaian_dilaporkan,
        }));
      }
      if (year.target !== null && year.realisasi !== null && year.capaian === null) {
        found.push(finding({
          ...base,
          jenis: 'capaian-tidak-terhitung',
          pesan: `Capaian ${kode_indikator} ${year.tahun} tidak dapat dihitung: target ${formatNumber(year.target as number)} bernilai nol.`,
        }));
      }
      if (year.target !== null && year.realisasi === null && reportYear !== null && year.tahun <= reportYear) {
        found.push(finding({
          ...base,
          jenis: 'target-tanpa-realisasi',
          pesan: `${kode_indikator} punya target tahun ${year.tahun}, tetapi realisasinya tidak dilaporkan.`,
        }));
      }
    }
  }
  return found;
}

function sumFindings(parent: BudgetLine, children: readonly BudgetLine[]): Finding[] {
  const found: Finding[] = [];
  for (const field of ['pagu', 'realisasi'] as const) {
    const whole = parent[field];
    const parts = sumOf(children, field);
    if (whole === null || parts === null) continue;
    const gap = parts - whole;
    if (Math.abs(gap) < RUPIAH_TOLERANCE) continue;
    found.push(finding({
      jenis: 'anggaran-tidak-sesuai-jumlah',
      tahun: parent.tahun,
      pesan: `${field === 'pagu' ? 'Pagu' : 'Realisasi'} ${parent.tingkat.replace('_', ' ')} "${budgetLabel(parent)}" ${parent.tahun} tercetak ${formatRupiah(whole)}, tetapi ${children.length} baris ${levelsOf(children)} di bawahnya berjumlah ${formatRupiah(parts)} (selisih ${formatRupiah(gap)}).`,
      origin: parent.origin,
      anggaran_id: parent.id,
      selisih: gap,
    }));
  }
  return found;
}

function lineFindings(line: BudgetLine): Finding[] {
  const found: Finding[] = [];
  const base = { tahun: line.tahun, origin: line.origin, anggaran_id: line.id };
  const label = `"${budgetLabel(line)}" ${line.tahun}`;
  if (line.pagu !== null && line.realisasi !== null && line.realisasi > line.pagu + RUPIAH_TOLERANCE) {
    found.push(finding({ ...base, jenis: 'realisasi-melebihi-pagu', pesan: `Realisasi ${label} (${formatRupiah(line.realisasi)}) melebihi pagunya (${formatRupiah(line.pagu)}).`, selisih: line.realisasi - line.pagu }));
  }
  if (line.serapan !== null && line.serapan_dilaporkan !== null && Math.abs(line.serapan_dilaporkan - line.serapan) > SERAPAN_TOLERANCE) {
    found.push(finding({ ...base, jenis: 'serapan-berbeda', pesan: `Serapan ${label} tercetak ${formatPercent(line.serapan_dilaporkan)}, hasil hitung ${formatPercent(line.serapan)}.`, selisih: round(line.serapan_dilaporkan - line.serapan) }));
  }
  if (line.pagu !== null && line.realisasi !== null && line.sisa_dilaporkan !== null) {
    const gap = line.sisa_dilaporkan - (line.pagu - line.realisasi);
    if (Math.abs(gap) >= RUPIAH_TOLERANCE) {
      found.push(finding({ ...base, jenis: 'sisa-berbeda', pesan: `Sisa anggaran ${label} tercetak ${formatRupiah(line.sisa_dilaporkan)}, padahal pagu − realisasi = ${formatRupiah(line.pagu - line.realisasi)}.`, selisih: gap }));
    }
  }
  if (line.tingkat === 'subkegiatan' && line.kegiatan === null) {
    found.push(finding({ ...base, jenis: 'subkegiatan-tanpa-kegiatan', pesan: `Subkegiatan ${label} tidak menyebut kegiatannya, sehingga tidak dapat dijumlahkan ke kegiatan mana pun.` }));
  }
  return found;
}

function budgetFindings(years: BudgetYears<BudgetLine>): Finding[] {
  const found: Finding[] = [];
  for (const { lines, tree } of years.values()) {
    for (const line of lines) {
      found.push(...lineFindings(line));
      for (const parts of partsOf(tree, line)) found.push(...sumFindings(line, parts));
    }
  }
  return found;
}

/** What temuan.csv records, as a finding; `anggaran_id` is the id of the budget line it names. */
export interface RecordedDraft {
  tahun: number | null;
  kode_indikator: string | null;
  anggaran_id: string | null;
  origin: Finding['origin'];
  laporan: NonNullable<Finding['laporan']>;
}

/** "uraian. Laporan mencetak a dan b (sumber)." — what, the two figures as printed, and where. */
export function recordedFinding(draft: RecordedDraft): Finding {
  const { laporan } = draft;
  const uraian = laporan.uraian.replace(/[.\s]+$/, '');
  const values =
    laporan.nilai_laporan_a === null ? '' : laporan.nilai_laporan_b === null ? `. Laporan mencetak ${laporan.nilai_laporan_a}` : `. Laporan mencetak ${laporan.nilai_laporan_a} dan ${laporan.nilai_laporan_b}`;
  return finding({
    jenis: 'dicatat-laporan',
    tahun: draft.tahun,
    pesan: `${uraian}${values} (${laporan.sumber}).`,
    origin: draft.origin,
    kode_indikator: draft.kode_indikator,
    anggaran_id: draft.anggaran_id,
    laporan,
  });
}

/** A target or realisasi in words: a number in Indonesian format, or a scale label as it is. */
const nilaiText = (value: number | string) => (typeof value === 'number' ? formatNumber(value) : value);

/** Serapan at or above this, with most of the program's indicators missed (or below SPENT_LITTLE with most met), is a signal. */
export const SPENT_MOST = 90;
export const SPENT_LITTLE = 60;

/**
 * What the reports never print but a journalist looks for (issue 12): a target set below what was already achieved,
 * a year's target that is not the Renstra's, an IKU that disappears, and a program that spent its money while its
 * indicators missed (or the reverse). Signals, not errors: each names its figures.
 */
function signalFindings(indicators: readonly Indicator[], budget: readonly BudgetLine[]): Finding[] {
  const found: Finding[] = [];
  const yearsWithFigures = [
    ...new Set(indicators.flatMap((indicator) => indicator.tahun.filter((year) => year.realisasi !== null || year.target !== null).map((year) => year.tahun))),
  ].sort((a, b) => a - b);
  for (const indicator of indicators) {
    const kode_indikator = indicator.kode_indikator;
    const byYear = new Map(indicator.tahun.map((year) => [year.tahun, year]));
    for (const year of indicator.tahun) {
      const base = { tahun: year.tahun, origin: year.origin, kode_indikator };
      const before = byYear.get(year.tahun - 1);
      if (indicator.arah !== 'kategori' && typeof year.target === 'number' && typeof before?.realisasi === 'number') {
        const lower = indicator.arah === 'naik' ? year.target < before.realisasi : year.target > before.realisasi;
        if (lower) {
          found.push(finding({
            ...base,
            jenis: 'target-di-bawah-capaian-lalu',
            pesan: `Target ${kode_indikator} ${year.tahun} (${nilaiText(year.target)}) ${indicator.arah === 'naik' ? 'lebih rendah' : 'lebih tinggi'} dari realisasi ${before.tahun} (${nilaiText(before.realisasi)}): targetnya ${indicator.arah === 'naik' ? 'di bawah' : 'lebih longgar dari'} yang sudah dicapai.`,
            selisih: round(year.target - before.realisasi, 4),
          }));
        }
      }
      if (year.target !== null && year.target_renstra !== null && year.target !== year.target_renstra) {
        found.push(finding({
          ...base,
          jenis: 'target-berbeda-renstra',
          pesan: `Target ${kode_indikator} ${year.tahun} (${nilaiText(year.target)}) berbeda dari target Renstra tahun itu (${nilaiText(year.target_renstra)}).`,
          selisih: typeof year.target === 'number' && typeof year.target_renstra === 'number' ? round(year.target - year.target_renstra, 4) : null,
        }));
      }
    }
    if (indicator.iku) {
      const reported = indicator.tahun.filter((year) => year.realisasi !== null || year.target !== null);
      const last = reported.at(-1);
      const next = last ? yearsWithFigures.find((tahun) => tahun > last.tahun) : undefined;
      if (last && next !== undefined && !byYear.get(next)?.target_renstra) {
        found.push(finding({
          jenis: 'iku-hilang',
          tahun: next,
          pesan: `IKU ${kode_indikator} dilaporkan sampai ${last.tahun}, tetapi tidak ada lagi pada ${next}, walaupun laporan tahun itu memuat indikator lain.`,
          origin: indicator.origin,
          kode_indikator,
        }));
      }
    }
  }
  // A program's money against its own indicators (those that name it in `program`), year by year.
  const programLines = budget.filter((line) => line.tingkat === 'program' && line.program !== null && line.serapan !== null);
  const byProgram = groupBy(
    indicators.filter((indicator) => indicator.program !== null && !indicator.masukan),
    (indicator) => indicator.program,
  );
  for (const line of programLines) {
    const judged = (byProgram.get(line.program) ?? [])
      .map((indicator) => indicator.tahun.find((year) => year.tahun === line.tahun)?.tercapai)
      .filter((value): value is boolean => value !== null && value !== undefined);
    if (judged.length === 0) continue;
    const met = judged.filter(Boolean).length;
    const spent = line.serapan!;
    const mostlyMissed = met * 2 < judged.length;
    const mostlyMet = met * 2 > judged.length;
    if ((spent >= SPENT_MOST && mostlyMissed) || (spent < SPENT_LITTLE && mostlyMet)) {
      found.push(finding({
        jenis: 'anggaran-kinerja-bertolak',
        tahun: line.tahun,
        pesan: `Program "${line.program}" ${line.tahun}: serapan ${formatPercent(line.serapan)}, sedangkan ${met} dari ${judged.length} indikatornya mencapai target.`,
        origin: line.origin,
        anggaran_id: line.id,
      }));
    }
  }
  return found;
}

/** All findings of one agency, in a stable order: by year, then by where they stand in the files. */
export function findingsOf(
  indicators: readonly Indicator[],
  budget: readonly BudgetLine[],
  reportYear: number | null,
  recorded: readonly Finding[] = [],
  years: BudgetYears<BudgetLine> = budgetYears(budget),
): Finding[] {
  const budgetPrograms = new Set(budget.map((line) => line.program).filter((name): name is string => name !== null));
  return [...indicatorFindings(indicators, reportYear, budgetPrograms), ...budgetFindings(years), ...signalFindings(indicators, budget), ...recorded].sort(
    // Most findings of a year share their file: equal names need no collation.
    (a, b) => (a.tahun ?? 0) - (b.tahun ?? 0) || (a.origin.file === b.origin.file ? 0 : a.origin.file.localeCompare(b.origin.file)) || a.origin.line - b.origin.line,
  );
}
