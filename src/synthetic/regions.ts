/**
 * The 552 regional governments of Indonesia as counted by Kemendagri: 38 provinces and
 * 514 kabupaten/kota (DKI Jakarta's 1 kabupaten and 5 kota administrasi included, as the
 * official count does). Province names and codes are real; kabupaten and kota names are synthetic.
 */
import { createRng } from './prng.ts';

export interface Province {
  /** Kemendagri code, two digits: `35`. */
  kode: string;
  nama: string;
  kabupaten: number;
  kota: number;
}

export const PROVINCES: readonly Province[] = [
  { kode: '11', nama: 'Aceh', kabupaten: 18, kota: 5 },
  { kode: '12', nama: 'Sumatera Utara', kabupaten: 25, kota: 8 },
  { kode: '13', nama: 'Sumatera Barat', kabupaten: 12, kota: 7 },
  { kode: '14', nama: 'Riau', kabupaten: 10, kota: 2 },
  { kode: '15', nama: 'Jambi', kabupaten: 9, kota: 2 },
  { kode: '16', nama: 'Sumatera Selatan', kabupaten: 13, kota: 4 },
  { kode: '17', nama: 'Bengkulu', kabupaten: 9, kota: 1 },
  { kode: '18', nama: 'Lampung', kabupaten: 13, kota: 2 },
  { kode: '19', nama: 'Kepulauan Bangka Belitung', kabupaten: 6, kota: 1 },
  { kode: '21', nama: 'Kepulauan Riau', kabupaten: 5, kota: 2 },
  { kode: '31', nama: 'DKI Jakarta', kabupaten: 1, kota: 5 },
  { kode: '32', nama: 'Jawa Barat', kabupaten: 18, kota: 9 },
  { kode: '33', nama: 'Jawa Tengah', kabupaten: 29, kota: 6 },
  { kode: '34', nama: 'DI Yogyakarta', kabupaten: 4, kota: 1 },
  { kode: '35', nama: 'Jawa Timur', kabupaten: 29, kota: 9 },
  { kode: '36', nama: 'Banten', kabupaten: 4, kota: 4 },
  { kode: '51', nama: 'Bali', kabupaten: 8, kota: 1 },
  { kode: '52', nama: 'Nusa Tenggara Barat', kabupaten: 8, kota: 2 },
  { kode: '53', nama: 'Nusa Tenggara Timur', kabupaten: 21, kota: 1 },
  { kode: '61', nama: 'Kalimantan Barat', kabupaten: 12, kota: 2 },
  { kode: '62', nama: 'Kalimantan Tengah', kabupaten: 13, kota: 1 },
  { kode: '63', nama: 'Kalimantan Selatan', kabupaten: 11, kota: 2 },
  { kode: '64', nama: 'Kalimantan Timur', kabupaten: 7, kota: 3 },
  { kode: '65', nama: 'Kalimantan Utara', kabupaten: 4, kota: 1 },
  { kode: '71', nama: 'Sulawesi Utara', kabupaten: 11, kota: 4 },
  { kode: '72', nama: 'Sulawesi Tengah', kabupaten: 12, kota: 1 },
  { kode: '73', nama: 'Sulawesi Selatan', kabupaten: 21, kota: 3 },
  { kode: '74', nama: 'Sulawesi Tenggara', kabupaten: 15, kota: 2 },
  { kode: '75', nama: 'Gorontalo', kabupaten: 5, kota: 1 },
  { kode: '76', nama: 'Sulawesi Barat', kabupaten: 6, kota: 0 },
  { kode: '81', nama: 'Maluku', kabupaten: 9, kota: 2 },
  { kode: '82', nama: 'Maluku Utara', kabupaten: 8, kota: 2 },
  { kode: '91', nama: 'Papua', kabupaten: 8, kota: 1 },
  { kode: '92', nama: 'Papua Barat', kabupaten: 7, kota: 0 },
  { kode: '93', nama: 'Papua Selatan', kabupaten: 4, kota: 0 },
  { kode: '94', nama: 'Papua Tengah', kabupaten: 8, kota: 0 },
  { kode: '95', nama: 'Papua Pegunungan', kabupaten: 8, kota: 0 },
  { kode: '96', nama: 'Papua Barat Daya', kabupaten: 5, kota: 1 },
];

export type JenisPemda = 'provinsi' | 'kabupaten' | 'kota';

export interface Pemda {
  jenis: JenisPemda;
  /** `Jawa Timur`, `Sukamaju`: the name without `Kabupaten`/`Kota`. */
  nama: string;
  /** `Provinsi Jawa Timur`, `Kabupaten Sukamaju`, `Kota Sukamaju`. */
  namaWilayah: string;
  /** `Pemerintah Kabupaten Sukamaju`. */
  pemerintahDaerah: string;
  /** `35` for a province, `35.07` for a kabupaten, `35.72` for a kota (kota numbered from 71). */
  kodeWilayah: string;
  provinsi: Province;
  /** kebab-case, unique among all pemda: `kab-sukamaju`, `kota-sukamaju`, `prov-jawa-timur`. */
  slug: string;
}

export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const FIRST = [
  'Suka',
  'Tanjung',
  'Batu',
  'Muara',
  'Sungai',
  'Kuala',
  'Teluk',
  'Bukit',
  'Karang',
  'Tanah',
  'Padang',
  'Pulau',
  'Air',
  'Lubuk',
  'Gunung',
  'Rawa',
  'Danau',
  'Sri',
  'Bumi',
  'Banjar',
  'Pasir',
  'Lembah',
  'Tirta',
  'Sido',
  'Wana',
];
const SECOND = [
  'Maju',
  'Jaya',
  'Makmur',
  'Raya',
  'Mulya',
  'Sari',
  'Indah',
  'Baru',
  'Asri',
  'Lestari',
  'Permai',
  'Damai',
  'Harapan',
  'Sejahtera',
  'Merdeka',
  'Rejo',
  'Mekar',
  'Agung',
  'Kencana',
  'Kembang',
  'Putih',
  'Hijau',
  'Tinggi',
  'Panjang',
  'Laut',
  'Emas',
  'Intan',
  'Mas',
  'Sakti',
  'Bening',
];
/** First parts written as one word with the second (`Sukamaju`), as many real names are. */
const JOINED = new Set(['Suka', 'Sido', 'Sri', 'Wana', 'Tirta', 'Banjar']);

/**
 * Every pemda in a fixed order that spreads any prefix across provinces: one kabupaten/kota of
 * each province, then each province's own government, then the next kabupaten/kota of each, and so on.
 * Names are drawn without replacement from a seeded shuffle, so they are unique and stable for a seed.
 */
export function nationalPemda(seed: string): Pemda[] {
  const rng = createRng(`${seed}:wilayah`);
  const names: string[] = [];
  for (const first of FIRST) for (const second of SECOND) names.push(JOINED.has(first) ? `${first}${second.toLowerCase()}` : `${first} ${second}`);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  let nameIndex = 0;
  const perProvince: Pemda[][] = PROVINCES.map((provinsi) => {
    const list: Pemda[] = [];
    const local = (jenis: 'kabupaten' | 'kota', number: number): Pemda => {
      const nama = names[nameIndex++]!;
      const label = jenis === 'kabupaten' ? 'Kabupaten' : 'Kota';
      return {
        jenis,
        nama,
        namaWilayah: `${label} ${nama}`,
        pemerintahDaerah: `Pemerintah ${label} ${nama}`,
        kodeWilayah: `${provinsi.kode}.${String(number).padStart(2, '0')}`,
        provinsi,
        slug: `${jenis === 'kabupaten' ? 'kab' : 'kota'}-${slugify(nama)}`,
      };
    };
    const kabupaten = Array.from({ length: provinsi.kabupaten }, (_, i) => local('kabupaten', i + 1));
    const kota = Array.from({ length: provinsi.kota }, (_, i) => local('kota', 71 + i));
    // Interleave kota among kabupaten, so a prefix of the list has both.
    for (let i = 0; i < Math.max(kabupaten.length, kota.length); i++) {
      if (kabupaten[i]) list.push(kabupaten[i]!);
      if (kota[i]) list.push(kota[i]!);
    }
    const own: Pemda = {
      jenis: 'provinsi',
      nama: provinsi.nama,
      namaWilayah: `Provinsi ${provinsi.nama}`,
      pemerintahDaerah: `Pemerintah Provinsi ${provinsi.nama}`,
      kodeWilayah: provinsi.kode,
      provinsi,
      slug: `prov-${slugify(provinsi.nama)}`,
    };
    list.splice(Math.min(1, list.length), 0, own);
    return list;
  });
  const ordered: Pemda[] = [];
  const longest = Math.max(...perProvince.map((list) => list.length));
  for (let round = 0; round < longest; round++) for (const list of perProvince) if (list[round]) ordered.push(list[round]!);
  return ordered;
}
