import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('makes lower-case kebab slugs of urusan and province names', () => {
    expect(slugify('Sosial')).toBe('sosial');
    expect(slugify('Pekerjaan Umum & Penataan Ruang')).toBe('pekerjaan-umum-dan-penataan-ruang');
    expect(slugify('  Jawa   Timur ')).toBe('jawa-timur');
    expect(slugify('Kepulauan Bangka Belitung')).toBe('kepulauan-bangka-belitung');
    expect(slugify('D.I. Yogyakarta')).toBe('d-i-yogyakarta');
    expect(slugify('Pemberdayaan Perempuan/Perlindungan Anak')).toBe('pemberdayaan-perempuan-perlindungan-anak');
  });

  it('drops accents, merges names that differ only in case or punctuation, never returns empty', () => {
    expect(slugify('Pariwisata é Kebudayaan')).toBe('pariwisata-e-kebudayaan');
    expect(slugify('SOSIAL')).toBe(slugify('sosial'));
    expect(slugify('—')).toBe('lainnya');
  });
});

describe('slugify of very long names', () => {
  it('caps the slug, keeping different names apart', () => {
    const long = `Sulawesi Barat ${'panjang'.repeat(60)}`;
    expect(slugify(long).length).toBeLessThanOrEqual(64);
    expect(slugify(long)).not.toBe(slugify(`${long} x`));
    expect(slugify(long)).toMatch(/^sulawesi-barat-panjang/);
  });
});
