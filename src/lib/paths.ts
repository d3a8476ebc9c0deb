/**
 * Every internal URL of the site, in one place, with the trailing slash that astro.config.mjs
 * requires. Kode and slug are already URL-safe (kode_pd is validated kebab-case, Indicator.slug
 * is a-z0-9-); free-text names go through slugify().
 */
import { slugify } from './slug.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
const at = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const paths = {
  home: () => at('/'),
  metode: (anchor?: string) => at(`/metode/${anchor ? `#${anchor}` : ''}`),
  /** Downloads, API and embedding (src/pages/data/index.astro). */
  downloads: () => at('/data/'),
  /** Check CSV files in the browser before publishing them (src/pages/periksa/index.astro). */
  periksa: () => at('/periksa/'),
  agency: (kode: string) => at(`/pd/${kode}/`),
  /**
   * An agency's page of one year. The year it opens on (`latest`, its latest with a realisation) is its overview,
   * /pd/<kode>/; that year's own address only leads there (src/pages/pd/[kode]/[tahun]/index.astro).
   */
  agencyYear: (kode: string, tahun: number, latest?: number | null) => (tahun === latest ? at(`/pd/${kode}/`) : at(`/pd/${kode}/${tahun}/`)),
  indicator: (kode: string, slug: string) => at(`/pd/${kode}/indikator/${slug}/`),
  budget: (kode: string, tahun: number) => at(`/pd/${kode}/anggaran/${tahun}/`),
  urusan: (urusan: string) => at(`/urusan/${slugify(urusan)}/`),
  urusanYear: (urusan: string, tahun: number) => at(`/urusan/${slugify(urusan)}/${tahun}/`),
  provinsi: (provinsi: string) => at(`/provinsi/${slugify(provinsi)}/`),
  /** A file of the dataset as served under /data/ (see src/pages/data/[...file].ts). */
  dataFile: (relativePath: string) => at(`/data/${relativePath.split('/').map(encodeURIComponent).join('/')}`),
};

/** The preview image of an agency's pages, or of the site: /og/pd/<kode>.png, /og/beranda.png (drawn by the figures step). */
export const ogImagePath = (kode: string | null) => at(kode === null ? '/og/beranda.png' : `/og/pd/${kode}.png`);
