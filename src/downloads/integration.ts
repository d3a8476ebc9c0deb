/**
 * Astro integration: what the site publishes besides its pages, made after them from the data step's JSON:
 * every chart's embed page (writeEmbeds.ts), the dataset and JSON API (writeDataset.ts), sitemap.xml, robots.txt
 * and _headers. Charts and tables need no download files of their own: the reader's browser makes their downloads
 * from the page (src/scripts/figureDownload.ts).
 *
 * It runs inside `astro build`, so every way of building the site (npm run build, the tests' buildSite) makes
 * the same files.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentShard, ownsPath, shardName } from '../lib/shard.ts';
import { loadIndex } from '../lib/siteData.ts';
import { dataDir, PREVIEW_URL } from '../lib/siteFiles.ts';
import { headersFile } from './headers.ts';
import { shardSitemapFiles, sitemapFiles } from './sitemap.ts';
import { writeDataset } from './writeDataset.ts';
import { writeEmbeds } from './writeEmbeds.ts';

export function downloads(): AstroIntegration {
  let site = `${PREVIEW_URL}/`;
  let base = '/';
  return {
    name: 'kinerja-terbuka-unduhan',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        site = config.site ?? site;
        base = config.base.replace(/\/?$/, '/');
        if (!process.env.SITE_URL)
          logger.warn(
            `SITE_URL tidak diisi: tautan mutlak, sematan dan kutipan menunjuk ${PREVIEW_URL} (npm run preview). Isi SITE_URL dengan alamat publik situs saat menerbitkan. (SITE_URL is not set: absolute links point at the preview server.)`,
          );
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const abs = (path: string) => new URL(path, site).href;
        const shard = currentShard();
        const embeds = await writeEmbeds({ out, site });
        const dataset = writeDataset({ out, dataDir: dataDir(), site, base, shard });

        // Sitemap (in a sharded build each job lists the pages it owns; not the year pages that only lead to their
        // agency's overview), robots.txt, _headers.
        const leadOnly = new Set(
          loadIndex().agencies.flatMap((agency) => (agency.tahun_terakhir === null ? [] : [`pd/${agency.kode_pd}/${agency.tahun_terakhir}/`])),
        );
        const paths = pages
          .filter((page) => ownsPath(shard, page.pathname) && !leadOnly.has(page.pathname.replace(/^\/+/, '')))
          .map((page) => `${base}${page.pathname.replace(/^\/+/, '')}`);
        const sitemaps = shard.kind === 'semua' ? sitemapFiles(paths, site) : shardSitemapFiles(paths, site, `sitemap-${shardName(shard)}`);
        for (const sitemap of sitemaps) writeFileSync(join(out, sitemap.name), sitemap.xml);
        if (!existsSync(join(out, 'robots.txt')))
          writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\nDisallow: ${base}embed/\n\nSitemap: ${abs(`${base}sitemap.xml`)}\n`);
        const topLevel = readdirSync(out, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
        writeFileSync(join(out, '_headers'), headersFile(topLevel));
        logger.info(`${embeds.pages} halaman sematan dalam ${Math.round(embeds.ms)} ms`);
        logger.info(`dataset ${dataset.agencies} perangkat daerah: ${dataset.files} berkas dalam ${Math.round(dataset.ms)} ms`);
      },
    },
  };
}
