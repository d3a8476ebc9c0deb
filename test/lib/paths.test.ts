import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';

describe('paths', () => {
  it('builds every internal URL with a trailing slash', () => {
    expect(paths.home()).toBe('/');
    expect(paths.agency('dinsos-mojokerto')).toBe('/pd/dinsos-mojokerto/');
    expect(paths.agencyYear('dinsos-mojokerto', 2023)).toBe('/pd/dinsos-mojokerto/2023/');
    expect(paths.indicator('dinsos-mojokerto', 'ss2-1')).toBe('/pd/dinsos-mojokerto/indikator/ss2-1/');
    expect(paths.budget('dinsos-mojokerto', 2022)).toBe('/pd/dinsos-mojokerto/anggaran/2022/');
    expect(paths.urusanYear('Pekerjaan Umum & Penataan Ruang', 2023)).toBe('/urusan/pekerjaan-umum-dan-penataan-ruang/2023/');
    expect(paths.provinsi('Sulawesi Barat')).toBe('/provinsi/sulawesi-barat/');
    expect(paths.metode('temuan')).toBe('/metode/#temuan');
  });

  it('encodes dataset file names', () => {
    expect(paths.dataFile('dinsos x/kinerja.csv')).toBe('/data/dinsos%20x/kinerja.csv');
  });
});
