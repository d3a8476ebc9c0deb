/**
 * temuan.csv (format version 2): a version-1 dataset (no temuan.csv) builds exactly as before, and adding the file
 * only adds `dicatat-laporan` findings, attached to the figure each row names, counted as figures that disagree.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { FINDING_CLASS } from '../../src/data/output.ts';

describe('temuan.csv', () => {
  const v1 = loadDataset('test/fixtures/valid-minimal');
  const v2 = loadDataset('test/fixtures/valid-temuan');

  it('is optional: a version-1 dataset builds with no error, no temuan rows and no recorded finding', () => {
    expect(v1.errors).toEqual([]);
    expect(v1.notices).toEqual([]);
    expect(v1.rowsIn.temuan).toBe(0);
    for (const data of v1.agencies) for (const finding of data.findings) expect(finding).not.toHaveProperty('laporan');
  });

  it('adds only its findings: everything else is the version-1 JSON', () => {
    expect(v2.errors).toEqual([]);
    expect(v2.rowsIn.temuan).toBe(3);
    const strip = (agencies: typeof v1.agencies) =>
      agencies.map(({ findings, ringkasan, ...rest }) => ({
        ...rest,
        findings: findings.filter((finding) => finding.jenis !== 'dicatat-laporan'),
        ringkasan: ringkasan.map(({ temuan, temuan_tidak_cocok, ...year }) => year),
      }));
    expect(strip(v2.agencies)).toEqual(strip(v1.agencies));
  });

  it('attaches each row to its figure, with the two printed values and where they are', () => {
    const contoh = v2.agencies.find((data) => data.agency.kode_pd === 'dinsos-contoh')!;
    const recorded = contoh.findings.filter((finding) => finding.jenis === 'dicatat-laporan');
    const program = contoh.budget.find((line) => line.tingkat === 'program' && line.program === 'Program Perlindungan dan Jaminan Sosial')!;
    expect(recorded.map((finding) => [finding.tahun, finding.kode_indikator, finding.anggaran_id, finding.origin])).toEqual([
      [null, null, null, { file: 'temuan.csv', line: 4 }],
      [2023, 'SS1', null, { file: 'temuan.csv', line: 2 }],
      [2023, null, program.id, { file: 'temuan.csv', line: 3 }],
    ]);
    expect(recorded[2]!.pesan).toBe('Pagu program berbeda antartabel. Laporan mencetak 1.704.319.000 (Tabel 3.7) dan 1.740.319.000 (Tabel 2.2) (lkjip-dinsos-2023 Tabel 3.7; Tabel 2.2).');
    expect(FINDING_CLASS['dicatat-laporan']).toBe('tidak-cocok');
    expect(contoh.ringkasan.find((year) => year.tahun === 2023)).toMatchObject({ temuan_tidak_cocok: 2 });
  });
});
