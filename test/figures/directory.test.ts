import { describe, expect, it } from 'vitest';
import type { AgencySummary } from '../../src/data/output.ts';
import { groupByProvince, groupByUrusan, peerRows, withLatestYear } from '../../src/figures/directory.ts';
import { summary } from '../charts/fixtures.ts';

const agency = (kode: string, provinsi: string, kode_wilayah: string, urusan: string, ringkasan = [summary({ tahun: 2023 })]): AgencySummary => ({
  kode_pd: kode,
  nama_pd: `Dinas ${kode}`,
  pemerintah_daerah: 'Pemkab',
  kode_wilayah,
  nama_wilayah: `Wilayah ${kode_wilayah}`,
  provinsi,
  urusan,
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

describe('groupByProvince', () => {
  it('groups provinces and regions by name, agencies by name, in Indonesian order', () => {
    const groups = groupByProvince([
      agency('b', 'Jawa Timur', '35.16', 'Sosial'),
      agency('a', 'Bengkulu', '17.06', 'Sosial'),
      agency('c', 'Jawa Timur', '35.16', 'Kesehatan'),
      agency('d', 'jawa timur', '35.01', 'Sosial'),
    ]);
    expect(
      groups.map((group) => [
        group.slug,
        group.count,
        group.regions.map((region) => [region.kode_wilayah, region.agencies.map((item) => item.agency.kode_pd)]),
      ]),
    ).toEqual([
      ['bengkulu', 1, [['17.06', ['a']]]],
      [
        'jawa-timur',
        3,
        [
          ['35.01', ['d']],
          ['35.16', ['b', 'c']],
        ],
      ],
    ]);
    expect(groups[1]!.regions[0]!.slug).toBe('35-01');
  });

  it('takes the headline from the latest year', () => {
    const item = agency('a', 'Bengkulu', '17.06', 'Sosial', [summary({ tahun: 2022, serapan: 90 }), summary({ tahun: 2023, serapan: 95 })]);
    expect(withLatestYear(item).latest?.serapan).toBe(95);
  });
});

describe('groupByUrusan and peerRows', () => {
  const mojokerto = agency('mojokerto', 'Jawa Timur', '35.16', 'Sosial', [
    summary({ tahun: 2022, serapan: 91.9 }),
    summary({ tahun: 2023, iku_capaian_median: 129.47, serapan: 95.53 }),
  ]);
  const polman = agency('polman', 'Sulawesi Barat', '76.04', 'sosial', [
    summary({ tahun: 2021, iku_capaian_median: 71.4 }),
    summary({ tahun: 2023, iku_capaian_median: 101.35, serapan: 99.44 }),
  ]);
  const none = agency('mukomuko', 'Bengkulu', '17.06', 'Sosial', [summary({ tahun: 2020 })]);

  it('merges urusan by slug and lists only comparable years', () => {
    const [group] = groupByUrusan([mojokerto, polman, none]);
    expect(group!.slug).toBe('sosial');
    expect(group!.agencies).toHaveLength(3);
    expect(group!.years).toEqual([2021, 2022, 2023]);
  });

  it('ranks by capaian, missing last', () => {
    expect(peerRows([none, polman, mojokerto], 2023).map((row) => row.agency.kode_pd)).toEqual(['mojokerto', 'polman', 'mukomuko']);
  });
});
