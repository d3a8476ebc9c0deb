/**
 * The figures step's drawing, for one agency and for the national pages: read the data step's JSON (through its
 * schema), make the pages' figures (src/figures/), write them, and draw the preview card. Loaded only when
 * something is to be drawn: scripts/build-figures.ts decides that from inputHashes (scripts/figuresCache.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgencyData, AgencySummary, SiteIndex } from '../src/data/output.ts';
import { ogCardSvg } from '../src/downloads/ogCard.ts';
import { svgToPng } from '../src/downloads/png.ts';
import { agencyCharts, agencyPages } from '../src/figures/agencyPages.ts';
import { serapanTrendFigure } from '../src/figures/charts.ts';
import { groupByUrusan } from '../src/figures/directory.ts';
import { nationalPages, urusanCharts, urusanPages } from '../src/figures/nationalPages.ts';
import { agencyCard, siteCard, type OgCard } from '../src/figures/share.ts';
import { dataDir, siteUrl, writeAtomic } from '../src/lib/siteFiles.ts';
import { paths } from '../src/lib/paths.ts';
import { agencyFiguresPath, cardPath, hashOf, nationalFiguresPath, storedHash, urusanFiguresPath, type UrusanChart } from './figuresCache.ts';

export { PAGES_VERSION } from '../src/figures/pages.ts';

/** Draws a page's preview card; returns the milliseconds it took, which the step reports (issue 14: cards ≤ 1/10 of the build). */
async function drawCard(page: string, card: OgCard): Promise<number> {
  const started = performance.now();
  const { png } = await svgToPng(ogCardSvg(card, `${new URL(siteUrl()).host}${page}`), { scale: 1 });
  writeAtomic(cardPath(page), png);
  return performance.now() - started;
}

/** An agency to draw: its kode and its line of index.json, as that file has it (part of its inputHash). */
export interface AgencyTask {
  kode: string;
  summary: string;
}

/** A batch of agencies for one process of the figures step, and what it says back for each. */
export interface WorkerTask {
  agencies: AgencyTask[];
  version: string;
}
export type WorkerReply = { done: { kode: string; inputHash: string; charts: string[]; drawn: boolean; cardMs: number } } | { error: string };

/** What an agency's figures are made from: the code version, its JSON and its line of the index. */
export const agencyInputHash = (version: string, bytes: Uint8Array, summary: string): string => hashOf(version, bytes, summary);

export async function writeAgencyFigures(
  { kode, summary }: AgencyTask,
  version: string,
): Promise<{ inputHash: string; charts: string[]; drawn: boolean; cardMs: number }> {
  const file = agencyFiguresPath(kode);
  const bytes = readFileSync(join(dataDir(), 'pd', `${kode}.json`));
  const inputHash = agencyInputHash(version, bytes, summary);
  const page = paths.agency(kode);
  if (storedHash(file) === inputHash && existsSync(cardPath(page))) {
    // Made from the same input by a run that left no cache record: only its chart ids are needed.
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    return { inputHash, charts: agencyCharts(stored).map((chart) => chart.id), drawn: false, cardMs: 0 };
  }
  const data = AgencyData.parse(JSON.parse(bytes.toString('utf8')));
  const pages = agencyPages(data, AgencySummary.parse(JSON.parse(summary)), inputHash);
  writeAtomic(file, JSON.stringify(pages));
  const cardMs = await drawCard(page, agencyCard(data, pages.latest ?? data.tahun.at(-1) ?? null));
  return { inputHash, charts: agencyCharts(pages).map((chart) => chart.id), drawn: true, cardMs };
}

/**
 * The pages that span agencies: nasional.json (home, provinces, /data/'s example), and with `urusan` the
 * comparison pages of each urusan and the site's preview card. Every job writes nasional.json, because every
 * job renders the site's static pages (/, /data/); only the national job draws the urusan charts.
 * `inputHash` covers index.json and the agencies the example may come from (scripts/build-figures.ts).
 */
export async function writeNationalFigures(
  indexBytes: Uint8Array,
  inputHash: string,
  { urusan }: { urusan: boolean },
): Promise<{ charts: UrusanChart[]; urusan: string[]; drawn: boolean; cardMs: number }> {
  const index = SiteIndex.parse(JSON.parse(Buffer.from(indexBytes).toString('utf8')));
  const file = nationalFiguresPath();
  const drawn = storedHash(file) !== inputHash || (urusan && !existsSync(cardPath('/')));
  const charts: UrusanChart[] = [];
  const slugs: string[] = [];
  let cardMs = 0;
  for (const group of urusan ? groupByUrusan(index.agencies) : []) {
    const urusanFile = urusanFiguresPath(group.slug);
    const pages = drawn || !existsSync(urusanFile) ? urusanPages(group) : JSON.parse(readFileSync(urusanFile, 'utf8'));
    if (drawn || !existsSync(urusanFile)) writeAtomic(urusanFile, JSON.stringify(pages));
    slugs.push(group.slug);
    for (const chart of urusanCharts(pages)) charts.push({ id: chart.id, urusan: group.slug });
  }
  if (drawn) {
    // The example of /data/: the first agency (of at most 20) that has a serapan trend.
    const withBudget = index.agencies.slice(0, 20).find((agency) => agency.ringkasan.some((year) => year.pagu !== null || year.realisasi_anggaran !== null));
    const example = withBudget
      ? serapanTrendFigure(AgencyData.parse(JSON.parse(readFileSync(join(dataDir(), 'pd', `${withBudget.kode_pd}.json`), 'utf8'))))
      : null;
    writeAtomic(file, JSON.stringify(nationalPages(index, inputHash, example)));
    if (urusan) cardMs = await drawCard('/', siteCard());
  }
  return { charts, urusan: slugs, drawn, cardMs };
}
