/**
 * The example response on /data/: a short excerpt of the real /api/v1/index.json (the data step's index.json, which
 * the build copies byte for byte), still valid JSON: the first agency only, its latest year only, long lists cut to
 * their first items. Pure.
 */

const LIST_MAX = 3;

export interface ApiExcerpt {
  text: string;
  /** The year kept of the agency's ringkasan, or null when it has none. */
  year: number | null;
  /** The lists that were cut, by key. */
  cut: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function apiExcerpt(raw: unknown): ApiExcerpt {
  const index = raw as { [key: string]: Json };
  const agencies = Array.isArray(index.agencies) ? (index.agencies as { [key: string]: Json }[]) : [];
  const first = agencies[0];
  const cut: string[] = [];
  let year: number | null = null;
  let agency: { [key: string]: Json } | undefined;
  if (first) {
    agency = {};
    for (const [key, value] of Object.entries(first)) {
      if (key === 'ringkasan' && Array.isArray(value)) {
        const latest = value.at(-1) as { tahun?: Json } | undefined;
        year = typeof latest?.tahun === 'number' ? latest.tahun : null;
        agency[key] = latest === undefined ? [] : [latest as Json];
      } else if (Array.isArray(value) && value.length > LIST_MAX) {
        agency[key] = value.slice(0, LIST_MAX);
        cut.push(key);
      } else agency[key] = value;
    }
  }
  const excerpt: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(index)) excerpt[key] = key === 'agencies' ? (agency ? [agency] : []) : value;
  return { text: JSON.stringify(excerpt, null, 2), year, cut };
}
