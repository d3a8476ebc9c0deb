/**
 * `<owner>/gambar.json`: every figure of an owner's pages with what its downloads are made of (figureFiles.ts
 * FiguresFile): `/pd/<kode>/gambar.json` per agency (in the agency's part of a sharded build),
 * `/urusan/<slug>/gambar.json`, `/provinsi/<slug>/gambar.json` and the home page's `/gambar.json` (national part).
 * A download menu names its figure's file and key (DownloadMenu.astro); the reader's browser fetches it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresFile } from '../../downloads/publishFigures.ts';
import type { SourceLookup } from '../../downloads/snippets.ts';
import { agencyFigures } from '../../figures/agencyPages.ts';
import type { Figure } from '../../figures/figure.ts';
import { urusanFigures } from '../../figures/nationalPages.ts';
import { buildsNationalPages, loadAgencyPages, loadNational, loadUrusanPages, pageAgencies } from '../../lib/siteData.ts';

export const getStaticPaths = (() => [
  ...pageAgencies().map((agency) => ({ params: { owner: `pd/${agency.kode_pd}` } })),
  ...(buildsNationalPages()
    ? [
        { params: { owner: undefined } },
        ...loadNational().urusan.map((urusan) => ({ params: { owner: `urusan/${urusan.slug}` } })),
        ...loadNational().provinces.map((province) => ({ params: { owner: `provinsi/${province.slug}` } })),
      ]
    : []),
]) satisfies GetStaticPaths;

/** The owner's figures, and what "Gunakan data ini" needs to know of an agency's pages. */
function ownerFigures(owner: string): { figures: Figure[]; lookup?: SourceLookup } {
  const [kind, slug] = owner.split('/') as [string, string | undefined];
  if (kind === 'pd') {
    const pages = loadAgencyPages(slug!);
    return {
      figures: agencyFigures(pages),
      lookup: {
        latest: () => pages.latest,
        indicator: (_, indicatorSlug) => {
          const page = pages.indicatorPages.find((item) => item.slug === indicatorSlug);
          return page && { code: page.kode_indikator, years: page.rows.rows.length };
        },
      },
    };
  }
  if (kind === 'urusan') return { figures: urusanFigures(loadUrusanPages(slug!)) };
  const national = loadNational();
  if (kind === 'provinsi') return { figures: national.provinces.filter((province) => province.slug === slug).map((province) => province.table) };
  return { figures: [national.provinceTable] };
}

export const GET: APIRoute = ({ params, site }) => {
  const { figures, lookup } = ownerFigures(params.owner ?? '');
  const file = figuresFile(figures, { site: site!.href, base: import.meta.env.BASE_URL.replace(/\/?$/, '/'), lookup });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
