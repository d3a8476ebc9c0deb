/**
 * URL segments for names that the data gives as free text (urusan, provinsi): lower-case kebab,
 * accents dropped, anything else outside a-z0-9 collapsed to one hyphen. "Pekerjaan Umum & Penataan
 * Ruang" → "pekerjaan-umum-dan-penataan-ruang". Names that differ only in case or punctuation share a slug;
 * a name too long for a folder keeps its start plus a fingerprint.
 */
import { capWithFingerprint } from '../data/fingerprint.ts';

/** Longest slug: a folder name of the built site. */
export const SLUG_MAX = 64;

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'lainnya' : capWithFingerprint(slug, SLUG_MAX);
}
