/** Which static CSV a figure's snippets name, and the lines themselves (the built site is checked in test/site/snippets.test.ts). */
import { describe, expect, it } from 'vitest';
import { figureDataSource, ikuMetShare, snippets } from '../../src/downloads/snippets.ts';

const lookup = { latest: () => 2023, indicator: (_kode: string, slug: string) => (slug === 'kosong' ? { code: 'T1', years: 0 } : { code: 'SS2.1', years: 3 }) };

describe('figureDataSource', () => {
  it.each([
    ['dinsos-x-capaian-2023', '/pd/dinsos-x/2023/', '/unduh/data/pd/dinsos-x/kinerja.csv', 'tahun', 2023],
    ['tabel-kinerja', '/pd/dinsos-x/', '/unduh/data/pd/dinsos-x/kinerja.csv', 'tahun', 2023],
    ['dinsos-x-serapan', '/pd/dinsos-x/', '/unduh/data/pd/dinsos-x/anggaran.csv', null, null],
    ['dinsos-x-anggaran-program-2022', '/pd/dinsos-x/anggaran/2022/', '/unduh/data/pd/dinsos-x/anggaran.csv', 'tahun', 2022],
    ['tabel-program', '/pd/dinsos-x/anggaran/2021/', '/unduh/data/pd/dinsos-x/anggaran.csv', 'tahun', 2021],
    ['dinsos-x-efisiensi-program-2023', '/pd/dinsos-x/2023/', '/unduh/data/pd/dinsos-x/kinerja.csv', 'tahun', 2023],
    ['dinsos-x-tren-ss2-1', '/pd/dinsos-x/indikator/ss2-1/', '/unduh/data/pd/dinsos-x/kinerja.csv', 'kode_indikator', 'SS2.1'],
    ['tabel-baris', '/pd/dinsos-x/indikator/kosong/', '/unduh/data/pd/dinsos-x/indikator.csv', 'kode_indikator', 'T1'],
    ['urusan-sosial-capaian-2023', '/urusan/sosial/2023/', '/unduh/data/urusan/sosial/ringkasan.csv', 'tahun', 2023],
    ['urusan-sosial-serapan-tren', '/urusan/sosial/', '/unduh/data/urusan/sosial/ringkasan.csv', null, null],
    ['tabel-provinsi', '/', '/unduh/data/ringkasan.csv', null, null],
  ])('%s on %s → %s', (id, page, path, column, value) => {
    const source = figureDataSource({ id, page }, '/', lookup)!;
    expect(source.path).toBe(path);
    expect(source.filter).toEqual(column === null ? null : { column, value });
    expect(source.hint).toContain(source.file);
  });

  it("filters a province's agency list by the province", () => {
    const source = figureDataSource({ id: 'tabel-provinsi-jawa-timur', page: '/provinsi/jawa-timur/', rows: [{ provinsi: 'Jawa Timur' }] })!;
    expect(source.path).toBe('/unduh/data/ringkasan.csv');
    expect(source.filter).toEqual({ column: 'provinsi', value: 'Jawa Timur' });
  });

  it('keeps the base path and names no file for the findings', () => {
    expect(figureDataSource({ id: 'dinsos-x-serapan', page: '/kt/pd/dinsos-x/' }, '/kt/')?.path).toBe('/kt/unduh/data/pd/dinsos-x/anggaran.csv');
    expect(figureDataSource({ id: 'tabel-temuan', page: '/pd/dinsos-x/2023/' }, '/', lookup)).toBeNull();
  });
});

describe('snippets', () => {
  it('load a CSV in Google Sheets, pandas and R, filtered when asked', () => {
    expect(snippets('https://kinerja.example/unduh/data/pd/x/kinerja.csv', { column: 'tahun', value: 2023 }).map((line) => line.code)).toEqual([
      '=IMPORTDATA("https://kinerja.example/unduh/data/pd/x/kinerja.csv")',
      'pd.read_csv("https://kinerja.example/unduh/data/pd/x/kinerja.csv").loc[lambda d: d["tahun"] == 2023]',
      'subset(read.csv("https://kinerja.example/unduh/data/pd/x/kinerja.csv"), tahun == 2023)',
    ]);
  });

  it('read a code as text and quote it as a string literal, whatever it holds', () => {
    const [, pandas, r] = snippets('https://kinerja.example/a.csv', { column: 'kode_indikator', value: '1.10"\\' });
    expect(pandas!.code).toBe(
      'pd.read_csv("https://kinerja.example/a.csv", dtype={"kode_indikator": str}).loc[lambda d: d["kode_indikator"] == "1.10\\"\\\\"]',
    );
    expect(r!.code).toBe('subset(read.csv("https://kinerja.example/a.csv", colClasses = c(kode_indikator = "character")), kode_indikator == "1.10\\"\\\\")');
  });

  it('count the share of judged IKU that met their target', () => {
    expect(ikuMetShare({ iku_dinilai: 9, iku_tercapai: 8 })).toBe(88.89);
    expect(ikuMetShare({ iku_dinilai: 0, iku_tercapai: 0 })).toBeNull();
  });
});
