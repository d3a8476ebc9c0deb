/**
 * The figures step's work for one agency and for the national pages: read the data step's JSON (through its
 * schema), make the pages' figures (src/figures/), write them, and draw the preview card. Skipped when the
 * file already there was made from the same input (`inputHash`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgencyData, type SiteIndex } from '../src/data/output.ts';
import { ogCardSvg } from '../src/downloads/ogCard.ts';
import { svgToPng } from '../src/downloads/png.ts';
import { agencyCharts, agencyPages } from '../src/figures/agencyPages.ts';
import { serapanTrendFigure } from '../src/figures/charts.ts';
import { groupByUrusan } from '../src/figures/directory.ts';
import { nationalPages, urusanPages } from '../src/figures/nationalPages.ts';
import { agencyCard, siteCard, type OgCard } from '../src/figures/share.ts';
import { SiteIndex as SiteIndexSchema, type AgencySummary } from '../src/data/output.ts';
import { dataDir, figuresDir, siteUrl, writeAtomic } from '../src/lib/siteFiles.ts';
import { paths } from '../src/lib/paths.ts';

const hashOf = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\n');
  return hash.digest('hex');
};

/** The inputHash of a figures file already written, or null. */
function storedHash(path: string): string | null {
  if (!existsSync(path)) return null;
  const head = readFileSync(path, 'utf8').slice(0, 200);
  return /"inputHash":"([0-9a-f]{64})"/.exec(head)?.[1] ?? null;
}

export const agencyFiguresPath = (kode: string) => join(figuresDir(), 'pd', `${kode}.json`);
export const cardPath = (page: string) => join(figuresDir(), 'og', `${page.replace(/^\/+|\/+$/g, '') || 'beranda'}.png`);

async function drawCard(page: string, card: OgCard): Promise<void> {
  const { png } = await svgToPng(ogCardSvg(card, `${new URL(siteUrl()).host}${page}`), { scale: 1 });
  writeAtomic(cardPath(page), png);
}

/** A batch of agencies for one process of the figures step, and what it says back for each. */
export interface WorkerTask {
  kodes: string[];
  version: string;
}
export type WorkerReply = { done: { kode: string; charts: string[]; drawn: boolean } } | { error: string };

let summaries: Map<string, AgencySummary> | undefined;
/** The agency's line of the index: its latest year and budget years, as the data step computed them. */
function summaryOf(kode: string): AgencySummary {
  summaries ??= new Map(
    SiteIndexSchema.parse(JSON.parse(readFileSync(join(dataDir(), 'index.json'), 'utf8'))).agencies.map((agency) => [agency.kode_pd, agency]),
  );
  const summary = summaries.get(kode);
  if (!summary) throw new Error(`${kode}: tidak ada di index.json`);
  return summary;
}

export async function writeAgencyFigures(kode: string, version: string): Promise<{ charts: string[]; drawn: boolean }> {
  const file = agencyFiguresPath(kode);
  const bytes = readFileSync(join(dataDir(), 'pd', `${kode}.json`));
  const inputHash = hashOf(version, bytes);
  const page = paths.agency(kode);
  if (storedHash(file) === inputHash && existsSync(cardPath(page))) {
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    return { charts: agencyCharts(stored).map((chart) => chart.id), drawn: false };
  }
  const data = AgencyData.parse(JSON.parse(bytes.toString('utf8')));
  const pages = agencyPages(data, summaryOf(kode), inputHash);
  writeAtomic(file, JSON.stringify(pages));
  await drawCard(page, agencyCard(data, pages.latest ?? data.tahun.at(-1) ?? null));
  return { charts: agencyCharts(pages).map((chart) => chart.id), drawn: true };
}

/**
 * The pages that span agencies: nasional.json (home, provinces, /data/'s example), and with `urusan` the
 * comparison pages of each urusan and the site's preview card. Every job writes nasional.json, because every
 * job renders the site's static pages (/, /data/); only the national job draws the urusan charts.
 */
export async function writeNationalFigures(
  index: SiteIndex,
  version: string,
  { urusan }: { urusan: boolean },
): Promise<{ charts: { id: string; agency: null; urusan: string }[]; drawn: boolean }> {
  const file = join(figuresDir(), 'nasional.json');
  const inputHash = hashOf(version, JSON.stringify(index));
  const drawn = storedHash(file) !== inputHash || (urusan && !existsSync(cardPath('/')));
  const charts: { id: string; agency: null; urusan: string }[] = [];
  for (const group of urusan ? groupByUrusan(index.agencies) : []) {
    const urusanFile = join(figuresDir(), 'urusan', `${group.slug}.json`);
    const pages = drawn || !existsSync(urusanFile) ? urusanPages(group) : JSON.parse(readFileSync(urusanFile, 'utf8'));
    if (drawn || !existsSync(urusanFile)) writeAtomic(urusanFile, JSON.stringify(pages));
    for (const year of [...pages.pages, pages.trend] as { charts: { id: string }[] }[])
      for (const chart of year.charts) charts.push({ id: chart.id, agency: null, urusan: group.slug });
  }
  if (drawn) {
    // The example of /data/: the first agency (of at most 20) that has a serapan trend.
    const withBudget = index.agencies.slice(0, 20).find((agency) => agency.ringkasan.some((year) => year.pagu !== null || year.realisasi_anggaran !== null));
    const example = withBudget
      ? serapanTrendFigure(AgencyData.parse(JSON.parse(readFileSync(join(dataDir(), 'pd', `${withBudget.kode_pd}.json`), 'utf8'))))
      : null;
    writeAtomic(file, JSON.stringify(nationalPages(index, inputHash, example)));
    if (urusan) await drawCard('/', siteCard());
  }
  return { charts, drawn };
}
