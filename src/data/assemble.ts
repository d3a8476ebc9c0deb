/**
 * Checked rows of one agency in, the agency's JSON out: every row kept, every derived figure added,
 * every data-quality finding listed. Pure: no I/O.
 */
import { agencyBudget, budgetYears, serapanBasisLines, type BudgetYears } from './budgetTree.ts';
import { band, capaian, efisiensi, isInputIndicator, median, perubahan, predikatLaporan, round, serapan, tercapai, type Nilai } from './derive.ts';
import { findingsOf, recordedFinding } from './findings.ts';
import { capWithFingerprint } from './fingerprint.ts';
import { groupBy } from './groupBy.ts';
import {
  FINDING_CLASS,
  OUTPUT_VERSION,
  type AgencyData,
  type AgencySummary,
  type BudgetLine,
  type Efficiency,
  type Indicator,
  type IndicatorYear,
  type YearSummary,
} from './output.ts';
import type { AgencyRows } from './validate.ts';

/** Longest slug: it is a folder name of the built site (file systems stop at 255 bytes). */
export const SLUG_MAX = 64;

/**
 * URL segment of an indicator: kode lower-cased, anything outside a-z0-9- as `-`; clashes get `-2`, `-3`.
 * A slug longer than SLUG_MAX keeps its start and ends with a fingerprint of the whole code.
 */
export function indicatorSlugs(codes: readonly string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const code of codes) {
    const base = capWithFingerprint(code.toLowerCase().replace(/[^a-z0-9-]/g, '-'), SLUG_MAX);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(code, slug);
  }
  return slugs;
}

/** Where a row stands in the dataset: the file inside the dataset folder and its line, never a machine path. */
const origin = (row: { origin: { datasetFile: string; line: number } }) => ({ file: row.origin.datasetFile, line: row.origin.line });

function buildIndicators(rows: AgencyRows): Indicator[] {
  const scales = new Map(rows.sources.map((source) => [source.kode_sumber, source.skala_predikat]));
  const slugs = indicatorSlugs(rows.indicators.map((row) => row.kode_indikator));
  const byIndicator = groupBy(rows.kinerja, (row) => row.kode_indikator);
  return rows.indicators.map((indicator) => {
    const years = (byIndicator.get(indicator.kode_indikator) ?? []).sort((a, b) => a.tahun - b.tahun);
    const lastRenstra = years.filter((row) => row.target_renstra !== null).at(-1);
    const renstraAkhir = lastRenstra ? { tahun: lastRenstra.tahun, nilai: lastRenstra.target_renstra as Nilai } : null;
    const byYear = new Map(years.map((row) => [row.tahun, row]));
    const masukan = isInputIndicator(indicator);
    const tahun: IndicatorYear[] = years.map((row) => {
      const computed = capaian(indicator.arah, row.target, row.realisasi, indicator.skala);
      const previous = byYear.get(row.tahun - 1);
      const change = previous ? perubahan(row.realisasi, previous.realisasi, indicator.skala) : null;
      return {
        tahun: row.tahun,
        target: row.target,
        realisasi: row.realisasi,
        capaian_dilaporkan: row.capaian_dilaporkan,
        target_renstra: row.target_renstra,
        sumber: row.sumber,
        kode_sumber: row.kode_sumber,
        catatan: row.catatan,
        extra: row.extra,
        origin: origin(row),
        capaian: round(computed),
        // An input indicator's capaian is absorption of funds: no performance band.
        band: masukan ? null : band(computed),
        tercapai: tercapai(indicator.arah, row.target, row.realisasi, indicator.skala),
        // The report's own predikat, on the scale its source declares (absent without one, so that a version-1
        // dataset gives the same JSON); none for an input indicator, whose capaian is absorption.
        ...(scales.get(row.kode_sumber) ? { predikat_laporan: masukan ? null : predikatLaporan(computed, scales.get(row.kode_sumber)) } : {}),
        selisih_capaian_dilaporkan: computed !== null && row.capaian_dilaporkan !== null ? round(row.capaian_dilaporkan - computed) : null,
        perubahan: change && previous ? { dari_tahun: previous.tahun, selisih: round(change.selisih, 4)!, persen: round(change.persen) } : null,
        kemajuan_renstra: renstraAkhir ? round(capaian(indicator.arah, renstraAkhir.nilai, row.realisasi, indicator.skala)) : null,
      };
    });
    return {
      kode_indikator: indicator.kode_indikator,
      slug: slugs.get(indicator.kode_indikator)!,
      tingkat: indicator.tingkat,
      induk: indicator.induk,
      sasaran: indicator.sasaran,
      program: indicator.program,
      indikator: indicator.indikator,
      satuan: indicator.satuan,
      arah: indicator.arah,
      skala: indicator.skala,
      iku: indicator.iku,
      formula: indicator.formula,
      jenis_indikator: indicator.jenis_indikator,
      masukan,
      sumber_data: indicator.sumber_data,
      extra: indicator.extra,
      origin: origin(indicator),
      target_renstra_akhir: renstraAkhir,
      tahun,
    };
  });
}

function buildBudget(rows: AgencyRows): BudgetLine[] {
  return rows.anggaran.map((row, index) => ({
    id: `a${index + 1}`,
    tahun: row.tahun,
    tingkat: row.tingkat,
    kode: row.kode,
    program: row.program,
    kegiatan: row.kegiatan,
    subkegiatan: row.subkegiatan,
    uraian: row.uraian,
    induk: row.induk,
    kode_indikator: row.kode_indikator,
    pagu: row.pagu,
    realisasi: row.realisasi,
    serapan_dilaporkan: row.serapan_dilaporkan,
    sisa_dilaporkan: row.sisa_dilaporkan,
    sumber: row.sumber,
    kode_sumber: row.kode_sumber,
    catatan: row.catatan,
    extra: row.extra,
    origin: origin(row),
    serapan: round(serapan(row.pagu, row.realisasi)),
  }));
}

/** One efisiensi row, when the serapan it is set against is known. */
function addEfficiency(
  result: Efficiency[],
  indicator: Indicator,
  year: IndicatorYear,
  basis: Efficiency['basis'],
  program: string | null,
  absorption: number | null,
): void {
  if (absorption === null) return;
  result.push({
    tahun: year.tahun,
    kode_indikator: indicator.kode_indikator,
    basis,
    program,
    capaian: year.capaian!,
    serapan: round(absorption)!,
    efisiensi: round(efisiensi(year.capaian, absorption))!,
  });
}

/**
 * Efisiensi as the LKjIP tables compute it: a program indicator against its program's serapan;
 * a sasaran indicator against the agency's total serapan, and against its own sasaran budget line where one names it.
 */
function buildEfficiency(indicators: Indicator[], years: BudgetYears<BudgetLine>): Efficiency[] {
  // One agency total per year, not one per sasaran indicator.
  const totalByYear = new Map<number, number | null>();
  const totalSerapan = (tahun: number): number | null => {
    let value = totalByYear.get(tahun);
    if (value === undefined) {
      const year = years.get(tahun);
      value = (year ? agencyBudget(year.lines, year.tree) : agencyBudget([])).serapan;
      totalByYear.set(tahun, value);
    }
    return value;
  };
  const result: Efficiency[] = [];
  for (const indicator of indicators) {
    if (indicator.tingkat !== 'program' && indicator.tingkat !== 'sasaran') continue;
    for (const year of indicator.tahun) {
      if (year.capaian === null) continue;
      const lines = years.get(year.tahun)?.lines ?? [];
      if (indicator.tingkat === 'program' && indicator.program !== null) {
        const line = lines.find((candidate) => candidate.tingkat === 'program' && candidate.program === indicator.program);
        addEfficiency(result, indicator, year, 'program', indicator.program, line ? serapan(line.pagu, line.realisasi) : null);
      }
      if (indicator.tingkat === 'sasaran') {
        addEfficiency(result, indicator, year, 'total', null, totalSerapan(year.tahun));
        const own = lines.find((candidate) => candidate.tingkat === 'sasaran' && candidate.kode_indikator === indicator.kode_indikator);
        if (own) addEfficiency(result, indicator, year, 'sasaran', null, serapan(own.pagu, own.realisasi));
      }
    }
  }
  return result;
}

function hasFigures(year: IndicatorYear): boolean {
  return year.target !== null || year.realisasi !== null || year.capaian_dilaporkan !== null;
}

export function assembleAgency(rows: AgencyRows): AgencyData {
  const indicators = buildIndicators(rows);
  const budget = buildBudget(rows);
  const reportYear = Math.max(...rows.sources.map((source) => source.tahun_laporan), Number.NEGATIVE_INFINITY);
  const budgetIds = new Map(rows.anggaran.map((row, index) => [row, budget[index]!.id]));
  const recorded = rows.temuan.map((row) =>
    recordedFinding({
      tahun: row.tahun ?? row.anggaran?.tahun ?? null,
      kode_indikator: row.kode_indikator,
      anggaran_id: row.anggaran ? budgetIds.get(row.anggaran)! : null,
      origin: origin(row),
      laporan: {
        uraian: row.uraian,
        nilai_laporan_a: row.nilai_laporan_a,
        nilai_laporan_b: row.nilai_laporan_b,
        sumber: row.sumber,
        kode_sumber: row.kode_sumber,
        catatan: row.catatan,
        extra: row.extra,
      },
    }),
  );
  const budgetByYear = budgetYears(budget);
  const findings = findingsOf(indicators, budget, Number.isFinite(reportYear) ? reportYear : null, recorded, budgetByYear);

  const years = new Set<number>(budget.map((line) => line.tahun));
  for (const indicator of indicators) for (const year of indicator.tahun) if (hasFigures(year)) years.add(year.tahun);
  const tahun = [...years].sort((a, b) => a - b);
  // Input indicators count money spent, not performance: never part of the headline.
  const iku = indicators.filter((indicator) => indicator.iku && !indicator.masukan);
  // Each year's IKU rows (one per indicator at most, in indicator order, as the mean adds them) and findings, gathered once.
  const ikuByYear = groupBy(
    iku.flatMap((indicator) => indicator.tahun),
    (row) => row.tahun,
  );
  const findingsByYear = groupBy(findings, (finding) => finding.tahun);
  const ringkasan: YearSummary[] = tahun.map((year) => {
    const ikuRows = ikuByYear.get(year) ?? [];
    const yearFindings = findingsByYear.get(year) ?? [];
    const capaianIku = ikuRows.filter((row) => row.capaian !== null).map((row) => row.capaian!);
    const mean = capaianIku.length > 0 ? capaianIku.reduce((sum, value) => sum + value, 0) / capaianIku.length : null;
    const middle = median(capaianIku);
    const met = ikuRows.filter((row) => row.tercapai !== null).map((row) => row.tercapai);
    const budgetYear = budgetByYear.get(year);
    const money = budgetYear ? agencyBudget(budgetYear.lines, budgetYear.tree) : agencyBudget([]);
    return {
      tahun: year,
      iku_jumlah: ikuRows.filter(hasFigures).length,
      iku_terhitung: capaianIku.length,
      iku_dinilai: met.length,
      iku_tercapai: met.filter(Boolean).length,
      iku_capaian_median: round(middle),
      iku_band_median: band(middle),
      iku_capaian_rata: round(mean),
      iku_band: band(mean),
      pagu: money.pagu,
      realisasi_anggaran: money.realisasi,
      serapan: round(money.serapan),
      serapan_basis: money.basis,
      ...(money.basis === 'jenis_belanja' || money.basis === 'program' ? { serapan_dari: serapanBasisLines(budgetYear!.lines, money.basis, budgetYear!.tree) } : {}),
      temuan: yearFindings.length,
      temuan_tidak_cocok: yearFindings.filter((finding) => FINDING_CLASS[finding.jenis] === 'tidak-cocok').length,
      temuan_tidak_lengkap: yearFindings.filter((finding) => FINDING_CLASS[finding.jenis] === 'tidak-lengkap').length,
    };
  });

  const { pd } = rows;
  return {
    version: OUTPUT_VERSION,
    agency: {
      kode_pd: pd.kode_pd,
      nama_pd: pd.nama_pd,
      pemerintah_daerah: pd.pemerintah_daerah,
      kode_wilayah: pd.kode_wilayah,
      nama_wilayah: pd.nama_wilayah,
      provinsi: pd.provinsi,
      urusan: pd.urusan,
      alamat: pd.alamat,
      situs: pd.situs,
      extra: pd.extra,
    },
    sources: rows.sources.map((source) => ({
      kode_sumber: source.kode_sumber,
      tahun_laporan: source.tahun_laporan,
      jenis: source.jenis,
      judul: source.judul,
      diterbitkan: source.diterbitkan,
      tautan: source.tautan,
      ...(source.skala_predikat ? { skala_predikat: source.skala_predikat } : {}),
      extra: source.extra,
    })),
    tahun,
    ringkasan,
    indicators,
    budget,
    efficiency: buildEfficiency(indicators, budgetByYear),
    findings,
  };
}

/** The agency's line in the site index: identity and per-year headline, nothing a list page does not show. */
export function summarize(data: AgencyData): AgencySummary {
  const { extra: _extra, ...agency } = data.agency;
  const scales = data.sources.flatMap((source) => (source.skala_predikat ? [{ kode_sumber: source.kode_sumber, judul: source.judul, skala_predikat: source.skala_predikat }] : []));
  const withRealisation = data.ringkasan.filter((year) => year.iku_terhitung > 0 || year.realisasi_anggaran !== null);
  return {
    ...agency,
    tahun: data.tahun,
    tahun_terakhir: (withRealisation.at(-1) ?? data.ringkasan.at(-1))?.tahun ?? null,
    ringkasan: data.ringkasan,
    jumlah_indikator: data.indicators.length,
    jumlah_temuan: data.findings.length,
    indikator_slug: data.indicators.map((indicator) => indicator.slug),
    tahun_anggaran: [...new Set(data.budget.map((line) => line.tahun))].sort((a, b) => a - b),
    ...(scales.length > 0 ? { skala_laporan: scales } : {}),
  };
}
