/**
 * schema.org `Dataset` for pages that present a dataset (an agency's page, /data/), so search engines list the
 * data with its licence and files. Written into the page with jsonForScript (html.ts): `<` becomes \u003c.
 */
import type { AgencyData } from '../data/output.ts';
import { DATA_LICENSE } from './figureFiles.ts';
import { datasetLinks } from './writeDataset.ts';

export interface DatasetLdInput {
  name: string;
  description: string;
  url: string;
  site: string;
  base?: string;
  /** One agency's package, or the whole dataset when absent. */
  kode?: string;
  years?: readonly number[];
  places?: readonly string[];
  sources?: readonly { judul: string; tautan: string | null }[];
  keywords?: readonly string[];
}

export function datasetJsonLd(input: DatasetLdInput): Record<string, unknown> {
  const links = datasetLinks(input.base);
  const abs = (path: string) => new URL(path, input.site).href;
  const zip = input.kode ? links.agencyZip(input.kode) : links.zip;
  const csvs = input.kode
    ? (['kinerja', 'anggaran'] as const).map((kind) => links.agencyCsv(input.kode!, kind))
    : (['kinerja', 'anggaran'] as const).map((kind) => links.csv(kind));
  const years = [...(input.years ?? [])].sort((a, b) => a - b);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: 'id',
    isAccessibleForFree: true,
    license: DATA_LICENSE.path,
    creator: { '@type': 'Organization', name: 'Kinerja Terbuka', url: abs(input.base ?? '/') },
    keywords: [...(input.keywords ?? []), 'kinerja', 'anggaran', 'LAKIP', 'LKjIP'],
    ...(years.length > 0 ? { temporalCoverage: years.length === 1 ? String(years[0]) : `${years[0]}/${years.at(-1)}` } : {}),
    ...(input.places && input.places.length > 0 ? { spatialCoverage: input.places.map((name) => ({ '@type': 'Place', name })) } : {}),
    ...(input.sources && input.sources.length > 0
      ? { isBasedOn: input.sources.map((source) => ({ '@type': 'CreativeWork', name: source.judul, ...(source.tautan ? { url: source.tautan } : {}) })) }
      : {}),
    distribution: [
      { '@type': 'DataDownload', name: 'CSV kanonik dan datapackage.json (zip)', encodingFormat: 'application/zip', contentUrl: abs(zip) },
      ...csvs.map((path) => ({ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: abs(path) })),
      {
        '@type': 'DataDownload',
        name: 'JSON API',
        encodingFormat: 'application/json',
        contentUrl: abs(input.kode ? links.apiAgency(input.kode) : links.apiIndex),
      },
    ],
  };
}

/** The Dataset of one agency's page. */
export function agencyDatasetJsonLd(data: Pick<AgencyData, 'agency' | 'tahun' | 'sources'>, url: string, site: string, base = '/'): Record<string, unknown> {
  const { agency } = data;
  return datasetJsonLd({
    name: `Kinerja dan anggaran ${agency.nama_pd}`,
    description: `Target, realisasi, capaian indikator kinerja dan pagu serta realisasi anggaran ${agency.nama_pd} (${agency.pemerintah_daerah}), sebagaimana tercetak di laporan kinerjanya.`,
    url,
    site,
    base,
    kode: agency.kode_pd,
    years: data.tahun,
    places: [agency.nama_wilayah, agency.provinsi],
    sources: data.sources,
    keywords: [agency.urusan, agency.nama_wilayah, agency.provinsi],
  });
}
