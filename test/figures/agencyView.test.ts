import { describe, expect, it } from 'vitest';
import {
  budgetSections,
  efficiencyRows,
  findingsForYear,
  groupFindings,
  indicatorTree,
  kinerjaRows,
  programBudget,
  serapanYears,
  sourcesFor,
} from '../../src/figures/agencyView.ts';
import { budget, finding, indicator, sakip, ss1, summary, year } from '../charts/fixtures.ts';

describe('kinerjaRows', () => {
  it('lists IKU and tujuan/sasaran indicators with a figure that year, IKU first, with earlier realisasi', () => {
    const program = indicator({ kode_indikator: 'P1', tingkat: 'program', iku: false, tahun: [year({ tahun: 2023, target: 1, realisasi: 1 })] });
    const other = indicator({ kode_indikator: 'SS9', iku: false, tahun: [year({ tahun: 2023, realisasi: 5 })] });
    const rows = kinerjaRows([other, program, ss1, sakip], 2023);
    expect(rows.map((row) => row.indicator.kode_indikator)).toEqual(['SS1', 'SS5.1', 'SS9']);
    expect(rows[0]!.history).toEqual([
      { tahun: 2021, nilai: 90 },
      { tahun: 2022, nilai: 80 },
      { tahun: 2023, nilai: 82.18 },
    ]);
    expect(kinerjaRows([ss1], 2026)).toEqual([]);
  });
});

describe('indicatorTree', () => {
  it('nests by induk, roots by level, and survives a loop', () => {
    const tree = indicatorTree([
      indicator({ kode_indikator: 'P1', tingkat: 'program', induk: 'SS1' }),
      indicator({ kode_indikator: 'SS1', induk: 'T1' }),
      indicator({ kode_indikator: 'K1', tingkat: 'kegiatan', induk: 'P1' }),
      indicator({ kode_indikator: 'T1', tingkat: 'tujuan' }),
      indicator({ kode_indikator: 'X', tingkat: 'program', induk: 'GONE' }),
      indicator({ kode_indikator: 'L1', induk: 'L2' }),
      indicator({ kode_indikator: 'L2', induk: 'L1' }),
    ]);
    const shape = (nodes: ReturnType<typeof indicatorTree>): unknown => nodes.map((node) => [node.indicator.kode_indikator, shape(node.children)]);
    // An unknown induk makes a root; each member of a loop becomes a root rather than vanishing.
    expect(shape(tree)).toEqual([
      ['T1', [['SS1', [['P1', [['K1', []]]]]]]],
      ['L1', []],
      ['L2', []],
      ['X', []],
    ]);
  });
});

describe('findings', () => {
  it('groups by kind in a fixed order with every item, and keeps year-less findings on every year', () => {
    const items = [
      finding({ jenis: 'target-tanpa-realisasi' }),
      finding({ jenis: 'capaian-berbeda' }),
      finding({ jenis: 'target-tanpa-realisasi' }),
      finding({ jenis: 'program-tanpa-anggaran', tahun: null }),
      finding({ jenis: 'capaian-berbeda', tahun: 2022 }),
    ];
    expect(groupFindings(items).map((group) => [group.jenis, group.items.length])).toEqual([
      ['capaian-berbeda', 2],
      ['target-tanpa-realisasi', 2],
      ['program-tanpa-anggaran', 1],
    ]);
    expect(findingsForYear(items, 2023)).toHaveLength(4);
  });
});

describe('budget', () => {
  const total = budget({ tingkat: 'total', uraian: 'Total', pagu: 1000, realisasi: 900 });
  const program = budget({ tingkat: 'program', program: 'P', pagu: 1000, realisasi: 900, serapan: 90 });
  const kegiatan = budget({ tingkat: 'kegiatan', program: 'P', kegiatan: 'K', pagu: 600, realisasi: 500 });
  const sub = budget({ tingkat: 'subkegiatan', program: 'P', kegiatan: 'K', subkegiatan: 'S', pagu: 600, realisasi: 500 });
  const jenis = budget({ tingkat: 'jenis_belanja', uraian: 'Belanja Pegawai', pagu: 1000, realisasi: 900 });
  const sasaran = budget({ tingkat: 'sasaran', uraian: 'Sasaran 1', kode_indikator: 'SS1', pagu: 400, realisasi: 390 });
  const lastYear = budget({ tingkat: 'program', program: 'P', tahun: 2022, pagu: 1, realisasi: 1 });
  const lines = [total, program, kegiatan, sub, jenis, sasaran, lastYear];

  it('lays out program → kegiatan → subkegiatan with depth, jenis belanja and sasaran apart, findings on their line', () => {
    const sections = budgetSections(lines, [finding({ jenis: 'anggaran-tidak-sesuai-jumlah', anggaran_id: program.id })], 2023);
    expect(sections.total?.line).toBe(total);
    expect(sections.programs.map((row) => [row.label, row.depth, row.findings.length])).toEqual([
      ['P', 0, 1],
      ['K', 1, 0],
      ['S', 2, 0],
    ]);
    expect(sections.jenis.map((row) => row.label)).toEqual(['Belanja Pegawai']);
    expect(sections.sasaran.map((row) => row.label)).toEqual(['Sasaran 1']);
  });

  it('gives per-program figures and the agency serapan per year', () => {
    expect(programBudget(lines, 2023)).toEqual([{ key: program.id, label: 'P', pagu: 1000, realisasi: 900, serapan: 90 }]);
    expect(
      serapanYears([
        summary({ tahun: 2021 }),
        summary({ tahun: 2022, realisasi_anggaran: 5 }),
        summary({ tahun: 2023, pagu: 10, realisasi_anggaran: 9, serapan: 90, serapan_basis: 'total' }),
      ]),
    ).toEqual([
      { tahun: 2022, pagu: null, realisasi: 5, serapan: null, basis: null },
      { tahun: 2023, pagu: 10, realisasi: 9, serapan: 90, basis: 'total' },
    ]);
  });
});

describe('efficiencyRows', () => {
  it('joins efisiensi with the indicator words', () => {
    const rows = efficiencyRows(
      {
        indicators: [ss1],
        efficiency: [{ tahun: 2023, kode_indikator: 'SS1', basis: 'total', program: null, capaian: 100.22, serapan: 95.53, efisiensi: 4.69 }],
      },
      2023,
    );
    expect(rows).toEqual([
      {
        key: 'SS1-total',
        kode_indikator: 'SS1',
        slug: 'ss1',
        indikator: ss1.indikator,
        basis: 'total',
        program: null,
        capaian: 100.22,
        serapan: 95.53,
        efisiensi: 4.69,
      },
    ]);
  });
});

describe('sourcesFor', () => {
  it('names each document once with the places cited in it', () => {
    const refs = sourcesFor(
      [
        { kode_sumber: 'lkjip-x-2023', sumber: 'lkjip-x-2023 Tabel 3.1' },
        { kode_sumber: 'lkjip-x-2023', sumber: 'lkjip-x-2023 Tabel 3.1' },
        { kode_sumber: 'lkjip-x-2023', sumber: 'lkjip-x-2023 Tabel III (target); lkjip-x-2023 Lampiran (realisasi)' },
      ],
      [
        {
          kode_sumber: 'lkjip-x-2023',
          tahun_laporan: 2023,
          jenis: 'LKjIP',
          judul: 'LKjIP X 2023',
          diterbitkan: null,
          tautan: 'https://example.go.id/lkjip.pdf',
          extra: {},
        },
      ],
    );
    expect(refs).toEqual([
      {
        kode_sumber: 'lkjip-x-2023',
        judul: 'LKjIP X 2023',
        jenis: 'LKjIP',
        tahun_laporan: 2023,
        tautan: 'https://example.go.id/lkjip.pdf',
        tempat: ['Tabel 3.1', 'Tabel III (target)', 'Lampiran (realisasi)'],
      },
    ]);
  });
});
