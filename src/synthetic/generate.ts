/**
 * Synthetic national dataset in the canonical CSV format of data-format.md, for tests and
 * benchmarks. Pure: options in, CSV text out; no I/O, no clock, no Math.random.
 *
 * Every agency is generated from its own generator seeded by (seed, kode_pd, years), so an agency
 * is the same whether it is generated alone, in a tiny dataset or in the national one, and a
 * dataset can be generated in any order or in parallel.
 */
import { KEGIATAN_PENUNJANG, OPD_KINDS, PROGRAM_PENUNJANG, type OpdKind } from './opd.ts';
import { createRng, type Rng } from './prng.ts';
import { nationalPemda, slugify, type Pemda } from './regions.ts';

export const KINDS = ['perangkat_daerah', 'sumber', 'indikator', 'kinerja', 'anggaran'] as const;
export type Kind = (typeof KINDS)[number];

export const HEADERS: Record<Kind, readonly string[]> = {
  perangkat_daerah: ['kode_pd', 'nama_pd', 'pemerintah_daerah', 'kode_wilayah', 'nama_wilayah', 'provinsi', 'urusan', 'alamat', 'situs'],
  sumber: ['kode_sumber', 'kode_pd', 'tahun_laporan', 'jenis', 'judul', 'diterbitkan', 'tautan'],
  indikator: ['kode_pd', 'kode_indikator', 'tingkat', 'induk', 'sasaran', 'program', 'indikator', 'satuan', 'arah', 'skala', 'iku', 'formula', 'sumber_data'],
  kinerja: ['kode_pd', 'kode_indikator', 'tahun', 'target', 'realisasi', 'capaian_dilaporkan', 'target_renstra', 'sumber', 'catatan'],
  anggaran: [
    'kode_pd',
    'tahun',
    'tingkat',
    'kode',
    'program',
    'kegiatan',
    'subkegiatan',
    'uraian',
    'induk',
    'kode_indikator',
    'pagu',
    'realisasi',
    'sumber',
    'catatan',
  ],
};

/** The data-quality findings that the generator plants on purpose, each as the data step names it. */
export const PLANTED = {
  /** A kegiatan whose pagu is not the sum of its subkegiatan (and so its program's sum is off too). */
  sumMismatch: 'anggaran-tidak-sesuai-jumlah',
  /** A subkegiatan that spent more than its pagu. */
  overPagu: 'realisasi-melebihi-pagu',
  /** A printed capaian more than 0.5 points away from the one computed from target and realisasi. */
  capaianOff: 'capaian-berbeda',
  /** A target whose realisasi is not reported. */
  noRealisation: 'target-tanpa-realisasi',
} as const;
export type Planted = keyof typeof PLANTED;

export interface GenerateOptions {
  seed: string;
  /** Total number of agencies; default pemda × perPemda. At most 552 × 36. */
  agencies?: number;
  /** Number of pemda (default all 552), taken in an order that spreads across the 38 provinces. */
  pemda?: number;
  /** Agencies per pemda, 1–36 (default 36): the first kinds of OPD_KINDS, so every pemda has the same urusan. */
  perPemda?: number;
  /** Number of years (default 10), ending at lastYear (default 2024). */
  years?: number;
  lastYear?: number;
  /** Probability of each planted finding per agency-year (default 0.02). The first agency always has each one. */
  findingRate?: number;
}

export const MAX_PEMDA = 552;
export const MAX_PER_PEMDA = OPD_KINDS.length;

export interface AgencyPlan {
  /** Position in the national order: agency 0 is the first of every dataset. */
  index: number;
  kode_pd: string;
  kind: OpdKind;
  pemda: Pemda;
}

interface Resolved {
  seed: string;
  years: number[];
  findingRate: number;
}

function resolve(options: GenerateOptions): Resolved {
  const count = options.years ?? 10;
  const lastYear = options.lastYear ?? 2024;
  if (!Number.isInteger(count) || count < 1 || count > 50) throw new Error(`years must be an integer 1–50, got ${count}`);
  return {
    seed: options.seed,
    years: Array.from({ length: count }, (_, i) => lastYear - count + 1 + i),
    findingRate: options.findingRate ?? 0.02,
  };
}

/** The agencies of a dataset, in a stable order: pemda by pemda, kinds in OPD_KINDS order. */
export function planAgencies(options: GenerateOptions): AgencyPlan[] {
  const perPemda = options.perPemda ?? MAX_PER_PEMDA;
  if (!Number.isInteger(perPemda) || perPemda < 1 || perPemda > MAX_PER_PEMDA) throw new Error(`perPemda must be 1–${MAX_PER_PEMDA}, got ${perPemda}`);
  const pemdaCount = options.pemda ?? (options.agencies !== undefined ? Math.ceil(options.agencies / perPemda) : MAX_PEMDA);
  if (!Number.isInteger(pemdaCount) || pemdaCount < 1 || pemdaCount > MAX_PEMDA) throw new Error(`pemda must be 1–${MAX_PEMDA}, got ${pemdaCount}`);
  const total = options.agencies ?? pemdaCount * perPemda;
  if (!Number.isInteger(total) || total < 1 || total > pemdaCount * perPemda) {
    throw new Error(`agencies must be 1–${pemdaCount * perPemda} (${pemdaCount} pemda × ${perPemda}), got ${total}`);
  }
  const pemda = nationalPemda(options.seed).slice(0, pemdaCount);
  const plans: AgencyPlan[] = [];
  for (const [p, region] of pemda.entries()) {
    for (let k = 0; k < perPemda && plans.length < total; k++) {
      const kind = OPD_KINDS[k]!;
      plans.push({ index: p * MAX_PER_PEMDA + k, kode_pd: `${kind.abbr}-${region.slug}`, kind, pemda: region });
    }
  }
  return plans;
}

// ---- CSV writing -------------------------------------------------------------------------------

const NEEDS_QUOTES = /[",\r\n]/;
const cell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const line = (values: (string | number | null)[]): string => `${values.map(cell).join(',')}\n`;

/** Canonical number: `.` decimal, at most two decimals, never an exponent. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}

export function headerLine(kind: Kind): string {
  return `${HEADERS[kind].join(',')}\n`;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

// ---- One agency --------------------------------------------------------------------------------

type Model =
  | { type: 'persen'; base: number; step: number }
  | { type: 'turun'; base: number; whole?: boolean }
  | { type: 'jumlah'; base: number }
  | { type: 'kategori'; skala: readonly string[]; target: number };

interface IndicatorDef {
  kode: string;
  tingkat: 'tujuan' | 'sasaran' | 'program' | 'kegiatan';
  induk: string | null;
  sasaran: string;
  program: string | null;
  indikator: string;
  satuan: string;
  iku: boolean;
  formula: string | null;
  sumberData: string | null;
  model: Model;
}

const SKALA_SAKIP = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] as const;
const SKALA_IKM = ['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik'] as const;

interface Program {
  nama: string;
  kode: string;
  kegiatan: { nama: string; kode: string; sub: { nama: string; kode: string }[] }[];
}

function programsOf(plan: AgencyPlan): Program[] {
  const { kind, pemda } = plan;
  const penunjang: Program = {
    nama: PROGRAM_PENUNJANG(pemda.jenis),
    kode: `${kind.kode}.01`,
    kegiatan: KEGIATAN_PENUNJANG.map(([nama, subs], k) => ({
      nama,
      kode: `${kind.kode}.01.2.${String(k + 1).padStart(2, '0')}`,
      sub: subs.map((sub, s) => ({ nama: sub, kode: `${kind.kode}.01.2.${String(k + 1).padStart(2, '0')}.${String(s + 1).padStart(4, '0')}` })),
    })),
  };
  const others = kind.programs.map((nama, p): Program => {
    const topic = nama.replace(/^Program /, '');
    const kode = `${kind.kode}.${String(p + 2).padStart(2, '0')}`;
    const kegiatan = [
      [`Pelaksanaan ${topic}`, [`Penyediaan Sarana dan Prasarana ${topic}`, `Fasilitasi ${topic}`]],
      [`Koordinasi, Sinkronisasi dan Evaluasi ${topic}`, [`Sosialisasi ${topic}`, `Monitoring dan Evaluasi ${topic}`]],
    ] as const;
    return {
      nama,
      kode,
      kegiatan: kegiatan.map(([kegiatanNama, subs], k) => ({
        nama: kegiatanNama,
        kode: `${kode}.2.${String(k + 1).padStart(2, '0')}`,
        sub: subs.map((sub, s) => ({ nama: sub, kode: `${kode}.2.${String(k + 1).padStart(2, '0')}.${String(s + 1).padStart(4, '0')}` })),
      })),
    };
  });
  return [penunjang, ...others];
}

/** Fifteen indicators: 1 tujuan, 4 sasaran (naik, turun, two kategori), 4 program, 6 kegiatan, linked by induk. */
function indicatorsOf(plan: AgencyPlan, programs: Program[], rng: Rng): IndicatorDef[] {
  const { kind } = plan;
  const [p1, p2, p3, p4] = programs as [Program, Program, Program, Program];
  const persen = (low: number, high: number): Model => ({ type: 'persen', base: round2(rng.range(low, high)), step: round2(rng.range(0.3, 1.5)) });
  const jumlah = (low: number, high: number): Model => ({ type: 'jumlah', base: rng.int(low, high) });
  const [turunSasaran, turunIndikator, turunSatuan, turunBase] = kind.turun;
  const turunValue = round2(turunBase * rng.range(0.6, 1.4));
  const def = (d: Omit<IndicatorDef, 'formula' | 'sumberData'> & Partial<IndicatorDef>): IndicatorDef => ({ formula: null, sumberData: null, ...d });
  return [
    def({
      kode: 'T1',
      tingkat: 'tujuan',
      induk: null,
      sasaran: kind.tujuan,
      program: null,
      indikator: `Indeks capaian urusan ${kind.urusan}`,
      satuan: 'indeks',
      iku: false,
      model: persen(55, 80),
    }),
    def({
      kode: 'SS1',
      tingkat: 'sasaran',
      induk: 'T1',
      sasaran: kind.naik[0],
      program: null,
      indikator: kind.naik[1],
      satuan: '%',
      iku: true,
      formula: 'Realisasi / sasaran x 100',
      sumberData: `Laporan ${kind.nama}`,
      model: persen(60, 90),
    }),
    def({
      kode: 'SS2',
      tingkat: 'sasaran',
      induk: 'T1',
      sasaran: turunSasaran,
      program: null,
      indikator: turunIndikator,
      satuan: turunSatuan,
      iku: true,
      model: turunValue >= 1 ? { type: 'turun', base: turunValue } : { type: 'turun', base: 1 },
    }),
    def({
      kode: 'SS3',
      tingkat: 'sasaran',
      induk: null,
      sasaran: 'Meningkatnya akuntabilitas kinerja perangkat daerah',
      program: null,
      indikator: 'Predikat SAKIP perangkat daerah',
      satuan: 'predikat',
      iku: true,
      sumberData: 'LHE AKIP Inspektorat',
      model: { type: 'kategori', skala: SKALA_SAKIP, target: rng.int(3, 5) },
    }),
    def({
      kode: 'SS4',
      tingkat: 'sasaran',
      induk: 'SS3',
      sasaran: 'Meningkatnya kualitas pelayanan publik',
      program: null,
      indikator: 'Indeks Kepuasan Masyarakat',
      satuan: 'kategori IKM',
      iku: false,
      sumberData: 'Survei Kepuasan Masyarakat',
      model: { type: 'kategori', skala: SKALA_IKM, target: rng.int(2, 3) },
    }),
    def({
      kode: 'P1',
      tingkat: 'program',
      induk: 'SS3',
      sasaran: p1.nama,
      program: p1.nama,
      indikator: 'Persentase dokumen perencanaan dan pelaporan kinerja yang tersusun tepat waktu',
      satuan: '%',
      iku: false,
      model: persen(80, 95),
    }),
    def({
      kode: 'P2',
      tingkat: 'program',
      induk: 'SS1',
      sasaran: p2.nama,
      program: p2.nama,
      indikator: `Persentase capaian sasaran ${p2.nama.replace(/^Program /, '')}`,
      satuan: '%',
      iku: false,
      model: persen(60, 90),
    }),
    def({
      kode: 'P3',
      tingkat: 'program',
      induk: 'SS1',
      sasaran: p3.nama,
      program: p3.nama,
      indikator: `Persentase capaian sasaran ${p3.nama.replace(/^Program /, '')}`,
      satuan: '%',
      iku: false,
      model: persen(60, 90),
    }),
    def({
      kode: 'P4',
      tingkat: 'program',
      induk: 'SS2',
      sasaran: p4.nama,
      program: p4.nama,
      indikator: `Persentase capaian sasaran ${p4.nama.replace(/^Program /, '')}`,
      satuan: '%',
      iku: false,
      model: persen(60, 90),
    }),
    def({
      kode: 'K1.1',
      tingkat: 'kegiatan',
      induk: 'P1',
      sasaran: p1.kegiatan[0]!.nama,
      program: p1.nama,
      indikator: 'Jumlah dokumen perencanaan dan evaluasi kinerja yang tersusun',
      satuan: 'dokumen',
      iku: false,
      model: jumlah(4, 12),
    }),
    def({
      kode: 'K1.2',
      tingkat: 'kegiatan',
      induk: 'P1',
      sasaran: p1.kegiatan[1]!.nama,
      program: p1.nama,
      indikator: 'Persentase laporan keuangan yang tersusun tepat waktu',
      satuan: '%',
      iku: false,
      model: persen(85, 98),
    }),
    def({
      kode: 'K2.1',
      tingkat: 'kegiatan',
      induk: 'P2',
      sasaran: p2.kegiatan[0]!.nama,
      program: p2.nama,
      indikator: `Jumlah penerima manfaat ${p2.kegiatan[0]!.nama}`,
      satuan: 'orang',
      iku: false,
      model: jumlah(200, 5000),
    }),
    def({
      kode: 'K3.1',
      tingkat: 'kegiatan',
      induk: 'P3',
      sasaran: p3.kegiatan[0]!.nama,
      program: p3.nama,
      indikator: `Persentase layanan ${p3.kegiatan[0]!.nama} yang sesuai standar`,
      satuan: '%',
      iku: false,
      model: persen(65, 92),
    }),
    def({
      kode: 'K4.1',
      tingkat: 'kegiatan',
      induk: 'P4',
      sasaran: p4.kegiatan[0]!.nama,
      program: p4.nama,
      indikator: `Jumlah keluarga sasaran ${p4.kegiatan[0]!.nama}`,
      satuan: 'keluarga',
      iku: false,
      model: jumlah(50, 1500),
    }),
    def({
      kode: 'K4.2',
      tingkat: 'kegiatan',
      induk: 'P4',
      sasaran: p4.kegiatan[1]!.nama,
      program: p4.nama,
      indikator: 'Jumlah rekomendasi evaluasi yang belum ditindaklanjuti',
      satuan: 'rekomendasi',
      iku: false,
      model: { type: 'turun', base: rng.int(10, 40), whole: true },
    }),
  ];
}

interface YearValue {
  target: string | number | null;
  realisasi: string | number | null;
  /** Printed capaian, as the report would: computed from target and realisasi, two decimals. */
  capaian: number | null;
}

/** capaian mostly 70–120%: a rough normal around 101 with sd 9, clipped to 55–135. */
const capaianDraw = (rng: Rng) => rng.normal(101, 9, 55, 135);

function valueOf(model: Model, yearIndex: number, rng: Rng): YearValue {
  switch (model.type) {
    case 'persen': {
      const target = Math.min(100, round2(model.base + model.step * yearIndex));
      const realisasi = Math.min(100, round2((target * capaianDraw(rng)) / 100));
      return { target, realisasi, capaian: round2((realisasi / target) * 100) };
    }
    case 'turun': {
      const exact = (value: number) => (model.whole ? Math.round(value) : round2(value));
      const target = Math.max(model.whole ? 1 : 0.5, exact(model.base * (1 - 0.03 * yearIndex)));
      const realisasi = Math.max(0, exact(target * (2 - capaianDraw(rng) / 100)));
      return { target, realisasi, capaian: round2(((2 * target - realisasi) / target) * 100) };
    }
    case 'jumlah': {
      const target = Math.round(model.base * (1 + 0.05 * yearIndex));
      const realisasi = Math.round((target * capaianDraw(rng)) / 100);
      return { target, realisasi, capaian: round2((realisasi / target) * 100) };
    }
    case 'kategori': {
      const position = Math.min(model.skala.length - 1, model.target + Math.floor(yearIndex / 4));
      const achieved = Math.max(0, Math.min(model.skala.length - 1, position + rng.pick([-1, 0, 0, 0, 1])));
      return { target: model.skala[position]!, realisasi: model.skala[achieved]!, capaian: null };
    }
  }
}

export interface AgencyCsv {
  plan: AgencyPlan;
  /** CSV lines of each file, without header, each ending in `\n`. */
  text: Record<Kind, string>;
  rows: Record<Kind, number>;
  /** How many of each finding kind were planted (the data step may report more than one finding per plant). */
  planted: Record<Planted, number>;
}

/** The first agency of every dataset carries one of each planted finding in its last year, so even a tiny dataset has them. */
export function generateAgency(plan: AgencyPlan, options: GenerateOptions): AgencyCsv {
  const { seed, years, findingRate } = resolve(options);
  const rng = createRng(`${seed}:${years.length}:${years[0]}:${plan.kode_pd}`);
  const { kind, pemda } = plan;
  const kode = plan.kode_pd;
  const namaPd = `${kind.nama} ${pemda.namaWilayah}`;
  const host = `${kind.abbr}.${slugify(pemda.nama).replace(/-/g, '')}${pemda.jenis === 'provinsi' ? 'prov' : pemda.jenis === 'kabupaten' ? 'kab' : 'kota'}.go.id`;
  const text: Record<Kind, string> = { perangkat_daerah: '', sumber: '', indikator: '', kinerja: '', anggaran: '' };
  const rows: Record<Kind, number> = { perangkat_daerah: 0, sumber: 0, indikator: 0, kinerja: 0, anggaran: 0 };
  const planted: Record<Planted, number> = { sumMismatch: 0, overPagu: 0, capaianOff: 0, noRealisation: 0 };
  const add = (file: Kind, values: (string | number | null)[]) => {
    text[file] += line(values);
    rows[file]++;
  };
  const lastYear = years[years.length - 1]!;
  const plant = (what: Planted, year: number): boolean => {
    const yes = (plan.index === 0 && year === lastYear) || rng.chance(findingRate);
    if (yes) planted[what]++;
    return yes;
  };

  const streets = ['Jl. Merdeka', 'Jl. Sudirman', 'Jl. Ahmad Yani', 'Jl. Diponegoro', 'Jl. Pahlawan', 'Jl. Veteran', 'Jl. Gatot Subroto', 'Jl. Pemuda'];
  add('perangkat_daerah', [
    kode,
    namaPd,
    pemda.pemerintahDaerah,
    pemda.kodeWilayah,
    pemda.namaWilayah,
    pemda.provinsi.nama,
    kind.urusan,
    `${rng.pick(streets)} No. ${rng.int(1, 120)}, ${pemda.nama}`,
    `https://${host}`,
  ]);

  const sourceOf = (year: number) => `lkjip-${kode}-${year}`;
  for (const year of years) {
    add('sumber', [
      sourceOf(year),
      kode,
      year,
      year < 2019 ? 'LAKIP' : 'LKjIP',
      `Laporan Kinerja Instansi Pemerintah (${year < 2019 ? 'LAKIP' : 'LKjIP'}) ${namaPd} Tahun ${year}`,
      `${pemda.nama}, Maret ${year + 1}`,
      year > lastYear - 5 ? `https://${host}/dokumen/lkjip-${year}.pdf` : null,
    ]);
  }

  const programs = programsOf(plan);
  const indicators = indicatorsOf(plan, programs, rng);
  for (const ind of indicators) {
    const skala = ind.model.type === 'kategori' ? ind.model.skala.join('|') : null;
    const arah = ind.model.type === 'kategori' ? 'kategori' : ind.model.type === 'turun' ? 'turun' : 'naik';
    add('indikator', [
      kode,
      ind.kode,
      ind.tingkat,
      ind.induk,
      ind.sasaran,
      ind.program,
      ind.indikator,
      ind.satuan,
      arah,
      skala,
      ind.iku ? 'ya' : 'tidak',
      ind.formula,
      ind.sumberData,
    ]);
  }

  // Planted kinerja findings pick one row of the year among the indicators that print a capaian.
  const printed = indicators.filter((ind) => ind.model.type !== 'kategori' && ind.tingkat !== 'kegiatan');
  for (const [y, year] of years.entries()) {
    const off = plant('capaianOff', year) ? rng.pick(printed).kode : null;
    let missing = plant('noRealisation', year) ? rng.pick(indicators).kode : null;
    if (missing !== null && missing === off) missing = indicators.find((ind) => ind.kode !== off)!.kode;
    for (const ind of indicators) {
      const value = valueOf(ind.model, y, rng);
      let capaian = ind.tingkat === 'kegiatan' ? null : value.capaian;
      let realisasi = value.realisasi;
      let catatan: string | null = null;
      if (ind.kode === off && capaian !== null) {
        capaian = round2(capaian + rng.pick([-1, 1]) * rng.range(1, 8));
        catatan = 'Capaian tercetak berbeda dari hasil hitung (temuan sintetis).';
      }
      if (ind.kode === missing) {
        realisasi = null;
        capaian = null;
        catatan = 'Realisasi tidak dilaporkan (temuan sintetis).';
      }
      const renstra =
        ind.iku && ind.model.type !== 'kategori' && rng.chance(0.3) && typeof value.target === 'number' ? round2(value.target * rng.range(0.95, 1.05)) : null;
      add('kinerja', [kode, ind.kode, year, value.target, realisasi, capaian, renstra, `${sourceOf(year)} Tabel 3.1`, catatan]);
    }
  }

  // Budget: subkegiatan amounts drawn, every parent the sum of its parts, then planted gaps.
  let scale = 10 ** rng.range(9.3, 10.8); // 2–60 billion rupiah
  const subs = programs.flatMap((program, p) => program.kegiatan.flatMap((kegiatan) => kegiatan.sub.map((sub) => ({ program, p, kegiatan, sub }))));
  const weights = subs.map(({ p }) => (p === 0 ? 2.2 : 1) * rng.range(0.4, 1.6));
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  for (const year of years) {
    scale *= rng.range(0.98, 1.1);
    const tabel = `${sourceOf(year)} Tabel 3.4`;
    const over = plant('overPagu', year) ? rng.int(0, subs.length - 1) : -1;
    const pagu = subs.map((_, i) => Math.round((scale * weights[i]!) / weightSum / 1000) * 1000);
    const realisasi = pagu.map((amount, i) => Math.round(amount * (i === over ? rng.range(1.02, 1.15) : rng.normal(0.93, 0.04, 0.78, 1))));
    const sumWhere = (values: number[], keep: (i: number) => boolean) => values.reduce((sum, value, i) => (keep(i) ? sum + value : sum), 0);
    const totalPagu = sumWhere(pagu, () => true);
    const totalReal = sumWhere(realisasi, () => true);

    add('anggaran', [kode, year, 'total', null, null, null, null, `Total Belanja ${namaPd} Tahun ${year}`, null, null, totalPagu, totalReal, tabel, null]);
    const modalPagu = Math.round((totalPagu * rng.range(0.05, 0.25)) / 1000) * 1000;
    const modalReal = Math.min(modalPagu, Math.round(modalPagu * (totalReal / totalPagu)));
    add('anggaran', [
      kode,
      year,
      'jenis_belanja',
      '5.1',
      null,
      null,
      null,
      'Belanja Operasi',
      null,
      null,
      totalPagu - modalPagu,
      totalReal - modalReal,
      tabel,
      null,
    ]);
    add('anggaran', [kode, year, 'jenis_belanja', '5.2', null, null, null, 'Belanja Modal', null, null, modalPagu, modalReal, tabel, null]);
    const forSs1 = (i: number) => subs[i]!.p === 1 || subs[i]!.p === 2;
    add('anggaran', [
      kode,
      year,
      'sasaran',
      null,
      null,
      null,
      null,
      `Alokasi anggaran sasaran strategis "${kind.naik[0]}"`,
      null,
      'SS1',
      sumWhere(pagu, forSs1),
      sumWhere(realisasi, forSs1),
      `${sourceOf(year)} Tabel 3.6`,
      null,
    ]);

    const gap = plant('sumMismatch', year) ? { p: rng.int(0, programs.length - 1), k: rng.int(0, 1), amount: rng.int(1, 50) * 1_000_000 } : null;
    for (const [p, program] of programs.entries()) {
      const inProgram = (i: number) => subs[i]!.program === program;
      add('anggaran', [
        kode,
        year,
        'program',
        program.kode,
        program.nama,
        null,
        null,
        null,
        null,
        null,
        sumWhere(pagu, inProgram),
        sumWhere(realisasi, inProgram),
        tabel,
        null,
      ]);
      for (const [k, kegiatan] of program.kegiatan.entries()) {
        const inKegiatan = (i: number) => subs[i]!.kegiatan === kegiatan;
        const planted = gap && gap.p === p && gap.k === k;
        add('anggaran', [
          kode,
          year,
          'kegiatan',
          kegiatan.kode,
          program.nama,
          kegiatan.nama,
          null,
          null,
          null,
          null,
          sumWhere(pagu, inKegiatan) + (planted ? gap.amount : 0),
          sumWhere(realisasi, inKegiatan),
          tabel,
          planted ? 'Pagu kegiatan tercetak tidak sama dengan jumlah subkegiatan (temuan sintetis).' : null,
        ]);
        for (const sub of kegiatan.sub) {
          const i = subs.findIndex((candidate) => candidate.sub === sub);
          add('anggaran', [
            kode,
            year,
            'subkegiatan',
            sub.kode,
            program.nama,
            kegiatan.nama,
            sub.nama,
            null,
            null,
            null,
            pagu[i]!,
            realisasi[i]!,
            tabel,
            i === over ? 'Realisasi melebihi pagu (temuan sintetis).' : null,
          ]);
        }
      }
    }
  }
  return { plan, text, rows, planted };
}

/** Every agency of a dataset, one at a time, so a national dataset never sits in memory whole. */
export function* generateDataset(options: GenerateOptions): Generator<AgencyCsv> {
  for (const plan of planAgencies(options)) yield generateAgency(plan, options);
}

/** A whole small dataset as the text of its five files, headers included: for tests and tiny runs. */
export function generateFiles(options: GenerateOptions): Record<Kind, string> {
  const files = Object.fromEntries(KINDS.map((kind) => [kind, headerLine(kind)])) as Record<Kind, string>;
  for (const agency of generateDataset(options)) for (const kind of KINDS) files[kind] += agency.text[kind];
  return files;
}
