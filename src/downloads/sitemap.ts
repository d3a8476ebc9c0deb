/**
 * sitemap.xml: every page (embed pages and the 404 page excluded), absolute URLs, sorted, so two builds of
 * the same data write the same bytes. Beyond 50,000 URLs (the protocol's limit per file) the pages go into
 * sitemap-1.xml, sitemap-2.xml, … and sitemap.xml becomes their index.
 */
import { escapeHtml } from './html.ts';

export const SITEMAP_MAX_URLS = 50_000;

/** Whether an Astro page path (`pd/x/`, ``) is a page for the sitemap. */
export function inSitemap(pathname: string): boolean {
  const path = `/${pathname.replace(/^\/+/, '')}`;
  if (!path.endsWith('/')) return false;
  return !path.startsWith('/embed/') && path !== '/404/';
}

export function sitemapFiles(paths: readonly string[], site: string, max = SITEMAP_MAX_URLS): { name: string; xml: string }[] {
  const urls = [...new Set(paths.filter(inSitemap).map((path) => new URL(`/${path.replace(/^\/+/, '')}`, site).href))].sort();
  const urlset = (list: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>\n`).join('')}</urlset>\n`;
  if (urls.length <= max) return [{ name: 'sitemap.xml', xml: urlset(urls) }];
  const files: { name: string; xml: string }[] = [];
  for (let i = 0; i < urls.length; i += max) files.push({ name: `sitemap-${files.length + 1}.xml`, xml: urlset(urls.slice(i, i + max)) });
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files
    .map((file) => `  <sitemap><loc>${escapeHtml(new URL(`/${file.name}`, site).href)}</loc></sitemap>\n`)
    .join('')}</sitemapindex>\n`;
  return [{ name: 'sitemap.xml', xml: index }, ...files];
}
