/**
 * The agency lists of `/` and `/provinsi/<slug>/`: agencies grouped by province and region, each
 * with its latest year's headline, and the list of urusan. Linear in the number of agencies.
 */
import { groupBy } from '../data/groupBy.ts';
import type { AgencySummary, YearSummary } from '../data/output.ts';
import { slugify } from '../lib/slug.ts';
import { headline } from './headline.ts';

/** Above this many agencies `/` lists provinces only and each province gets the agency table. */
export const HOME_INLINE_MAX = 300;

const collator = new Intl.Collator('id');

export interface AgencyHeadline {
  agency: AgencySummary;
  /** The summary of the agency's latest year, or undefined when it has no year at all. */
  latest: YearSummary | undefined;
}

export interface RegionGroup {
  nama_wilayah: string;
  kode_wilayah: string;
  slug: string;
  agencies: AgencyHeadline[];
}

export interface ProvinceGroup {
  provinsi: string;
  slug: string;
  regions: RegionGroup[];
  count: number;
}

export function withLatestYear(agency: AgencySummary): AgencyHeadline {
  return { agency, latest: agency.ringkasan.find((year) => year.tahun === agency.tahun_terakhir) };
}

/** Provinces by name, regions by name within each, agencies by name within each region. */
export function groupByProvince(agencies: readonly AgencySummary[]): ProvinceGroup[] {
  const provinces = groupBy(agencies, (agency) => slugify(agency.provinsi));
  return [...provinces.entries()]
    .map(([slug, members]) => {
      const regions = groupBy(members, (agency) => agency.kode_wilayah);
      return {
        provinsi: members[0]!.provinsi,
        slug,
        count: members.length,
        regions: [...regions.entries()]
          .map(([kode_wilayah, inRegion]) => ({
            nama_wilayah: inRegion[0]!.nama_wilayah,
            kode_wilayah,
            slug: slugify(kode_wilayah),
            agencies: inRegion.sort((a, b) => collator.compare(a.nama_pd, b.nama_pd)).map(withLatestYear),
          }))
          .sort((a, b) => collator.compare(a.nama_wilayah, b.nama_wilayah)),
      };
    })
    .sort((a, b) => collator.compare(a.provinsi, b.provinsi));
}

export interface UrusanGroup {
  urusan: string;
  slug: string;
  agencies: AgencySummary[];
  /** Years in which at least one agency of this urusan has an IKU capaian or a serapan. */
  years: number[];
}

const comparable = (year: YearSummary) => headline(year).value !== null || year.serapan !== null;

export function groupByUrusan(agencies: readonly AgencySummary[]): UrusanGroup[] {
  const groups = groupBy(agencies, (agency) => slugify(agency.urusan));
  return [...groups.entries()]
    .map(([slug, members]) => ({
      urusan: members[0]!.urusan,
      slug,
      agencies: members,
      years: [...new Set(members.flatMap((agency) => agency.ringkasan.filter(comparable).map((year) => year.tahun)))].sort((a, b) => a - b),
    }))
    .sort((a, b) => collator.compare(a.urusan, b.urusan));
}

export interface PeerRow {
  agency: AgencySummary;
  year: YearSummary | undefined;
}

/** Agencies of one urusan in one year, ranked by the headline figure (highest first, missing last), then by name. */
export function peerRows(agencies: readonly AgencySummary[], tahun: number): PeerRow[] {
  const value = (row: PeerRow) => headline(row.year).value ?? Number.NEGATIVE_INFINITY;
  return agencies
    .map((agency) => ({ agency, year: agency.ringkasan.find((year) => year.tahun === tahun) }))
    .sort((a, b) => value(b) - value(a) || collator.compare(a.agency.nama_pd, b.agency.nama_pd));
}
