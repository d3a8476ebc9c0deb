/**
 * Build end: every chart's embed page, /embed/grafik/<id>/index.html, for the charts of this build (all of them,
 * or one part of a sharded build: the figures step's index-<shard>.json). Each is the frame Astro rendered
 * (src/pages/embed/bingkai.astro) with the chart's words and its page's SVG filled in (embedPage.ts); the frame
 * page itself is then removed, so `dist/` has the embed pages only.
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ChartFigure } from '../figures/figure.ts';
import { agencyCharts } from '../figures/agencyPages.ts';
import { urusanCharts } from '../figures/nationalPages.ts';
import { loadAgencyPages, loadFiguresIndex, loadUrusanPages } from '../lib/siteData.ts';
import { EMBED_FRAME_PAGE, embedPageHtml, parseEmbedFrame } from './embedPage.ts';

/** The charts of one owner (an agency or an urusan), by id. */
function ownerCharts(owner: { agency: string | null; urusan: string | null }): Map<string, ChartFigure> {
  const charts = owner.agency !== null ? agencyCharts(loadAgencyPages(owner.agency)) : urusanCharts(loadUrusanPages(owner.urusan!));
  return new Map(charts.map((chart) => [chart.id, chart]));
}

/**
 * Files written at once. A national part writes 12,709 embed pages, and on this machine one file written after
 * another costs about 0.5 ms, more than making its text: overlapping the writes halves that (measured: 12,709
 * files of 14.5 KB, 5.3 s one by one, 2.4 s sixteen at a time).
 */
const WRITES_AT_ONCE = 16;

export async function writeEmbeds({ out, site }: { out: string; site: string }): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  const framePath = join(out, EMBED_FRAME_PAGE);
  const frame = parseEmbedFrame(readFileSync(framePath, 'utf8'));
  rmSync(dirname(framePath), { recursive: true });

  // The index lists an owner's charts together; read each owner's figures once.
  let owner = '';
  let charts = new Map<string, ChartFigure>();
  const index = loadFiguresIndex().charts;
  let next = 0;
  const page = (entry: (typeof index)[number]) => {
    const key = entry.agency !== null ? `pd:${entry.agency}` : `urusan:${entry.urusan}`;
    if (key !== owner) {
      owner = key;
      charts = ownerCharts(entry);
    }
    const chart = charts.get(entry.id);
    if (!chart) throw new Error(`embed: chart ${entry.id} is in the figures index but not in the figures of ${key}`);
    return embedPageHtml(frame, chart, site);
  };
  const writer = async () => {
    while (next < index.length) {
      const entry = index[next++]!;
      const html = page(entry);
      const dir = join(out, 'embed', 'grafik', entry.id);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), html);
    }
  };
  await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writer));
  return { pages: index.length, ms: performance.now() - started };
}
