/**
 * What the figures step writes and the pages read, defined once: for each agency every page it has (the year
 * pages, the indicator pages, the budget pages) with their figures, and for the whole site the pages that span
 * agencies. Pages render these as they are; they compute nothing (scripts/build-figures.ts writes them,
 * src/lib/siteData.ts reads them back through these schemas).
 */
import { z } from 'zod';
import { Agency, Source, YearSummary } from '../data/output.ts';
import { TINGKAT_INDIKATOR } from '../data/schema.ts';
import { ChartFigure, TableFigure } from './figure.ts';

export const PAGES_VERSION = 1;

/** The suggested citation of a page, without its address (the page adds it). */
export const CitationInput = z.object({
  author: z.string(),
  source: Source,
  tempat: z.array(z.string()).optional(),
});
export type CitationInput = z.infer<typeof CitationInput>;

/** One node of the indicator tree (tujuan → sasaran → program → kegiatan → subkegiatan). */
export interface TreeNode {
  kode: string;
  slug: string;
  tingkat: (typeof TINGKAT_INDIKATOR)[number];
  indikator: string;
  iku: boolean;
  children: TreeNode[];
}
export const TreeNode: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({ kode: z.string(), slug: z.string(), tingkat: z.enum(TINGKAT_INDIKATOR), indikator: z.string(), iku: z.boolean(), children: z.array(TreeNode) }),
);

export const YearPage = z.object({
  /** Null only for an agency without any year: then identity, tree and undated findings alone. */
  tahun: z.number().int().nullable(),
  summary: YearSummary.nullable(),
  /** Per indicator kode, what the tree says of it this year (`capaian 82,18% (Tinggi)`); absent: nothing that year. */
  status: z.record(z.string(), z.string()),
  kinerja: TableFigure.nullable(),
  capaian: ChartFigure.nullable(),
  program: ChartFigure.nullable(),
  efficiency: z.array(ChartFigure),
  findings: TableFigure.nullable(),
  /** The findings this page lists, by class (FINDING_CLASS): what does not add up, and what is not reported. */
  findingCounts: z.object({ tidak_cocok: z.number().int(), tidak_lengkap: z.number().int(), patut_dicermati: z.number().int() }),
  hasBudget: z.boolean(),
  citation: CitationInput.nullable(),
});
export type YearPage = z.infer<typeof YearPage>;

const IndicatorLink = z.object({ slug: z.string(), label: z.string() });

export const IndicatorPage = z.object({
  slug: z.string(),
  kode_indikator: z.string(),
  indikator: z.string(),
  tingkat: z.enum(TINGKAT_INDIKATOR),
  iku: z.boolean(),
  /** An input indicator: its capaian is absorption of funds (Indicator.masukan). */
  masukan: z.boolean(),
  /** What the indicator measures, in words (labels.ts jenisIndikatorText), or null. */
  jenis: z.string().nullable(),
  sasaran: z.string(),
  program: z.string().nullable(),
  satuan: z.string(),
  /** The polarity in words. */
  arah: z.string(),
  formula: z.string().nullable(),
  sumber_data: z.string().nullable(),
  /** The Renstra's final target, written out with its unit and year. */
  renstraAkhir: z.string().nullable(),
  extra: z.record(z.string(), z.string()),
  parent: IndicatorLink.nullable(),
  children: z.array(IndicatorLink),
  /** The latest year with a figure: the answer a reader looks for first. */
  latest: z
    .object({
      tahun: z.number().int(),
      target: z.string(),
      realisasi: z.string(),
      capaian: z.number().nullable(),
      band: z.string().nullable(),
      predikat: z.string(),
      status: z.string().nullable(),
    })
    .nullable(),
  trend: ChartFigure.nullable(),
  capaian: ChartFigure.nullable(),
  rows: TableFigure,
  efficiency: TableFigure.nullable(),
  findings: TableFigure.nullable(),
  citation: CitationInput.nullable(),
});
export type IndicatorPage = z.infer<typeof IndicatorPage>;

export const BudgetPage = z.object({
  tahun: z.number().int(),
  summary: YearSummary.nullable(),
  /** Lines marked with a finding of their own. */
  flagged: z.number().int(),
  chart: ChartFigure.nullable(),
  total: TableFigure.nullable(),
  program: TableFigure.nullable(),
  jenis: TableFigure.nullable(),
  sasaran: TableFigure.nullable(),
});
export type BudgetPage = z.infer<typeof BudgetPage>;

export const AgencyPages = z.object({
  version: z.literal(PAGES_VERSION),
  /** What these pages were made from (agency JSON and code): a rebuild with the same input reuses them. */
  inputHash: z.string(),
  agency: Agency,
  sources: z.array(Source),
  /** Dataset files of this agency, as served under /data/. */
  files: z.array(z.string()),
  years: z.array(z.number().int()),
  latest: z.number().int().nullable(),
  budgetYears: z.array(z.number().int()),
  tree: z.array(TreeNode),
  serapan: ChartFigure.nullable(),
  yearPages: z.array(YearPage),
  indicatorPages: z.array(IndicatorPage),
  budgetPages: z.array(BudgetPage),
  /** The overview's suggested citation (the latest report). */
  citation: CitationInput.nullable(),
  /** The preview card's alternative text (its image is og/pd/<kode>.png). */
  cardAlt: z.string(),
});
export type AgencyPages = z.infer<typeof AgencyPages>;

export const UrusanPages = z.object({
  version: z.literal(PAGES_VERSION),
  slug: z.string(),
  urusan: z.string(),
  count: z.number().int(),
  years: z.array(z.number().int()),
  pages: z.array(z.object({ tahun: z.number().int(), charts: z.array(ChartFigure), table: TableFigure })),
  /** The index page's view across years (src/figures/urusanTrend.ts): IKU met and serapan per agency and year. */
  trend: z.object({ charts: z.array(ChartFigure), table: TableFigure.nullable() }),
});
export type UrusanPages = z.infer<typeof UrusanPages>;

export const NationalPages = z.object({
  version: z.literal(PAGES_VERSION),
  inputHash: z.string(),
  counts: z.object({ agencies: z.number().int(), provinces: z.number().int(), indicators: z.number().int() }),
  /** Whether `/` lists every agency (else the provinces, each with its page). */
  inline: z.boolean(),
  provinces: z.array(
    z.object({
      slug: z.string(),
      provinsi: z.string(),
      count: z.number().int(),
      regions: z.array(z.object({ slug: z.string(), nama_wilayah: z.string() })),
      /** The urusan of the province's agencies, for its page's filter. */
      urusan: z.array(z.object({ slug: z.string(), urusan: z.string() })),
      table: TableFigure,
    }),
  ),
  provinceTable: TableFigure,
  urusan: z.array(z.object({ slug: z.string(), urusan: z.string(), count: z.number().int(), years: z.array(z.number().int()) })),
  /** A chart for /data/'s example embed snippet: the first agency's serapan trend that exists. */
  exampleChart: ChartFigure.nullable(),
});
export type NationalPages = z.infer<typeof NationalPages>;

/** What one figures run wrote: every chart by id with the file that holds it, for the embed pages. */
export const FiguresIndex = z.object({
  version: z.literal(PAGES_VERSION),
  charts: z.array(z.object({ id: z.string(), agency: z.string().nullable(), urusan: z.string().nullable() })),
});
export type FiguresIndex = z.infer<typeof FiguresIndex>;
