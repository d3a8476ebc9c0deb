/**
 * The bundled dataset (data/, three real reports) builds with zero errors, and the data-quality
 * findings it yields are the inconsistencies that the transcribers found in the reports
 * (data/<agency>/NOTES.md §2 "Inconsistencies found in the report"), not false alarms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult } from '../../src/data/load.ts';
import { readFileSync } from 'node:fs';
import { AgencyData, FINDING_CLASS, type Finding } from '../../src/data/output.ts';

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

  it('rates each capaian on the report\'s own printed scale too (sumber.csv skala_predikat), beside Permendagri 86/2017', () => {
    const polewali = agency('dinsos-polewali-mandar');
    const year = (data: AgencyData, kode: string, tahun: number) => data.indicators.find((indicator) => indicator.kode_indikator === kode)!.tahun.find((item) => item.tahun === tahun)!;
    // Tabel 3.1 key: "0 sd 50 % = cukup baik, 50 s.d 100 % = Baik, > 100% Sangat Baik". On it 95,62% is Baik; the
    // KATEGORI column of the same table prints "Cukup Baik", which its own key does not give (NOTES.md §2 item 5).
    expect(polewali.sources[0]!.skala_predikat).toEqual([
      { label: 'Sangat Baik', batas: 100, termasuk_batas: false },
      { label: 'Baik', batas: 50, termasuk_batas: false },
      { label: 'Cukup Baik', batas: null, termasuk_batas: false },
    ]);
    expect(year(polewali, 'SS3', 2023)).toMatchObject({ capaian: 95.62, band: 'sangat-tinggi', predikat_laporan: 'Baik', extra: { kategori_dilaporkan: 'Cukup Baik' } });
    expect(year(polewali, 'T1', 2023)).toMatchObject({ capaian: 101.6, predikat_laporan: 'Sangat Baik' });
    // Mojokerto (Permendagri 54/2010 key, as applied in the text): 100,22% "memuaskan", 100% "sangat baik".
    const mojokerto = agency('dinsos-mojokerto');
    expect(year(mojokerto, 'SS1', 2023)).toMatchObject({ capaian: 100.22, predikat_laporan: 'Memuaskan' });
    expect(year(mojokerto, 'P1', 2023)).toMatchObject({ capaian: 100, predikat_laporan: 'Sangat Baik' });
    // Mukomuko declares no scale: its JSON has no such field, as a version-1 dataset's.
    const mukomuko = agency('dinsos-mukomuko');
    expect(mukomuko.sources[0]!.skala_predikat).toBeUndefined();
    expect(mukomuko.indicators.flatMap((indicator) => indicator.tahun).every((item) => !('predikat_laporan' in item))).toBe(true);
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

  it('finds what the reports never say (issue 12): targets below last year\'s realisasi, targets that are not the Renstra\'s', () => {
    const signals = (kode: string) =>
      agency(kode)
        .findings.filter((finding) => FINDING_CLASS[finding.jenis] === 'patut-dicermati')
        .map((finding) => `${finding.jenis} ${finding.kode_indikator ?? finding.anggaran_id} ${finding.tahun} ${finding.selisih ?? ''}`.trim());
    // Mojokerto LKjIP 2023: Tabel 3.2 sets P2 at 75% and P3 at 55% for 2023, Tabel 3.5 prints 2022 realisasi of 80% and
    // 60%; and TABEL II (Renstra) sets other 2023 targets than the PK for 14 kegiatan and subkegiatan indicators
    // (K4.1d: PK 20 KPM, Renstra 34.163 orang).
    expect(signals('dinsos-mojokerto')).toEqual([
      'target-di-bawah-capaian-lalu P2 2023 -5',
      'target-di-bawah-capaian-lalu P3 2023 -5',
      'target-berbeda-renstra K2.1a 2023 -10',
      'target-berbeda-renstra K2.1d 2023 38',
      'target-berbeda-renstra S2.1.1 2023 -10',
      'target-berbeda-renstra S2.1.3 2023 38',
      'target-berbeda-renstra K3.1a 2023 -5',
      'target-berbeda-renstra K3.1b 2023 -10',
      'target-berbeda-renstra S3.1.1 2023 -5',
      'target-berbeda-renstra S3.1.2 2023 -10',
      'target-berbeda-renstra K4.1d 2023 -34143',
      'target-berbeda-renstra S4.1.3 2023 -34143',
      'target-berbeda-renstra K5.1a 2023 470',
      'target-berbeda-renstra K5.2 2023 -2',
      'target-berbeda-renstra S5.1.1 2023 470',
      'target-berbeda-renstra S5.2.1 2023 -2',
    ]);
    // Mukomuko prints one year, and Polewali Mandar's targets only rise and carry no Renstra per year: none.
    expect(signals('dinsos-mukomuko')).toEqual([]);
    expect(signals('dinsos-polewali-mandar')).toEqual([]);
  });

  it('finds the inconsistencies the reports contain', () => {
    const found = result.agencies.flatMap((data) =>
      data.findings
        .filter((finding) => finding.jenis !== 'target-tanpa-realisasi' && finding.jenis !== 'dicatat-laporan' && FINDING_CLASS[finding.jenis] !== 'patut-dicermati')
        .map((finding) => `${finding.jenis} ${finding.origin.file}:${finding.origin.line} ${finding.selisih ?? ''}`.trim()),
    );
    expect(found).toEqual([
      // Mojokerto §2 item 12: the 2022 table lost rows 11–12 at a page break (pagu 110.000.000). Its realisasi is not
      // compared: row 16's realisasi is garbled and left empty, so the parts' sum is unknown (a temuan.csv row says so).
      'anggaran-tidak-sesuai-jumlah dinsos-mojokerto/anggaran.csv:52 -110000000',
      // Mojokerto §2 item 5: the TW IV table prints the agency-wide 95,53 % for Administrasi Keuangan and Gaji (88,67 %).
      'serapan-berbeda dinsos-mojokerto/anggaran.csv:11 6.86',
      'serapan-berbeda dinsos-mojokerto/anggaran.csv:12 6.86',
      // Mojokerto §2 items 15–16: target 82 (PK Perubahan) but capaian 106,14 printed (= 95,53 / 90).
      'capaian-berbeda dinsos-mojokerto/kinerja.csv:11 -10.36',
      'capaian-berbeda dinsos-mojokerto/kinerja.csv:50 -10.36',
      // Mukomuko §2 item 5: Tabel 9 prints 100,00 (99,80 computed), 92,54 (98,93) and 100,00 (97,80).
      'serapan-berbeda dinsos-mukomuko/anggaran.csv:25 0.2',
      'serapan-berbeda dinsos-mukomuko/anggaran.csv:34 -6.39',
      'serapan-berbeda dinsos-mukomuko/anggaran.csv:40 2.2',
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
      // Item 8: SS1's budget "= 99,5 %", where 209.228.600 / 209.328.400 = 99,95 %.
      'serapan-berbeda dinsos-polewali-mandar/anggaran.csv:18 -0.45',
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

  it('shows every numbered inconsistency of the three NOTES.md as a finding, or says why it is out of scope', () => {
    for (const [kode, notes] of Object.entries(NOTES)) {
      const data = agency(kode);
      const items = notesItems(kode);
      const computedKeys = new Set(data.findings.filter((finding) => !finding.laporan).map(findingKey));
      const recorded = new Map<number, number>();
      for (const finding of data.findings) {
        if (!finding.laporan) continue;
        const item = Number(finding.laporan.extra.butir_notes);
        expect(items, `${kode} ${finding.origin.file}:${finding.origin.line} names NOTES item ${item}`).toContain(item);
        // Shown next to its figure: every recorded finding names an indicator or a budget line, and a year where it has one.
        expect(finding.kode_indikator !== null || finding.anggaran_id !== null, `${finding.origin.file}:${finding.origin.line}`).toBe(true);
        recorded.set(item, (recorded.get(item) ?? 0) + 1);
      }
      for (const item of items) {
        const computed = notes.computed[item] ?? [];
        for (const key of computed) expect(computedKeys, `${kode} item ${item}: ${key}`).toContain(key);
        const reason = notes.outOfScope[item];
        if (reason !== undefined) {
          expect(computed.length + (recorded.get(item) ?? 0), `${kode} item ${item} is out of scope (${reason}) but also a finding`).toBe(0);
          expect(reason.length).toBeGreaterThan(20);
        } else {
          expect(computed.length + (recorded.get(item) ?? 0), `${kode} NOTES item ${item}: neither a finding nor out of scope`).toBeGreaterThan(0);
        }
      }
      // No stray entries: every number in the mapping is an item of the NOTES.
      for (const item of [...Object.keys(notes.computed), ...Object.keys(notes.outOfScope)].map(Number)) expect(items).toContain(item);
      // Every computed finding that says figures disagree is one of the report's inconsistencies, or a value that cannot be right.
      const mapped = new Set([...Object.values(notes.computed).flat(), ...(notes.notInNotes ?? [])]);
      for (const finding of data.findings) {
        if (finding.laporan || FINDING_CLASS[finding.jenis] !== 'tidak-cocok') continue;
        expect(mapped, `${kode}: computed finding not in the NOTES mapping`).toContain(findingKey(finding));
      }
    }
  });

  it('counts the inconsistencies per agency as findings, apart from what is not reported', () => {
    const counts = Object.fromEntries(
      result.agencies.map((data) => [
        data.agency.kode_pd,
        {
          tidak_cocok: data.findings.filter((finding) => FINDING_CLASS[finding.jenis] === 'tidak-cocok').length,
          dicatat: data.findings.filter((finding) => finding.jenis === 'dicatat-laporan').length,
          tidak_lengkap: data.findings.filter((finding) => FINDING_CLASS[finding.jenis] === 'tidak-lengkap').length,
        },
      ]),
    );
    expect(counts).toEqual({
      'dinsos-mojokerto': { tidak_cocok: 33, dicatat: 28, tidak_lengkap: 0 },
      'dinsos-mukomuko': { tidak_cocok: 23, dicatat: 20, tidak_lengkap: 87 },
      'dinsos-polewali-mandar': { tidak_cocok: 59, dicatat: 32, tidak_lengkap: 0 },
    });
    // Counted in the year summary too, so "Angka yang tidak cocok" under the headline is not "0" for Mukomuko.
    expect(agency('dinsos-mukomuko').ringkasan.at(-1)).toMatchObject({ temuan_tidak_cocok: 23, temuan_tidak_lengkap: 87 });
  });

  it('attaches a recorded finding to its figure: the relabelled 2022 table of Mojokerto and the Polewali Mandar 2022 total', () => {
    const mojokerto = agency('dinsos-mojokerto');
    const total2022 = mojokerto.budget.find((line) => line.tahun === 2022 && line.tingkat === 'total')!;
    expect(mojokerto.findings.filter((finding) => finding.jenis === 'dicatat-laporan' && finding.anggaran_id === total2022.id).map((finding) => finding.laporan!.extra.butir_notes)).toEqual(['12']);
    const polewali = agency('dinsos-polewali-mandar');
    const total = polewali.budget.find((line) => line.tahun === 2022 && line.tingkat === 'total')!;
    const recorded = polewali.findings.find((finding) => finding.jenis === 'dicatat-laporan' && finding.anggaran_id === total.id)!;
    expect(recorded).toMatchObject({ tahun: 2022, laporan: { nilai_laporan_a: '3.629.331.651 (total 2022 tercetak)' } });
    expect(recorded.pesan).toContain('Belanja Bantuan Sosial');
  });
});

/** A computed finding as the expected lists name it. */
const findingKey = (finding: Finding) => `${finding.jenis} ${finding.origin.file}:${finding.origin.line}`;

/** The numbers of the items of "## 2. Inconsistencies found in the report" in data/<kode>/NOTES.md. */
function notesItems(kode: string): number[] {
  const text = readFileSync(`data/${kode}/NOTES.md`, 'utf8');
  const section = text.slice(text.indexOf('\n## 2.'), text.indexOf('\n## 3.'));
  return [...section.matchAll(/^(\d+)\. /gm)].map((match) => Number(match[1]));
}

interface NotesMapping {
  /** NOTES item → the computed findings (jenis file:line) that show it. Items recorded in temuan.csv name themselves (butir_notes). */
  computed: Record<number, string[]>;
  /** NOTES item → why it is not a finding. */
  outOfScope: Record<number, string>;
  /** Computed disagreements that are not NOTES items (values that cannot be right, issue 13). */
  notInNotes?: string[];
}

const STAFF = 'staff tables: the format has no staff data (NOTES §4), so there is no figure to attach a finding to';
const METADATA = 'metadata of the document (dates, legal references, numbering, table of contents), not a figure of the dataset';
const WORDING = 'wording and naming only; the variants are kept in catatan, no figure differs';
const RATINGS = "the report's own rating labels against its own key: the report's rating scale is the ratings work of issue 13, not a figure";

const NOTES: Record<string, NotesMapping> = {
  'dinsos-mojokerto': {
    computed: {
      5: ['serapan-berbeda dinsos-mojokerto/anggaran.csv:11', 'serapan-berbeda dinsos-mojokerto/anggaran.csv:12'],
      12: ['anggaran-tidak-sesuai-jumlah dinsos-mojokerto/anggaran.csv:52'],
      15: ['capaian-berbeda dinsos-mojokerto/kinerja.csv:11'],
      16: ['capaian-berbeda dinsos-mojokerto/kinerja.csv:50'],
    },
    outOfScope: {
      13: 'not an inconsistency: the item lists what does add up in 2023 (the site checks those sums and finds them equal)',
      18: 'rounding in the last printed digit (130,84 for 130,85; 130,02 against 130), below the 0,5-point tolerance',
      21: 'a PK that revises the Renstra target is not an error: both are stored (target and target_renstra) and shown side by side',
      26: RATINGS,
      27: 'counts of indicators in the narrative (1 IKU against 5, 6 program indicators against 5): not a figure of the dataset',
      28: WORDING,
      29: "the LHE's remarks on which indicators the PK held: no figure of the dataset differs",
      30: 'an empty table (Tabel 3.8 national comparison): nothing printed to compare',
      31: STAFF,
      32: STAFF,
      33: METADATA,
      34: METADATA,
      35: METADATA,
    },
  },
  'dinsos-mukomuko': {
    computed: {
      5: ['serapan-berbeda dinsos-mukomuko/anggaran.csv:25', 'serapan-berbeda dinsos-mukomuko/anggaran.csv:34', 'serapan-berbeda dinsos-mukomuko/anggaran.csv:40'],
      // No realisation for any IKU or program indicator: the 87 "target tanpa realisasi" findings (class tidak-lengkap).
      11: ['target-tanpa-realisasi dinsos-mukomuko/kinerja.csv:2'],
    },
    outOfScope: {
      6: 'how Tabel 9 lays out its columns (TARGET holds the pagu): transcribed accordingly, no two figures differ',
      7: METADATA,
      12: 'strategic texts (tujuan, sasaran) worded differently across tables: not figures, and Tabel 5 holds no values',
      16: METADATA,
      17: METADATA,
      18: METADATA,
      19: STAFF,
      20: STAFF,
      21: STAFF,
      22: 'minor text issues (Misi items, spelling of a name, a decimal point): no figure of the dataset differs',
      23: 'a rating scale the report states but never applies: no figure carries it',
    },
  },
  'dinsos-polewali-mandar': {
    computed: {
      8: ['serapan-berbeda dinsos-polewali-mandar/anggaran.csv:18'],
      11: ['anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:27'],
      12: ['serapan-berbeda dinsos-polewali-mandar/anggaran.csv:27', 'serapan-berbeda dinsos-polewali-mandar/anggaran.csv:60', 'serapan-berbeda dinsos-polewali-mandar/anggaran.csv:61'],
      18: ['anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:28', 'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:62'],
      22: ['nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:22'],
      28: ['nilai-tidak-wajar dinsos-polewali-mandar/kinerja.csv:56'],
      29: ['serapan-berbeda dinsos-polewali-mandar/anggaran.csv:23'],
      31: ['anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:25'],
      33: [
        'anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:47',
        'realisasi-melebihi-pagu dinsos-polewali-mandar/anggaran.csv:48',
        'sisa-berbeda dinsos-polewali-mandar/anggaran.csv:48',
      ],
      35: ['anggaran-tidak-sesuai-jumlah dinsos-polewali-mandar/anggaran.csv:5'],
      36: ['serapan-berbeda dinsos-polewali-mandar/anggaran.csv:14'],
    },
    outOfScope: {
      1: STAFF,
      3: 'the same number with and without a % sign (49.27 and 49,27%): no figure differs',
      4: 'truncation in the last digit (50,06 printed for 50,067), below any tolerance',
      5: RATINGS,
      37: 'two budget stages (PK at signing, final budget), expected to differ: the format holds one stage; the PK figures are in catatan',
      39: 'minor text issues (a program named differently, table order, legal references): no figure of the dataset differs',
    },
    // Indicators named "Persentase …" whose unit is a count, beyond item 22's P2 (issue 13, values that cannot be right).
    notInNotes: [23, 24, 25, 26, 43, 48].map((line) => `nilai-tidak-wajar dinsos-polewali-mandar/indikator.csv:${line}`),
  },
};
