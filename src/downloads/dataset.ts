/**
 * The validated dataset → the five canonical CSV files of docs/data-format.md again, for download: regenerated
 * from the JSON the site is built from, so a dataset read in the spreadsheet dialect comes out canonical
 * (`,` delimiter, `.` decimal point, plain numbers, `ya`/`tidak`, normalised URLs). Every row is kept; the input's
 * extra columns are kept at the end of each file. Read back by the data step, it gives the same JSON.
 */
import { formatSkalaPredikat, type FileKind } from '../data/schema.ts';
import type { AgencyData } from '../data/output.ts';
import { toCsv, type Row } from './csv.ts';
import { FIELDS } from './tableSchema.ts';

export const FILE_KINDS: readonly FileKind[] = ['perangkat_daerah', 'sumber', 'indikator', 'kinerja', 'anggaran', 'temuan'];

export interface Table {
  kind: FileKind;
  file: `${FileKind}.csv`;
  /** Columns of the format, then extra columns of the input in first-seen order. */
  columns: string[];
  extraColumns: string[];
  rows: Row[];
}

type Extra = Readonly<Record<string, string>>;

function rowsOf(agencies: readonly AgencyData[]): Record<FileKind, { row: Row; extra: Extra }[]> {
  const out: Record<FileKind, { row: Row; extra: Extra }[]> = { perangkat_daerah: [], sumber: [], indikator: [], kinerja: [], anggaran: [], temuan: [] };
  for (const data of agencies) {
    const { agency } = data;
    const kode_pd = agency.kode_pd;
    out.perangkat_daerah.push({
      row: {
        kode_pd,
        nama_pd: agency.nama_pd,
        pemerintah_daerah: agency.pemerintah_daerah,
        kode_wilayah: agency.kode_wilayah,
        nama_wilayah: agency.nama_wilayah,
        provinsi: agency.provinsi,
        urusan: agency.urusan,
        alamat: agency.alamat,
        situs: agency.situs,
      },
      extra: agency.extra,
    });
    for (const source of data.sources) {
      out.sumber.push({
        row: {
          kode_sumber: source.kode_sumber,
          kode_pd,
          tahun_laporan: source.tahun_laporan,
          jenis: source.jenis,
          judul: source.judul,
          diterbitkan: source.diterbitkan,
          tautan: source.tautan,
          skala_predikat: source.skala_predikat ? formatSkalaPredikat(source.skala_predikat) : null,
        },
        extra: source.extra,
      });
    }
    for (const indicator of data.indicators) {
      out.indikator.push({
        row: {
          kode_pd,
          kode_indikator: indicator.kode_indikator,
          tingkat: indicator.tingkat,
          induk: indicator.induk,
          sasaran: indicator.sasaran,
          program: indicator.program,
          indikator: indicator.indikator,
          satuan: indicator.satuan,
          arah: indicator.arah,
          skala: indicator.skala?.join('|') ?? null,
          iku: indicator.iku ? 'ya' : 'tidak',
          formula: indicator.formula,
          sumber_data: indicator.sumber_data,
          jenis_indikator: indicator.jenis_indikator,
        },
        extra: indicator.extra,
      });
    }
    for (const indicator of data.indicators) {
      for (const year of indicator.tahun) {
        out.kinerja.push({
          row: {
            kode_pd,
            kode_indikator: indicator.kode_indikator,
            tahun: year.tahun,
            target: year.target,
            realisasi: year.realisasi,
            capaian_dilaporkan: year.capaian_dilaporkan,
            target_renstra: year.target_renstra,
            sumber: year.sumber,
            catatan: year.catatan,
          },
          extra: year.extra,
        });
      }
    }
    for (const line of data.budget) {
      out.anggaran.push({
        row: {
          kode_pd,
          tahun: line.tahun,
          tingkat: line.tingkat,
          kode: line.kode,
          program: line.program,
          kegiatan: line.kegiatan,
          subkegiatan: line.subkegiatan,
          uraian: line.uraian,
          induk: line.induk,
          kode_indikator: line.kode_indikator,
          pagu: line.pagu,
          realisasi: line.realisasi,
          sumber: line.sumber,
          catatan: line.catatan,
          serapan_dilaporkan: line.serapan_dilaporkan,
          sisa_dilaporkan: line.sisa_dilaporkan,
        },
        extra: line.extra,
      });
    }
    // temuan.csv (version 2): the recorded findings, naming their budget line by all of its names.
    const lines = new Map(data.budget.map((line) => [line.id, line]));
    for (const finding of data.findings) {
      const { laporan } = finding;
      if (!laporan) continue;
      const line = finding.anggaran_id === null ? null : lines.get(finding.anggaran_id)!;
      out.temuan.push({
        row: {
          kode_pd,
          tahun: finding.tahun,
          kode_indikator: finding.kode_indikator,
          anggaran_tingkat: line?.tingkat ?? null,
          anggaran_kode: line?.kode ?? null,
          anggaran_program: line?.program ?? null,
          anggaran_kegiatan: line?.kegiatan ?? null,
          anggaran_subkegiatan: line?.subkegiatan ?? null,
          anggaran_uraian: line?.uraian ?? null,
          uraian: laporan.uraian,
          nilai_laporan_a: laporan.nilai_laporan_a,
          nilai_laporan_b: laporan.nilai_laporan_b,
          sumber: laporan.sumber,
          catatan: laporan.catatan,
        },
        extra: laporan.extra,
      });
    }
  }
  return out;
}

/** The six tables (temuan.csv may hold only its header) of some agencies (one agency, or all), agencies in the order given. */
export function datasetTables(agencies: readonly AgencyData[]): Table[] {
  const rows = rowsOf(agencies);
  return FILE_KINDS.map((kind) => {
    const known = new Set(FIELDS[kind].map((field) => field.name));
    const extraColumns: string[] = [];
    const seen = new Set<string>();
    for (const { extra } of rows[kind]) {
      for (const name of Object.keys(extra)) {
        if (!known.has(name) && !seen.has(name)) {
          seen.add(name);
          extraColumns.push(name);
        }
      }
    }
    return {
      kind,
      file: `${kind}.csv` as const,
      columns: [...FIELDS[kind].map((field) => field.name), ...extraColumns],
      extraColumns,
      rows: rows[kind].map(({ row, extra }) => ({ ...row, ...Object.fromEntries(extraColumns.map((name) => [name, extra[name] ?? null])) })),
    };
  });
}

/**
 * A table as a canonical CSV file: UTF-8 without BOM (as the Data Package spec recommends), `,`, `.` decimal
 * point, text that a spreadsheet would run as a formula escaped with one leading `'`.
 */
export function tableCsv(table: Table): string {
  return toCsv(table.rows, { columns: table.columns, format: 'kanonik', bom: false });
}
