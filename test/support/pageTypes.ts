/** One sample page per page type of the built site: `/pd/x/indikator/y/` and `/pd/z/indikator/w/` are one type. */
const STATIC_SEGMENTS = new Set([
  'pd',
  'indikator',
  'anggaran',
  'urusan',
  'metode',
  'embed',
  'provinsi',
  'data',
  'tahun',
  'unduh',
  'api',
  'cari',
  'tentang',
  'periksa',
]);

export function pageType(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '' || STATIC_SEGMENTS.has(segment) ? segment : /^\d{4}$/.test(segment) ? '<tahun>' : '*'))
    .join('/');
}

/** The first page (in sorted order) of every type. */
export function samplePerType(pages: readonly string[]): Map<string, string> {
  const samples = new Map<string, string>();
  for (const page of pages) if (!page.endsWith('.html') && !samples.has(pageType(page))) samples.set(pageType(page), page);
  return samples;
}
