/**
 * Words for codes: polarity, levels, bands, finding kinds, bases. One place, so the agency page,
 * the charts' captions and /metode/ say the same thing.
 */
import { BANDS, type BandId } from '../data/derive.ts';
import { formatNumber } from '../data/format.ts';
import type { FindingClass, FindingKind, Indicator } from '../data/output.ts';
import type { TingkatAnggaran, TingkatIndikator } from '../data/schema.ts';

export const TINGKAT_LABEL: Record<TingkatIndikator, string> = {
  tujuan: 'Tujuan',
  sasaran: 'Sasaran',
  program: 'Program',
  kegiatan: 'Kegiatan',
  subkegiatan: 'Subkegiatan',
};

export const TINGKAT_ANGGARAN_LABEL: Record<TingkatAnggaran, string> = {
  total: 'Total',
  jenis_belanja: 'Jenis belanja',
  sasaran: 'Sasaran',
  program: 'Program',
  kegiatan: 'Kegiatan',
  subkegiatan: 'Subkegiatan',
};

export function bandLabel(id: BandId | null | undefined): string {
  return BANDS.find((candidate) => candidate.id === id)?.label ?? 'Belum dapat dinilai';
}

/** What stands where a band would: an input indicator's capaian is absorption of funds, never a performance band. */
export const INPUT_INDICATOR_LABEL = 'indikator masukan: serapan dana, tanpa predikat';

/** What an indicator measures, in words, for its definition; null when the dataset does not say and its unit is no money. */
export function jenisIndikatorText(indicator: { jenis_indikator: 'masukan' | 'keluaran' | 'hasil' | null; masukan: boolean }): string | null {
  if (indicator.jenis_indikator === 'keluaran') return 'Keluaran (output)';
  if (indicator.jenis_indikator === 'hasil') return 'Hasil (outcome)';
  if (indicator.masukan)
    return `Masukan (input)${indicator.jenis_indikator === null ? ', dari satuannya (uang)' : ''}: capaiannya adalah serapan dana, bukan kinerja; tanpa predikat, tidak masuk angka utama dan peringkat`;
  return null;
}

/** The band of a capaian in words, or for an input indicator (Indicator.masukan) what it is instead. */
export function predikatLabel(band: BandId | null | undefined, masukan: boolean): string {
  return masukan ? INPUT_INDICATOR_LABEL : bandLabel(band);
}

/** Whether a target was met, in words, next to every band (a "Sangat Tinggi" 95% is still a missed target). */
export function statusTarget(tercapai: boolean | null | undefined): string | null {
  return tercapai === true ? 'tercapai' : tercapai === false ? 'tidak tercapai' : null;
}

/** The polarity of an indicator in words; for kategori the scale, worst to best. */
export function arahText(indicator: Pick<Indicator, 'arah' | 'skala'>): string {
  if (indicator.arah === 'naik') return 'semakin tinggi semakin baik';
  if (indicator.arah === 'turun') return 'semakin rendah semakin baik';
  return `kategori berurutan, dari terburuk ke terbaik: ${(indicator.skala ?? []).join(' → ')}`;
}

/** A number with as many decimals as it was given (0,321 stays 0,321; 82,18 stays 82,18), at most 6. */
export function formatExact(value: number): string {
  const decimals = (String(value).split('.')[1] ?? '').replace(/e.*$/, '').length;
  return formatNumber(value, Math.min(6, Math.max(0, decimals)));
}

/** A target or realisasi with its unit: `82,18%`, `44,78 indeks`, `A` (a scale label stays as printed). */
export function formatNilai(value: number | string | null | undefined, satuan: string): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  const unit = satuan.trim();
  if (unit === '%') return `${formatExact(value)}%`;
  return unit === '' ? formatExact(value) : `${formatExact(value)} ${unit}`;
}

/** The two classes of finding (FINDING_CLASS), as headings and in the findings table's CSV. */
export const FINDING_CLASS_LABEL: Record<FindingClass, string> = {
  'tidak-cocok': 'Angka yang tidak cocok',
  'tidak-lengkap': 'Data yang tidak dilaporkan atau tidak lengkap',
  'patut-dicermati': 'Yang tidak dikatakan laporan',
};

export interface FindingInfo {
  title: string;
  /** What was checked, in one sentence, for /metode/ and the agency page. */
  check: string;
}

export const FINDING_INFO: Record<FindingKind, FindingInfo> = {
  'capaian-berbeda': {
    title: 'Capaian tercetak berbeda dari hasil hitung',
    check: 'Capaian yang dicetak laporan dibandingkan dengan capaian yang dihitung ulang dari target dan realisasi; selisih lebih dari 0,5 poin dicatat.',
  },
  'anggaran-tidak-sesuai-jumlah': {
    title: 'Rincian anggaran tidak sama dengan jumlahnya',
    check:
      'Pagu dan realisasi setiap baris induk (total, Belanja Langsung, program, kegiatan, jenis belanja) dibandingkan dengan jumlah baris di bawahnya; selisih satu rupiah atau lebih dicatat.',
  },
  'realisasi-melebihi-pagu': {
    title: 'Realisasi melebihi pagu',
    check: 'Baris anggaran yang realisasinya lebih besar daripada pagunya.',
  },
  'nilai-tidak-wajar': {
    title: 'Nilai yang tidak mungkin benar',
    check:
      'Capaian lebih dari 200% (realisasi lebih dari dua kali target), persentase di luar 0–100%, atau indikator bernama persentase dengan satuan lain: biasanya satuan yang tercampur atau salah cetak.',
  },
  'dicatat-laporan': {
    title: 'Ketidakcocokan yang dicatat dari laporan',
    check:
      'Ketidakcocokan di dalam laporan yang tidak dapat dihitung situs (narasi lawan tabel, tabel yang berjudul tahun lain, jumlah yang melewatkan satu baris, angka yang berbeda antartabel), dicatat oleh penyalin data di temuan.csv beserta kedua angka dan tempatnya.',
  },
  'target-tanpa-realisasi': {
    title: 'Target tanpa realisasi',
    check: 'Indikator yang punya target untuk tahun laporan atau sebelumnya, tetapi realisasinya tidak dilaporkan.',
  },
  'serapan-berbeda': {
    title: 'Serapan tercetak berbeda dari hasil hitung',
    check:
      'Persentase serapan yang dicetak dibandingkan dengan realisasi ÷ pagu; selisih lebih dari 0,1 poin (lebih dari yang dapat dijelaskan pembulatan ke satu desimal) dicatat.',
  },
  'sisa-berbeda': {
    title: 'Sisa anggaran tidak sama dengan pagu − realisasi',
    check: 'Sisa anggaran yang dicetak dibandingkan dengan pagu dikurangi realisasi.',
  },
  'capaian-tidak-terhitung': {
    title: 'Capaian tidak dapat dihitung',
    check: 'Indikator dengan target dan realisasi, tetapi targetnya nol sehingga capaian tidak terdefinisi.',
  },
  'subkegiatan-tanpa-kegiatan': {
    title: 'Subkegiatan tanpa kegiatan',
    check: 'Baris subkegiatan yang tidak menyebut kegiatannya, sehingga tidak dapat dijumlahkan ke kegiatan mana pun.',
  },
  'program-tanpa-anggaran': {
    title: 'Program tanpa baris anggaran',
    check: 'Indikator program yang namanya tidak ditemukan di anggaran, sehingga efisiensinya tidak dapat dihitung.',
  },
  'target-di-bawah-capaian-lalu': {
    title: 'Target di bawah realisasi tahun sebelumnya',
    check:
      'Target tahun ini lebih rendah dari realisasi tahun lalu (untuk polaritas naik; lebih tinggi untuk turun): perangkat daerah membidik di bawah yang sudah dicapainya.',
  },
  'target-berbeda-renstra': {
    title: 'Target tahunan berbeda dari Renstra',
    check: 'Target sebuah tahun (Perjanjian Kinerja) dibandingkan dengan target Renstra untuk tahun yang sama; keduanya ditampilkan.',
  },
  'iku-hilang': {
    title: 'IKU yang hilang',
    check:
      'IKU yang dilaporkan pada satu tahun tetapi tidak ada lagi pada tahun laporan berikutnya. Perubahan rumusan, satuan atau polaritas IKU antartahun belum dapat diperiksa: format mencatat satu rumusan per indikator.',
  },
  'anggaran-kinerja-bertolak': {
    title: 'Anggaran terserap, kinerja tidak (atau sebaliknya)',
    check:
      'Program dengan serapan 90% atau lebih sementara sebagian besar indikatornya tidak mencapai target, atau serapan di bawah 60% sementara sebagian besar indikatornya tercapai.',
  },
};

export const EFFICIENCY_BASIS_LABEL = {
  program: 'terhadap serapan programnya',
  total: 'terhadap serapan total perangkat daerah',
  sasaran: 'terhadap serapan anggaran sasarannya',
} as const;

/**
 * What the serapan under the headline is made of: the report's own total, or a sum the site computed because the
 * report prints none (Mukomuko 2020: Belanja Tidak Langsung + Belanja Langsung), naming the lines it adds up.
 */
export function serapanBasisNote(basis: 'total' | 'jenis_belanja' | 'program', lines: readonly string[] = []): string {
  if (basis === 'total' || lines.length === 0) return SERAPAN_BASIS_LABEL[basis];
  const names =
    lines.length > 4
      ? `${lines.length} ${basis === 'program' ? 'program' : 'jenis belanja'}`
      : lines.length === 1
        ? lines[0]!
        : `${lines.slice(0, -1).join(', ')} dan ${lines.at(-1)!}`;
  return `dihitung situs dari jumlah ${names}; laporan tidak mencetak total`;
}

export const SERAPAN_BASIS_LABEL = {
  total: 'dari baris total anggaran yang dicetak laporan',
  jenis_belanja: 'dihitung situs dari jumlah jenis belanja teratas; laporan tidak mencetak total',
  program: 'dihitung situs dari jumlah program; laporan tidak mencetak total',
} as const;
