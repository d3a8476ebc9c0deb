/**
 * The index of every agency → the pages that span agencies: `/` and the province pages (the directory tables),
 * and per urusan the comparison of agencies of the same kind, year by year. Pure.
 */
import type { SiteIndex } from '../data/output.ts';
import { paths } from '../lib/paths.ts';
import { peerFigures } from './charts.ts';
import { groupByProvince, groupByUrusan, HOME_INLINE_MAX, peerRows, type UrusanGroup } from './directory.ts';
import type { ChartFigure, Figure } from './figure.ts';
import { PAGES_VERSION, type NationalPages, type UrusanPages } from './pages.ts';
import { directoryTable, peerTable, provinceSummaryTable } from './tables.ts';
import { urusanTrend } from './urusanTrend.ts';

export function nationalPages(index: SiteIndex, inputHash: string, exampleChart: ChartFigure | null): NationalPages {
  const groups = groupByProvince(index.agencies);
  return {
    version: PAGES_VERSION,
    inputHash,
    counts: {
      agencies: index.agencies.length,
      provinces: groups.length,
      indicators: index.agencies.reduce((sum, agency) => sum + agency.jumlah_indikator, 0),
    },
    inline: index.agencies.length <= HOME_INLINE_MAX,
    provinces: groups.map((group) => ({
      slug: group.slug,
      provinsi: group.provinsi,
      count: group.count,
      regions: group.regions.map((region) => ({ slug: region.slug, nama_wilayah: region.nama_wilayah })),
      urusan: groupByUrusan(group.regions.flatMap((region) => region.agencies.map((item) => item.agency))).map((item) => ({
        slug: item.slug,
        urusan: item.urusan,
      })),
      table: directoryTable(group, paths.provinsi(group.provinsi)),
    })),
    provinceTable: provinceSummaryTable(groups),
    urusan: groupByUrusan(index.agencies).map((group) => ({ slug: group.slug, urusan: group.urusan, count: group.agencies.length, years: group.years })),
    exampleChart,
  };
}

/** The comparison pages of one urusan: per year, its two rankings and the table of every agency; across years, the trend. */
export function urusanPages(group: UrusanGroup): UrusanPages {
  return {
    version: PAGES_VERSION,
    slug: group.slug,
    urusan: group.urusan,
    count: group.agencies.length,
    years: group.years,
    pages: group.years.map((tahun) => {
      const peers = peerRows(group.agencies, tahun);
      return { tahun, charts: peerFigures(group.slug, group.urusan, tahun, peers), table: peerTable(group, tahun, peers) };
    }),
    trend: urusanTrend(group),
  };
}

/** Every chart of an urusan's pages, each year's then the trend's: the ones that have embed pages. */
export function urusanCharts(pages: Pick<UrusanPages, 'pages' | 'trend'>): ChartFigure[] {
  return [...pages.pages, pages.trend].flatMap((page) => page.charts);
}

/** The figures of an urusan's pages: what `/urusan/<slug>/gambar.json` holds. */
export function urusanFigures(pages: UrusanPages): Figure[] {
  return [...pages.trend.charts, ...(pages.trend.table ? [pages.trend.table] : []), ...pages.pages.flatMap((page) => [...page.charts, page.table])];
}
