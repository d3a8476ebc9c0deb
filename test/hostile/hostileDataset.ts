/**
 * The bundled dataset with hostile text in every text field: markup and script payloads, formula
 * injection, very long words, right-to-left overrides and zero-width characters. Used to prove
 * that nothing from a CSV executes, that text is shown literally, and that layouts hold.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const PAYLOADS = [
  '<script>alert("xss-script")</script>',
  '"><img src=x onerror=alert("xss-img")>',
  '</svg><script>alert("xss-svg")</script>',
  "'><svg onload=alert('xss-onload')>",
  '</title></style></textarea><script>alert("xss-close")</script>',
  '=HYPERLINK("http://evil.example/","klik")',
  '+1+1',
  '-2+3',
  '@SUM(1,1)',
  'Kata' + 'Panjang'.repeat(40),
  '\u202Etxt.exe\u202C terbalik',
  'nol\u200Blebar\u200D\uFEFFspasi',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '\u2028baris\u2029paragraf',
  '<a href="javascript:alert(1)">tautan</a>',
] as const;

/** Payloads without spaces, for codes that must stay one token (kode_sumber is the first word of `sumber`). */
const TOKEN_PAYLOADS = ['"><img/src=x/onerror=alert("xss-code")>', '</script><script>alert("xss-code2")</script>', '=cmd|x!A0'] as const;

/** Columns that are numbers, years, vocabularies or slugs: left as they are. */
const UNTOUCHED = new Set([
  'kode_pd',
  'tahun',
  'tahun_laporan',
  'tingkat',
  'arah',
  'iku',
  'jenis',
  'pagu',
  'realisasi',
  'target',
  'target_renstra',
  'capaian_dilaporkan',
  'serapan_dilaporkan',
  'sisa_dilaporkan',
  'situs',
  'tautan',
  'jenis_indikator',
  'skala_predikat', // a structured value (bounds and predikat): a payload would make it unreadable, not hostile text
]);

function pick<T>(list: readonly T[], value: string): T {
  let hash = 0;
  for (const char of value) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return list[hash % list.length]!;
}

/** The same input always gets the same payload, so references between files still match. */
const hostile = (value: string) => (value === '' ? value : `${value} ${pick(PAYLOADS, value)}`);
/** In these columns the payload comes first, so formula payloads start their cell as an attack would. */
const PAYLOAD_FIRST = new Set(['catatan', 'formula', 'sumber_data', 'alamat', 'diterbitkan', 'satuan', 'kegiatan', 'subkegiatan', 'uraian']);
const hostileFirst = (value: string) => (value === '' ? value : `${pick(PAYLOADS, value)} ${value}`);
const hostileToken = (value: string) => (value === '' ? value : `${value}${pick(TOKEN_PAYLOADS, value)}`);

function transformRow(row: Record<string, string>, kategori: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'kode_sumber') out[column] = hostileToken(value);
    else if (column === 'sumber') {
      const [code, ...rest] = value.split(' ');
      out[column] = [hostileToken(code!), hostile(rest.join(' '))].join(' ');
    } else if (column === 'skala') out[column] = value.split('|').map(hostile).join('|');
    else if ((column === 'target' || column === 'realisasi' || column === 'target_renstra') && kategori.has(`${row.kode_pd}\u0000${row.kode_indikator}`)) {
      out[column] = hostile(value);
    } else if (PAYLOAD_FIRST.has(column) || (column === 'induk' && 'uraian' in row))
      out[column] = hostileFirst(value); // anggaran.induk names an uraian
    else out[column] = UNTOUCHED.has(column) ? value : hostile(value);
  }
  return out;
}

/**
 * temuan.csv names a budget line by anggaran.csv's own columns (anggaran_program …): those get the payload that
 * anggaran.csv's column of the same name gets, so that the reference still matches.
 */
function transformTemuan(row: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, value] of Object.entries(row)) {
    const budgetColumn = /^anggaran_(.+)$/.exec(column)?.[1];
    if (column === 'anggaran_tingkat') out[column] = value;
    else if (budgetColumn) out[column] = transformRow({ [budgetColumn]: value }, new Set())[budgetColumn]!;
    else out[column] = transformRow({ [column]: value }, new Set())[column]!;
  }
  return out;
}

const read = (path: string) => Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });

/** Writes the hostile copy of `sourceDir` (one folder per agency) into `outDir`. */
export function writeHostileDataset(sourceDir: string, outDir: string): void {
  for (const agency of readdirSync(sourceDir).filter((name) => !name.includes('.'))) {
    mkdirSync(join(outDir, agency), { recursive: true });
    const indicators = read(join(sourceDir, agency, 'indikator.csv')).data;
    const kategori = new Set(indicators.filter((row) => row.arah === 'kategori').map((row) => `${row.kode_pd}\u0000${row.kode_indikator}`));
    for (const file of ['perangkat_daerah.csv', 'sumber.csv', 'indikator.csv', 'kinerja.csv', 'anggaran.csv', 'temuan.csv']) {
      if (file === 'temuan.csv' && !existsSync(join(sourceDir, agency, file))) continue;
      const table = read(join(sourceDir, agency, file));
      // Only kinerja.csv holds scale labels; an anggaran line that names a kategori indicator still holds rupiah.
      const rows = table.data.map((row) => (file === 'temuan.csv' ? transformTemuan(row) : transformRow(row, file === 'kinerja.csv' ? kategori : new Set())));
      writeFileSync(join(outDir, agency, file), Papa.unparse(rows, { columns: table.meta.fields }));
    }
  }
}
