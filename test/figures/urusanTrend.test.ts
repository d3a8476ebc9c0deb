import { describe, expect, it } from 'vitest';
import type { AgencySummary } from '../../src/data/output.ts';
import { groupByUrusan } from '../../src/figures/directory.ts';
import { urusanTrend } from '../../src/figures/urusanTrend.ts';
import { summary } from '../charts/fixtures.ts';

const agency = (kode: string, kode_wilayah: string, ringkasan: AgencySummary['ringkasan']): AgencySummary => ({
  kode_pd: kode,
  nama_pd: `Dinas Sosial ${kode}`,
  pemerintah_daerah: 'Pemkab',
  kode_wilayah,
  nama_wilayah: `Kabupaten ${kode_wilayah}`,
  provinsi: 'Jawa Timur',
  urusan: 'Sosial',
  alamat: null,
  situs: null,
  tahun: ringkasan.map((year) => year.tahun),
  tahun_terakhir: ringkasan.at(-1)?.tahun ?? null,
  ringkasan,
  jumlah_indikator: 1,
  jumlah_temuan: 0,
  indikator_slug: [],
  tahun_anggaran: [],
});

const agencies = [
  agency('a', '35.01', [
    summary({ tahun: 2022, iku_dinilai: 4, iku_tercapai: 1, serapan: 80 }),
    summary({ tahun: 2023, iku_dinilai: 4, iku_tercapai: 3, serapan: 95 }),
  ]),
  agency('b', '35.02', [summary({ tahun: 2023, iku_dinilai: 2, iku_tercapai: 2, serapan: null })]),
  agency('c', '35.03', [summary({ tahun: 2022, iku_dinilai: 0, iku_tercapai: 0, serapan: 70 })]),
];

describe('urusanTrend', () => {
  it('ranks agencies by their latest share of IKU met and by their latest serapan, each named by region', () => {
    const { charts } = urusanTrend(groupByUrusan(agencies)[0]!);
    expect(charts.map((chart) => chart.id)).toEqual(['urusan-sosial-iku-tercapai-tren', 'urusan-sosial-serapan-tren']);
    const [iku, serapan] = charts;
    expect(iku!.rows.map((row) => `${row.peringkat} ${row.kode_pd} ${row.tahun} ${row.value}`)).toEqual(['1 b 2023 100', '2 a 2022 25', '2 a 2023 75']);
    expect(iku!.note).toBe('1 perangkat daerah tanpa persentase IKU yang mencapai target pada tahun mana pun tidak digambar.');
    expect(serapan!.rows.map((row) => `${row.peringkat} ${row.label} ${row.tahun}`)).toEqual([
      '1 Kabupaten 35.01 2022',
      '1 Kabupaten 35.01 2023',
      '2 Kabupaten 35.03 2022',
    ]);
    expect(iku!.page).toBe('/urusan/sosial/');
  });

  it('lists every agency in the table, every year, linked to its page', () => {
    const { table } = urusanTrend(groupByUrusan(agencies)[0]!);
    expect(table!.rows.map((row) => [row.kode_pd, row.peringkat, row.iku_2022, row.iku_jumlah_2023, row.serapan_teks_2023])).toEqual([
      ['b', 1, null, '2 dari 2 IKU', null],
      ['a', 2, 25, '3 dari 4 IKU', 'serapan 95%'],
      ['c', null, null, null, null],
    ]);
    expect(table!.decor.map((decor) => decor.links?.nama_pd)).toEqual(['/pd/b/', '/pd/a/', '/pd/c/']);
    expect(table!.view.map((column) => column.label ?? column.key)).toEqual(['Peringkat', 'nama_pd', '2022', '2023']);
  });
});
