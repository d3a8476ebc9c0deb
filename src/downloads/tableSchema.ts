/**
 * The files of docs/data-format.md (five, and temuan.csv of version 2) as Frictionless Table Schemas: one list of fields per file, with
 * type, required-ness, vocabulary and description. The dataset export (dataset.ts) writes its columns in this
 * order, and datapackage.json describes them with it, so the two can never disagree.
 */
import { ARAH, JENIS_INDIKATOR, JENIS_LAPORAN, TINGKAT_ANGGARAN, TINGKAT_INDIKATOR, type FileKind } from '../data/schema.ts';

export type FieldType = 'string' | 'number' | 'integer' | 'year' | 'boolean';

export interface Field {
  name: string;
  type: FieldType;
  title?: string;
  description: string;
  format?: 'uri';
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string; minimum?: number };
}

export interface TableSchema {
  fields: Field[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

const req = { required: true } as const;
const str = (name: string, description: string, required = false): Field => ({ name, type: 'string', description, ...(required ? { constraints: req } : {}) });
const num = (name: string, description: string): Field => ({ name, type: 'number', description });
const year = (name: string, description: string): Field => ({ name, type: 'year', description, constraints: req });
const vocab = (name: string, values: readonly string[], description: string): Field => ({
  name,
  type: 'string',
  description,
  constraints: { required: true, enum: values },
});

const KODE_PD: Field = {
  name: 'kode_pd',
  type: 'string',
  description: 'Kode perangkat daerah: slug kebab-case yang stabil, mis. dinsos-mukomuko.',
  constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
};
const SUMBER = str('sumber', 'kode_sumber dokumen lalu tempat di dalamnya: "lkjip-mojokerto-2023 Tabel 3.1".', true);
const CATATAN = str('catatan', 'Catatan transkripsi: apa yang dipisah, dikoreksi atau tidak jelas.');

export const FIELDS: Record<FileKind, Field[]> = {
  perangkat_daerah: [
    KODE_PD,
    str('nama_pd', 'Nama perangkat daerah.', true),
    str('pemerintah_daerah', 'Pemerintah daerah induk.', true),
    str('kode_wilayah', 'Kode wilayah Kemendagri, mis. 17.06.', true),
    str('nama_wilayah', 'Nama kabupaten/kota/provinsi.', true),
    str('provinsi', 'Provinsi.', true),
    str('urusan', 'Urusan pemerintahan, mis. Sosial.', true),
    str('alamat', 'Alamat pos sebagaimana dicetak.'),
    { name: 'situs', type: 'string', format: 'uri', description: 'Situs web resmi (http/https).' },
  ],
  sumber: [
    str('kode_sumber', 'Kode dokumen sumber, unik.', true),
    KODE_PD,
    year('tahun_laporan', 'Tahun yang dilaporkan dokumen.'),
    vocab('jenis', JENIS_LAPORAN, 'Jenis laporan: LAKIP atau LKjIP.'),
    str('judul', 'Judul dokumen sebagaimana dicetak.', true),
    str('diterbitkan', 'Tempat dan tanggal terbit sebagaimana dicetak.'),
    { name: 'tautan', type: 'string', format: 'uri', description: 'Alamat publik dokumen (http/https).' },
    str(
      'skala_predikat',
      'Versi 2, opsional: skala predikat yang dicetak laporan, terbaik dahulu, dipisah |; batas bawah capaian (> atau >=) di depan setiap predikat kecuali yang terakhir, mis. >90 Sangat Baik|>75 Baik|>65 Cukup|>50 Kurang|Sangat Kurang.',
    ),
  ],
  indikator: [
    KODE_PD,
    str('kode_indikator', 'Kode indikator, unik dalam perangkat daerah dan stabil antartahun.', true),
    vocab('tingkat', TINGKAT_INDIKATOR, 'Tingkat indikator.'),
    str('induk', 'kode_indikator satu tingkat di atasnya yang didukung indikator ini.'),
    str('sasaran', 'Tujuan, sasaran, program atau kegiatan yang diukur, sebagaimana dicetak.', true),
    str('program', 'Nama program persis seperti di anggaran.csv, untuk menghubungkan kinerja dengan anggaran.'),
    str('indikator', 'Rumusan indikator.', true),
    str('satuan', 'Satuan: %, indeks, orang, predikat, …', true),
    vocab('arah', ARAH, 'naik: makin tinggi makin baik; turun: makin rendah makin baik; kategori: skala berurutan.'),
    str('skala', 'Untuk arah=kategori: label dari terburuk ke terbaik, dipisah |, mis. C|CC|B|BB|A|AA.'),
    { name: 'iku', type: 'boolean', trueValues: ['ya'], falseValues: ['tidak'], description: 'ya bila Indikator Kinerja Utama.', constraints: req },
    str('formula', 'Cara menghitung, sebagaimana dicetak.'),
    str('sumber_data', 'Asal data indikator, sebagaimana dicetak.'),
    {
      name: 'jenis_indikator',
      type: 'string',
      description: 'Versi 2, opsional: masukan (input; capaiannya serapan dana), keluaran (output) atau hasil (outcome).',
      constraints: { enum: JENIS_INDIKATOR },
    },
  ],
  kinerja: [
    KODE_PD,
    str('kode_indikator', 'Indikator (indikator.csv).', true),
    year('tahun', 'Tahun.'),
    str('target', 'Target tahun itu (Perjanjian Kinerja): angka kanonik, atau label skala untuk arah=kategori.'),
    str('realisasi', 'Realisasi: angka kanonik, atau label skala untuk arah=kategori.'),
    num('capaian_dilaporkan', 'Persentase capaian sebagaimana dicetak laporan.'),
    str('target_renstra', 'Target Renstra untuk tahun itu: angka kanonik atau label skala.'),
    SUMBER,
    CATATAN,
  ],
  anggaran: [
    KODE_PD,
    year('tahun', 'Tahun anggaran.'),
    vocab('tingkat', TINGKAT_ANGGARAN, 'Tingkat baris anggaran.'),
    str('kode', 'Kode rekening sebagaimana dicetak, mis. 1.06.06.01.01.'),
    str('program', 'Nama program (tingkat program ke bawah).'),
    str('kegiatan', 'Nama kegiatan (tingkat kegiatan ke bawah).'),
    str('subkegiatan', 'Nama subkegiatan.'),
    str('uraian', 'Uraian untuk total, jenis_belanja dan sasaran.'),
    str('induk', 'Untuk jenis_belanja yang merupakan bagian baris lain: uraian baris itu.'),
    str('kode_indikator', 'Untuk baris sasaran: indikator sasaran yang dilayani anggaran ini.'),
    { ...num('pagu', 'Pagu anggaran, rupiah.'), constraints: { minimum: 0 } },
    { ...num('realisasi', 'Realisasi belanja, rupiah.'), constraints: { minimum: 0 } },
    SUMBER,
    CATATAN,
    num('serapan_dilaporkan', 'Perluasan format: persentase serapan sebagaimana dicetak laporan.'),
    num('sisa_dilaporkan', 'Perluasan format: sisa anggaran sebagaimana dicetak laporan, rupiah.'),
  ],
  temuan: [
    KODE_PD,
    { name: 'tahun', type: 'year', description: 'Tahun angka yang dimaksud; wajib bila temuan menunjuk baris anggaran.' },
    str('kode_indikator', 'Indikator (indikator.csv) yang angkanya tidak cocok.'),
    {
      name: 'anggaran_tingkat',
      type: 'string',
      description: 'Tingkat baris anggaran (anggaran.csv) yang angkanya tidak cocok.',
      constraints: { enum: TINGKAT_ANGGARAN },
    },
    str('anggaran_kode', 'Kode baris anggaran itu, bila perlu untuk membedakannya.'),
    str('anggaran_program', 'Program baris anggaran itu.'),
    str('anggaran_kegiatan', 'Kegiatan baris anggaran itu.'),
    str('anggaran_subkegiatan', 'Subkegiatan baris anggaran itu.'),
    str('anggaran_uraian', 'Uraian baris anggaran itu (total, jenis_belanja, sasaran).'),
    str('uraian', 'Apa yang tidak cocok di laporan.', true),
    str('nilai_laporan_a', 'Angka pertama sebagaimana dicetak laporan.'),
    str('nilai_laporan_b', 'Angka kedua, yang tidak cocok dengan yang pertama, sebagaimana dicetak.'),
    { ...SUMBER, description: 'kode_sumber dokumen lalu tempat kedua angka di dalamnya: "lkjip-mojokerto-2023 Tabel 2.2 Bab III; Lampiran Evaluasi".' },
    CATATAN,
  ],
};

export const KEYS: Record<FileKind, Pick<TableSchema, 'primaryKey' | 'foreignKeys'>> = {
  perangkat_daerah: { primaryKey: ['kode_pd'] },
  sumber: { primaryKey: ['kode_sumber'], foreignKeys: [{ fields: ['kode_pd'], reference: { resource: 'perangkat_daerah', fields: ['kode_pd'] } }] },
  indikator: {
    primaryKey: ['kode_pd', 'kode_indikator'],
    foreignKeys: [{ fields: ['kode_pd'], reference: { resource: 'perangkat_daerah', fields: ['kode_pd'] } }],
  },
  kinerja: {
    primaryKey: ['kode_pd', 'kode_indikator', 'tahun'],
    foreignKeys: [{ fields: ['kode_pd', 'kode_indikator'], reference: { resource: 'indikator', fields: ['kode_pd', 'kode_indikator'] } }],
  },
  // A budget line's key spans columns that may be empty, which a Table Schema primary key does not allow.
  anggaran: { foreignKeys: [{ fields: ['kode_pd'], reference: { resource: 'perangkat_daerah', fields: ['kode_pd'] } }] },
  temuan: { foreignKeys: [{ fields: ['kode_pd'], reference: { resource: 'perangkat_daerah', fields: ['kode_pd'] } }] },
};

/** The schema of one file, with the dataset's extra columns (kept from the input, always text) at the end. */
export function tableSchema(kind: FileKind, extraColumns: readonly string[]): TableSchema {
  return {
    fields: [...FIELDS[kind], ...extraColumns.map((name) => str(name, 'Kolom tambahan dari data masukan, di luar format; disalin apa adanya.'))],
    missingValues: [''],
    ...KEYS[kind],
  };
}
