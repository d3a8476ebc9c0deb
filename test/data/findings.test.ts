import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/data/findings.ts';
import { FINDING_CLASS, type BudgetLine, type Indicator, type IndicatorYear } from '../../src/data/output.ts';

const origin = { file: 'data/x/kinerja.csv', line: 2 };
const year = (partial: Partial<IndicatorYear> & Pick<IndicatorYear, 'tahun'>): IndicatorYear => ({
  target: null, realisasi: null, capaian_dilaporkan: null, target_renstra: null, sumber: 's', kode_sumber: 's', catatan: null, extra: {}, origin,
  capaian: null, band: null, tercapai: null, selisih_capaian_dilaporkan: null, perubahan: null, kemajuan_renstra: null, ...partial,
});
const indicator = (tahun: IndicatorYear[], partial: Partial<Indicator> = {}): Indicator => ({
  kode_indikator: 'SS1', slug: 'ss1', tingkat: 'sasaran', induk: null, sasaran: 'S', program: null, indikator: 'I', satuan: '%', arah: 'naik', skala: null,
  iku: true, formula: null, sumber_data: null, jenis_indikator: null, masukan: false, extra: {}, origin, target_renstra_akhir: null, tahun, ...partial,
});
let id = 0;
const budget = (partial: Partial<BudgetLine> & Pick<BudgetLine, 'tingkat'>): BudgetLine => ({
  id: `a${++id}`, tahun: 2023, kode: null, program: null, kegiatan: null, subkegiatan: null, uraian: null, induk: null, kode_indikator: null,
  pagu: null, realisasi: null, serapan_dilaporkan: null, sisa_dilaporkan: null, sumber: 's', kode_sumber: 's', catatan: null, extra: {},
  origin: { file: 'data/x/anggaran.csv', line: ++id }, serapan: null, ...partial,
});

describe('findingsOf', () => {
  it('flags a printed capaian more than 0,5 points from the computed one, and not a rounding gap', () => {
    const findings = findingsOf([indicator([
      year({ tahun: 2022, target: 82, realisasi: 95.53, capaian_dilaporkan: 106.14, capaian: 116.5, selisih_capaian_dilaporkan: -10.36 }),
      year({ tahun: 2023, target: 66, realisasi: 86.36, capaian_dilaporkan: 130.84, capaian: 130.85, selisih_capaian_dilaporkan: -0.01 }),
    ])], [], 2023).filter((finding) => finding.jenis === 'capaian-berbeda');
    expect(findings.map((finding) => [finding.jenis, finding.tahun, finding.selisih])).toEqual([['capaian-berbeda', 2022, -10.36]]);
    expect(findings[0]!.pesan).toBe('Capaian SS1 2022 tercetak 106,14%, hasil hitung dari target 82 dan realisasi 95,53 adalah 116,5%.');
  });

  it('flags what the reports never say: a target below last year\'s realisasi (by polarity), a target that is not the Renstra\'s, an IKU that disappears', () => {
    const naik = indicator([year({ tahun: 2022, realisasi: 80 }), year({ tahun: 2023, target: 75, realisasi: 75 })], { kode_indikator: 'P2' });
    const turun = indicator([year({ tahun: 2022, realisasi: 10 }), year({ tahun: 2023, target: 12, realisasi: 9 })], { kode_indikator: 'T1', arah: 'turun', iku: false });
    const risen = indicator([year({ tahun: 2022, realisasi: 80 }), year({ tahun: 2023, target: 85, realisasi: 86 })], { kode_indikator: 'P3', iku: false });
    const renstra = indicator([year({ tahun: 2023, target: 20, realisasi: 20, target_renstra: 34163 })], { kode_indikator: 'K4.1d', iku: false });
    const gone = indicator([year({ tahun: 2022, target: 5, realisasi: 5 })], { kode_indikator: 'SS9' });
    const signals = findingsOf([naik, turun, risen, renstra, gone], [], 2023).filter((finding) => FINDING_CLASS[finding.jenis] === 'patut-dicermati');
    // P3's target rose above its realisasi: no finding. SS9 (an IKU) reported 2022 only, while 2023 has others.
    expect(signals.map((finding) => `${finding.jenis} ${finding.kode_indikator} ${finding.tahun} ${finding.selisih ?? ''}`.trim())).toEqual([
      'target-di-bawah-capaian-lalu P2 2023 -5',
      'target-di-bawah-capaian-lalu T1 2023 2',
      'target-berbeda-renstra K4.1d 2023 -34143',
      'iku-hilang SS9 2023',
    ]);
    expect(signals.find((finding) => finding.kode_indikator === 'P2')!.pesan).toBe('Target P2 2023 (75) lebih rendah dari realisasi 2022 (80): targetnya di bawah yang sudah dicapai.');
  });

  it('flags a program that spent its money while its indicators missed, and the reverse', () => {
    const program = 'Program Perlindungan dan Jaminan Sosial';
    const missed = (kode: string) => indicator([year({ tahun: 2023, target: 10, realisasi: 5, tercapai: false })], { kode_indikator: kode, tingkat: 'program', program, iku: false });
    const met = (kode: string) => indicator([year({ tahun: 2023, target: 10, realisasi: 10, tercapai: true })], { kode_indikator: kode, tingkat: 'program', program: 'Program Rehabilitasi Sosial', iku: false });
    const lines = [
      budget({ tingkat: 'program', program, pagu: 100, realisasi: 95, serapan: 95 }),
      budget({ tingkat: 'program', program: 'Program Rehabilitasi Sosial', pagu: 100, realisasi: 40, serapan: 40 }),
    ];
    const signals = findingsOf([missed('P1'), missed('P1b'), met('P2')], lines, 2023).filter((finding) => finding.jenis === 'anggaran-kinerja-bertolak');
    expect(signals.map((finding) => finding.pesan)).toEqual([
      'Program "Program Perlindungan dan Jaminan Sosial" 2023: serapan 95%, sedangkan 0 dari 2 indikatornya mencapai target.',
      'Program "Program Rehabilitasi Sosial" 2023: serapan 40%, sedangkan 1 dari 1 indikatornya mencapai target.',
    ]);
  });

  it('flags values that cannot be right: capaian above 200%, a percentage outside 0–100, a "persentase" in another unit', () => {
    const jumlah = indicator([year({ tahun: 2022, target: 1, realisasi: 2, capaian: 200 }), year({ tahun: 2023, target: 25, realisasi: 100, capaian: 400 })], { indikator: 'Jumlah PNS', satuan: 'orang' });
    expect(findingsOf([jumlah], [], 2023).map((finding) => [finding.jenis, finding.tahun, finding.pesan])).toEqual([
      ['nilai-tidak-wajar', 2023, 'Capaian SS1 2023 400%: realisasi 100 lebih dari dua kali target 25; satuan atau target mungkin keliru.'],
    ]);
    const percent = indicator([year({ tahun: 2023, target: 100, realisasi: 101, capaian: 101 })], { indikator: 'Persentase PPKS yang ditangani' });
    expect(findingsOf([percent], [], 2023).map((finding) => finding.pesan)).toEqual(['SS1 2023 adalah persentase, tetapi bernilai 101%: di luar 0–100%.']);
    const mixed = indicator([year({ tahun: 2023, target: 694, realisasi: 84, capaian: 12.1 })], { indikator: 'Persentase tertib ketatausahaan', satuan: 'kuantitas (K)' });
    expect(findingsOf([mixed], [], 2023).map((finding) => [finding.jenis, finding.tahun])).toEqual([['nilai-tidak-wajar', null]]);
  });

  it('flags a target without realisation up to the report year, not future Renstra years', () => {
    const findings = findingsOf([indicator([year({ tahun: 2023, target: 80 }), year({ tahun: 2025, target: 90 })])], [], 2023);
    expect(findings.map((finding) => `${finding.jenis} ${finding.tahun}`)).toEqual(['target-tanpa-realisasi 2023']);
  });

  it('flags a capaian that cannot be computed because the target is zero', () => {
    const findings = findingsOf([indicator([year({ tahun: 2023, target: 0, realisasi: 4 })])], [], 2023);
    expect(findings.map((finding) => finding.jenis)).toEqual(['capaian-tidak-terhitung']);
  });

  it('flags parts that do not add up, with the gap in rupiah, and checks pagu and realisasi apart', () => {
    const program = budget({ tingkat: 'program', program: 'P', pagu: 1000, realisasi: 900 });
    const parts = [budget({ tingkat: 'kegiatan', program: 'P', kegiatan: 'K1', pagu: 600, realisasi: 600 }), budget({ tingkat: 'kegiatan', program: 'P', kegiatan: 'K2', pagu: 300, realisasi: 300 })];
    const findings = findingsOf([], [program, ...parts], 2023);
    expect(findings.map((finding) => [finding.jenis, finding.anggaran_id, finding.selisih])).toEqual([['anggaran-tidak-sesuai-jumlah', program.id, -100]]);
    expect(findings[0]!.pesan).toBe('Pagu program "P" 2023 tercetak Rp 1.000, tetapi 2 baris kegiatan di bawahnya berjumlah Rp 900 (selisih Rp −100).');
  });

  it('does not compare a sum when a part is not reported', () => {
    const findings = findingsOf([], [budget({ tingkat: 'program', program: 'P', pagu: 1000 }), budget({ tingkat: 'kegiatan', program: 'P', kegiatan: 'K', pagu: null })], 2023);
    expect(findings).toEqual([]);
  });

  it('flags realisasi above pagu, printed serapan and sisa that disagree, and a subkegiatan without kegiatan', () => {
    const line = budget({ tingkat: 'subkegiatan', program: 'P', subkegiatan: 'S', pagu: 937000, realisasi: 937500, serapan: 100.05, serapan_dilaporkan: 99.95, sisa_dilaporkan: 500 });
    expect(findingsOf([], [line], 2023).map((finding) => [finding.jenis, finding.selisih])).toEqual([
      ['realisasi-melebihi-pagu', 500],
      ['sisa-berbeda', 1000],
      ['subkegiatan-tanpa-kegiatan', null],
    ]);
  });

  it('flags a program indicator whose program is not in the budget', () => {
    const findings = findingsOf([indicator([], { tingkat: 'program', program: 'Program X' })], [budget({ tingkat: 'program', program: 'Program Y', pagu: 1, realisasi: 1 })], 2023);
    expect(findings.map((finding) => finding.jenis)).toEqual(['program-tanpa-anggaran']);
  });
});
