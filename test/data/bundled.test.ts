/**
 * The bundled dataset (data/, three real reports) builds with zero errors, and the data-quality
 * findings it yields are the inconsistencies that the transcribers found in the reports
 * (data/<agency>/NOTES.md §2 "Inconsistencies found in the report"), not false alarms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult } from '../../src/data/load.ts';
import { AgencyData } from '../../src/data/output.ts';

let result: LoadResult;
beforeAll(() => {
  result = loadDataset('data');
});

const agency = (kode: string) => result.agencies.find((data) => data.agency.kode_pd === kode)!;

describe('bundled dataset', () => {
  it('builds with zero errors, and every agency JSON matches its schema', () => {
    expect(result.errors).toEqual([]);
    // The pages read agency files without re-validating them (src/lib/siteData.ts): the schema is checked here.
    for (const data of result.agencies) expect(() => AgencyData.parse(data)).not.toThrow();
    expect(result.agencies.map((data) => data.agency.kode_pd)).toEqual(['dinsos-mojokerto', 'dinsos-mukomuko', 'dinsos-polewali-mandar']);
  });

  it('hands agencies over one at a time (as the data step writes them) identical and in the same order', () => {
    const handed: AgencyData[] = [];
    const streamed = loadDataset('data', (data) => handed.push(data));
    expect(streamed.errors).toEqual([]);
    expect(streamed.agencies).toEqual([]);
    expect(handed).toEqual(result.agencies);
  });

  it('has a capaian for every indicator-year with both target and realisasi, and a band unless it is an input indicator', () => {
    let checked = 0;
    for (const data of result.agencies) {
      for (const indicator of data.indicators) {
        for (const year of indicator.tahun) {
          if (year.target === null || year.realisasi === null) continue;
          checked++;
          expect(year.capaian, `${indicator.kode_indikator} ${year.tahun}`).not.toBeNull();
          if (indicator.masukan) expect(year.band, `${indicator.kode_indikator} ${year.tahun}`).toBeNull();
          else expect(year.band, `${indicator.kode_indikator} ${year.tahun}`).not.toBeNull();
        }
      }
    }
    expect(checked).toBe(144);
  });

  it('keeps input indicators apart: Mukomuko\'s 27 "Jumlah Dana" rows (rupiah, declared Input) are absorption, never in the headline', () => {
    const mukomuko = agency('dinsos-mukomuko');
    const inputs = mukomuko.indicators.filter((indicator) => indicator.masukan);
    expect(inputs).toHaveLength(27);
    expect(inputs.every((indicator) => indicator.satuan === 'rupiah' && indicator.jenis_indikator === 'masukan' && /^Jumlah [Dd]ana/.test(indicator.indikator))).toBe(true);
    // BPNT 2020: 49,13% absorbed, once shown as "Sangat Rendah" performance; now a figure without a band.
    expect(inputs.flatMap((indicator) => indicator.tahun).filter((year) => year.capaian !== null).every((year) => year.band === null)).toBe(true);
    expect(inputs.some((indicator) => indicator.tahun.some((year) => year.capaian === 49.13))).toBe(true);
    // Mojokerto and Polewali Mandar declare no kind and measure nothing in money: no input indicators.
    expect(agency('dinsos-mojokerto').indicators.filter((indicator) => indicator.masukan)).toEqual([]);
    expect(agency('dinsos-polewali-mandar').indicators.filter((indicator) => indicator.masukan)).toEqual([]);
  });

  it('says whether each target was met, apart from its band (Polewali Mandar SS3 2023 and T1 2022 are Sangat Tinggi and missed)', () => {
    const polewali = agency('dinsos-polewali-mandar');
    const year = (kode: string, tahun: number) => polewali.indicators.find((indicator) => indicator.kode_indikator === kode)!.tahun.find((item) => item.tahun === tahun)!;
    expect(year('SS3', 2023)).toMatchObject({ target: 21, realisasi: 20.08, capaian: 95.62, band: 'sangat-tinggi', tercapai: false });
    expect(year('T1', 2022)).toMatchObject({ target: 44.78, realisasi: 43.67, capaian: 97.52, band: 'sangat-tinggi', tercapai: false });
    expect(year('T1', 2023)).toMatchObject({ tercapai: true });
  });

  it('reproduces the reports’ own figures', () => {
    const mojokerto = agency('dinsos-mojokerto');
    const ss1 = mojokerto.indicators.find((indicator) => indicator.kode_indikator === 'SS1')!.tahun.find((year) => year.tahun === 2023)!;
    expect(ss1).toMatchObject({ target: 82, realisasi: 82.18, capaian: 100.22, band: 'sangat-tinggi' });
    expect(ss1.perubahan).toEqual({ dari_tahun: 2022, selisih: 2.18, persen: 2.73 }); // Tabel 3.5: 80 → 82,18
    // Tabel 3.9: 2026 Renstra target 82 %, 2023 realisasi 82,18 %.
    expect(ss1.kemajuan_renstra).toBe(100.22);
    // Tabel 3.7 (against the agency total) and Tabel 3.6 (against the sasaran's own budget).
    expect(mojokerto.efficiency.filter((row) => row.kode_indikator === 'SS1')).toEqual([
      { tahun: 2023, kode_indikator: 'SS1', basis: 'total', program: null, capaian: 100.22, serapan: 95.53, efisiensi: 4.69 },
      { tahun: 2023, kode_indikator: 'SS1', basis: 'sasaran', program: null, capaian: 100.22, serapan: 98.47, efisiensi: 1.75 },
    ]);
    // Tabel 3.2.3: efficiency of the programs 2,75; 6,31; 0,61; 24,13.
    const programs = mojokerto.efficiency.filter((row) => row.basis === 'program' && ['P2', 'P3', 'P4', 'P5'].includes(row.kode_indikator));
    expect(programs.map((row) => row.efisiensi)).toEqual([2.75, 6.31, 0.61, 24.13]);
    // Predikat SAKIP on its ordinal scale (Polewali Mandar SS5.1): A against A, and one step up from BB in 2022.
    const sakip = agency('dinsos-polewali-mandar').indicators.find((indicator) => indicator.kode_indikator === 'SS5.1')!;
    expect(sakip).toMatchObject({ arah: 'kategori', skala: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] });
    expect(sakip.tahun.find((year) => year.tahun === 2023)).toMatchObject({ target: 'A', realisasi: 'A', capaian: 100, band: 'sangat-tinggi' });
    expect(sakip.tahun.find((year) => year.tahun === 2022)!.perubahan).toEqual({ dari_tahun: 2021, selisih: 1, persen: null });

    expect(agency('dinsos-mojokerto').ringkasan.at(-1)).toMatchObject({ tahun: 2023, serapan: 95.53, serapan_basis: 'total' });
    // Mukomuko prints no total realisasi: serapan comes from Belanja Tidak Langsung + Belanja Langsung.
    expect(agency('dinsos-mukomuko').ringkasan.at(-1)).toMatchObject({ tahun: 2020, pagu: 2833018750, realisasi_anggaran: 1556243163 + 1005192056, serapan_basis: 'jenis_belanja' });
  });

  it('finds the inconsistencies the reports contain', () => {
    const found = result.agencies.flatMap((data) =>
      data.findings
        .filter((finding) => finding.jenis !== 'target-tanpa-realisasi')
        .map((finding) => `${finding.jenis} ${finding.origin.file}:${finding.origin.line} ${finding.selisih ?? ''}`.trim()),
    );
    expect(found).toEqual([
      // Mojokerto §2 item 12: the 2022 table lost rows 11–12 at a page break (pagu 110.000.000).
      'anggaran-tidak-sesuai-jumlah dinsos-mojokerto/anggaran.csv:52 -110000000',
      // Mojokerto §2 items 15–16: target 82 (PK Perubahan) but capaian 106,14 printed (= 95,53 / 90).
      'capaian-berbeda dinsos-mojokerto/kinerja.csv:11 -10.36',
      'capaian-berbeda dinsos-mojokerto/kinerja.csv:50 -10.36',
      // Values that cannot be right: Polewali Mandar's program and kegiatan indicators named "Persentase …" with
      // unit "kuantitas (K)" (P2: 84 against 694, capaian 12,1%) …
      'nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:22',
      'nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:23',
      'nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:24',
      'nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:25',
      'nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:26',
      'nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:43',
      'nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:48',
      // Polewali Mandar §2 item 35: LRA 2022 Bantuan Sosial is not inside Belanja Operasi.
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:5 3559326100',
      // Item 36: Belanja Modal prints 0,00 %.
      'serapan-berbeda dinsos-polewali-mandar/anggaran.csv:14 -99.97',
      // Item 29: Tabel 3.8 JUMLAH prints 91,35 %.
      'serapan-berbeda dinsos-polewali-mandar/anggaran.csv:23 -7.66',
      // Item 31: the six Penunjang kegiatan are 17.782.000 short of the program.
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:25 -17782000',
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:25 -17782000',
      // Item 12: 97,97 % printed where 53.460.200 / 53.460.800 ≈ 100 %.
      'serapan-berbeda dinsos-polewali-mandar/anggaran.csv:27 -2.03',
      // Item 11: Permakanan (Tabel 3.2) is not in Tabel 3.10's Rehabilitasi Sosial program.
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:27 155867600',
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:27 155767800',
      // Item 18: Fasilitasi Bantuan Sosial (Tabel 3.3) is missing from Tabel 3.10's kegiatan.
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:28 -5632013800',
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:28 -5631519400',
      // Item 33: Penyediaan Jasa Surat Menyurat has pagu and realisasi swapped.
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:47 -500',
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:47 500',
      'realisasi-melebihi-pagu dinsos-polewali-mandar/anggaran.csv:48 500',
      'sisa-berbeda dinsos-polewali-mandar/anggaran.csv:48 1000',
      // Items 11–12 again, at kegiatan and subkegiatan level.
      'serapan-berbeda dinsos-polewali-mandar/anggaran.csv:60 -2.03',
      'serapan-berbeda dinsos-polewali-mandar/anggaran.csv:61 -2.03',
      // Item 18 seen from the kegiatan: its two subkegiatan hold 6.239.532.800.
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:62 5632013800',
      'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:62 5631519400',
      // … and "Jumlah PNS" 2023: target 25, realisasi 100, capaian 400%.
      'nilai-tidak-wajar dinsos-polewali-mandar/kinerja.csv:56',
    ]);
  });

  it('flags targets without realisation only where the report prints none (Mukomuko §2 item 11, Tabel 7)', () => {
    const unreported = result.agencies.flatMap((data) => data.findings.filter((finding) => finding.jenis === 'target-tanpa-realisasi').map((finding) => `${data.agency.kode_pd} ${finding.tahun}`));
    expect(new Set(unreported)).toEqual(new Set(['dinsos-mukomuko 2020']));
    expect(unreported).toHaveLength(87);
    // Future Renstra years (Mojokerto 2024–2026) carry only target_renstra and are not findings.
  });
});
