/**
 * sitemap.xml: every page (embed pages and the 404 page excluded), absolute URLs, sorted, so two builds of
 * the same data write the same bytes. Beyond 50,000 URLs (the protocol's limit per file) the pages go into
 * sitemap-1.xml, sitemap-2.xml, … and sitemap.xml becomes their index. A sharded build (src/lib/shard.ts) writes one
 * set of files per job and the merge writes the index.
 */
import { escapeHtml } from './html.ts';

export const SITEMAP_MAX_URLS = 50_000;

/** Whether an Astro page path (`pd/x/`, ``) is a page for the sitemap. */
export function inSitemap(pathname: string): boolean {
  const path = `/${pathname.replace(/^\/+/, '')}`;
  if (!path.endsWith('/')) return false;
  return !path.startsWith('/embed/') && path !== '/404/';
}

const urlset = (list: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>\n`).join('')}</urlset>\n`;

/** The page URLs of a sitemap: absolute, deduplicated, sorted. */
function sitemapUrls(paths: readonly string[], site: string): string[] {
  return [...new Set(paths.filter(inSitemap).map((path) => new URL(`/${path.replace(/^\/+/, '')}`, site).href))].sort();
}

/** A sitemap index over sitemap files at the site root. */
export function sitemapIndex(names: readonly string[], site: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${names
    .map((name) => `  <sitemap><loc>${escapeHtml(new URL(`/${name}`, site).href)}</loc></sitemap>\n`)
    .join('')}</sitemapindex>\n`;
}

/** The whole site's sitemap: sitemap.xml, or beyond `max` URLs an index over sitemap-1.xml, sitemap-2.xml, … */
export function sitemapFiles(paths: readonly string[], site: string, max = SITEMAP_MAX_URLS): { name: string; xml: string }[] {
  const urls = sitemapUrls(paths, site);
  if (urls.length <= max) return [{ name: 'sitemap.xml', xml: urlset(urls) }];
  const files = shardSitemapFiles(paths, site, 'sitemap', max);
  return [
    {
      name: 'sitemap.xml',
      xml: sitemapIndex(
        files.map((file) => file.name),
        site,
      ),
    },
    ...files,
  ];
}

/**
 * One job of a sharded build: its own pages as `<stem>-1.xml`, `<stem>-2.xml`, … (at most `max` URLs each), and
 * no sitemap.xml: scripts/merge-shards.ts writes that, as the index over every job's files.
 */
export function shardSitemapFiles(paths: readonly string[], site: string, stem: string, max = SITEMAP_MAX_URLS): { name: string; xml: string }[] {
  const urls = sitemapUrls(paths, site);
  const files: { name: string; xml: string }[] = [];
  for (let i = 0; i < urls.length; i += max) files.push({ name: `${stem}-${files.length + 1}.xml`, xml: urlset(urls.slice(i, i + max)) });
  return files;
}
