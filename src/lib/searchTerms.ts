/**
 * Other words for what a page says, for search. Pagefind matches words, not meanings: a reader who types
 * "bansos" does not find a page that says "bantuan sosial". Pages marked for search carry a hidden line
 * (BaseLayout) with the other form of every pair below that their text contains, so both forms find them.
 * A short table of abbreviations common in local-government performance reports; each pair works both ways.
 */
const PAIRS: [short: string, long: string][] = [
  ['bansos', 'bantuan sosial'],
  ['rehsos', 'rehabilitasi sosial'],
  ['jamsos', 'jaminan sosial'],
  ['dayasos', 'pemberdayaan sosial'],
  ['linjamsos', 'perlindungan dan jaminan sosial'],
  ['PPKS', 'pemerlu pelayanan kesejahteraan sosial'],
  ['PMKS', 'penyandang masalah kesejahteraan sosial'],
  ['PSKS', 'potensi dan sumber kesejahteraan sosial'],
  ['DTKS', 'data terpadu kesejahteraan sosial'],
  ['LKS', 'lembaga kesejahteraan sosial'],
  ['KPM', 'keluarga penerima manfaat'],
  ['PKH', 'program keluarga harapan'],
  ['ODGJ', 'orang dengan gangguan jiwa'],
  ['lansia', 'lanjut usia'],
  ['IKM', 'indeks kepuasan masyarakat'],
  ['SKM', 'survei kepuasan masyarakat'],
  ['IPM', 'indeks pembangunan manusia'],
  ['RSUD', 'rumah sakit umum daerah'],
  ['puskesmas', 'pusat kesehatan masyarakat'],
  ['UMKM', 'usaha mikro, kecil dan menengah'],
  ['APBD', 'anggaran pendapatan dan belanja daerah'],
  ['OPD', 'organisasi perangkat daerah'],
  ['renstra', 'rencana strategis'],
];

const normalize = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The other forms of the pairs whose one form occurs (as whole words, any case) in `texts`, each once. */
export function searchSynonyms(texts: readonly (string | null | undefined)[]): string[] {
  const haystack = normalize(texts.filter(Boolean).join(' \n '));
  const found = new Set<string>();
  for (const [short, long] of PAIRS) {
    const hasShort = haystack.includes(normalize(short));
    const hasLong = haystack.includes(normalize(long));
    if (hasShort && !hasLong) found.add(long);
    if (hasLong && !hasShort) found.add(short);
  }
  return [...found];
}
