/**
 * Astro integration: everything for downloads, embeds and sharing that is made after the pages.
 *
 * - build start: opens the staging area that <ChartActions> and <SocialMeta> write to while pages render;
 * - build end: per chart /unduh/grafik/<id>.csv, -excel.csv, .svg, .png and /embed/grafik/<id>/; per data table
 *   /unduh/tabel/<id>.csv and -excel.csv; per page with
 *   a card /og/<path>.png; the dataset and JSON API (writeDataset.ts); _headers, sitemap.xml, robots.txt;
 *   and a report of what it made and how long PNGs took.
 *
 * It runs inside `astro build`, so every way of building the site (npm run build, the tests' buildSite) makes
 * the same files. In `astro dev` the download links are not served.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentShard, ownsPath, shardName } from '../lib/shard.ts';
import { chartCsv, chartLinks, chartPngScale, chartSvg, permalinkPage } from './chartFiles.ts';
import { embedPage } from './embedPage.ts';
import { headersFile } from './headers.ts';
import { ogCardSvg } from './ogCard.ts';
import { renderPngs, type PngJob } from './pngPool.ts';
import { readStagedChart, readStagedTable, stagedTableIds, startStaging, stopStaging, type OgCard } from './registry.ts';
import { shardSitemapFiles, sitemapFiles } from './sitemap.ts';
import { svgSize } from './svg.ts';
import { tableCsvFile, tableLinks } from './tableFiles.ts';
import { writeDataset } from './writeDataset.ts';

const KB = 1024;

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += readFileSync(join(entry.parentPath, entry.name)).length;
  }
  return total;
}

export function downloads(): AstroIntegration {
  let site = 'https://kinerja-terbuka.example/';
  let base = '/';
  let stagingDir: string | null = null;
  return {
    name: 'kinerja-terbuka-unduhan',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:start': () => {
        stagingDir = mkdtempSync(join(tmpdir(), 'kt-unduhan-'));
        startStaging(stagingDir);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const staging = stopStaging();
        try {
          const out = fileURLToPath(dir);
          const abs = (path: string) => new URL(path, site).href;
          const t0 = performance.now();

          // Charts: files, embed pages, PNG jobs.
          const jobs: PngJob[] = [];
          const scale = chartPngScale();
          const ids = staging ? [...staging.charts.keys()].sort() : [];
          mkdirSync(join(out, 'unduh', 'grafik'), { recursive: true });
          for (const id of ids) {
            const chart = readStagedChart(staging!.dir, id);
            const page = permalinkPage(staging!.charts.get(id)!);
            const permalink = abs(`${page}#${id}`);
            const links = chartLinks(id, base);
            const file = (path: string) => join(out, ...path.split('/').filter(Boolean));
            writeFileSync(file(links.csv), chartCsv(chart, permalink, 'kanonik'));
            writeFileSync(file(links.excel), chartCsv(chart, permalink, 'excel-id'));
            writeFileSync(file(links.svg), chartSvg(chart, permalink));
            jobs.push({ svgPath: file(links.svg), out: file(links.png), scale });
            mkdirSync(file(links.embed), { recursive: true });
            writeFileSync(join(file(links.embed), 'index.html'), embedPage(chart, { permalink, base }));
          }
          const tCharts = performance.now();

          // Tables: the two CSVs of each, in a folder per page (tableData.ts).
          let tableCount = 0;
          for (const id of staging ? stagedTableIds(staging.dir) : []) {
            tableCount++;
            const table = readStagedTable(staging!.dir, id);
            const permalink = abs(`${table.page}#${table.anchor}`);
            const links = tableLinks(id, base);
            const file = (path: string) => join(out, ...path.split('/').filter(Boolean));
            mkdirSync(dirname(file(links.csv)), { recursive: true });
            writeFileSync(file(links.csv), tableCsvFile(table, permalink, 'kanonik'));
            writeFileSync(file(links.excel), tableCsvFile(table, permalink, 'excel-id'));
          }
          const tTables = performance.now();

          // Preview cards.
          const cardFiles = staging ? readdirSync(join(staging.dir, 'og')).sort() : [];
          const host = new URL(site).host;
          mkdirSync(join(staging?.dir ?? out, 'og-svg'), { recursive: true });
          for (const name of cardFiles) {
            const card = JSON.parse(readFileSync(join(staging!.dir, 'og', name), 'utf8')) as OgCard & { path: string };
            const svgPath = join(staging!.dir, 'og-svg', name.replace(/\.json$/, '.svg'));
            writeFileSync(svgPath, ogCardSvg(card, host));
            jobs.push({ svgPath, out: join(out, ...card.path.split('/').filter(Boolean)), scale: 1 });
          }
          const png = await renderPngs(jobs);
          const tPng = performance.now();
          const pngMs = tPng - tTables;

          // Dataset and API.
          const dataDir = resolve(process.env.OUT_DIR ?? 'generated/data');
          const shard = currentShard();
          const dataset = writeDataset({ out, dataDir, site, base, shard });

          // Sitemap (in a sharded build each job lists the pages it owns), robots.txt, _headers.
          const paths = pages.filter((page) => ownsPath(shard, page.pathname)).map((page) => `${base}${page.pathname.replace(/^\/+/, '')}`);
          const sitemaps = shard.kind === 'semua' ? sitemapFiles(paths, site) : shardSitemapFiles(paths, site, `sitemap-${shardName(shard)}`);
          for (const sitemap of sitemaps) writeFileSync(join(out, sitemap.name), sitemap.xml);
          if (!existsSync(join(out, 'robots.txt'))) writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\nDisallow: ${base}embed/\n\nSitemap: ${abs(`${base}sitemap.xml`)}\n`);
          const topLevel = readdirSync(out, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
          writeFileSync(join(out, '_headers'), headersFile(topLevel));

          const size = (path: string) => `${Math.round(folderBytes(join(out, path)) / KB).toLocaleString('id-ID')} KB`;
          const sample = ids.length > 0 ? jobs[0] : undefined;
          const sampleSize = sample ? svgSize(readFileSync(sample.svgPath, 'utf8')) : null;
          logger.info(
            [
              `${ids.length} grafik: CSV, CSV Excel, SVG, PNG dan halaman sematan dalam ${Math.round(tCharts - t0)} ms (unduh/grafik ${size('unduh/grafik')}, embed ${size('embed')})`,
              `${tableCount} tabel: CSV dan CSV Excel dalam ${Math.round(tTables - tCharts)} ms (unduh/tabel ${size('unduh/tabel')})`,
              `${jobs.length} PNG (${ids.length} grafik, ${cardFiles.length} kartu pratinjau): ${png.rendered} dibuat, ${png.cached} dari cache, ${png.workers} worker; ` +
                `${png.msPerPng.toFixed(1)} ms per PNG, total ${Math.round(pngMs)} ms` +
                (sampleSize ? ` (grafik mis. ${sampleSize.width * scale}×${sampleSize.height * scale} px)` : ''),
              `dataset ${dataset.agencies} perangkat daerah: ${dataset.files} berkas dalam ${Math.round(dataset.ms)} ms (unduh/data ${size('unduh/data')}, api ${size('api')}); og ${size('og')}`,
            ].join('\n'),
          );
        } finally {
          if (stagingDir) rmSync(stagingDir, { recursive: true, force: true });
          stagingDir = null;
        }
      },
    },
  };
}
