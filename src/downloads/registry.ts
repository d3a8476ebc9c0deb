/**
 * Render time → build end. Pages render their charts once; <ChartActions> (inside every chart figure),
 * <TableActions> (under every data table) and <SocialMeta> hand what they render to this registry, which stages
 * it on disk (one JSON file per chart, table or preview card, so 20,000 agencies never sit in memory). After
 * Astro has written every page, the downloads integration (integration.ts) turns the staged charts into
 * CSV/SVG/PNG files and embed pages, the tables into CSV files, and the cards into preview images. Outside
 * `astro build` (dev server, component tests) registering does nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ChartData } from '../charts/chartData.ts';
import type { TableData } from './tableData.ts';
import { TABLE_ID } from './tableFiles.ts';

export interface StagedChart {
  id: string;
  title: string;
  caption: string;
  note: string | null;
  /** `Sumber: …` as one line. */
  source: string;
  sources: ChartData['sources'];
  legend: ChartData['legend'];
  columns: ChartData['columns'];
  rows: ChartData['rows'];
  svg: ChartData['svg'];
}

/** A data table as the build writes it: no SVG, PNG or embed page, only its rows as CSV. */
export interface StagedTable {
  id: string;
  anchor: string;
  /** The page the permalink points to. */
  page: string;
  title: string;
  /** `Sumber: …` as one line. */
  source: string;
  columns: TableData['columns'];
  rows: TableData['rows'];
}

/** One bar of a preview card's small chart: a year and its value, written out. */
export interface MiniBar {
  label: string;
  value: number;
  text: string;
}

export interface OgCard {
  /** Page path, `/pd/dinsos-mojokerto/`: the image is /og/pd/dinsos-mojokerto.png. */
  page: string;
  kicker: string;
  title: string;
  /** The headline figure, already formatted: `100,22%`. */
  figure: string | null;
  figureLabel: string | null;
  /** A small bar chart beside the figure (drawn by ogCard.ts, no Plot), with its title; null for none. */
  bars: MiniBar[] | null;
  barsTitle: string | null;
  /** A value drawn as a dashed reference line across the bars (100 for capaian). */
  barsReference?: number | null;
}

interface Staging {
  dir: string;
  /** Chart id → pages that show it. */
  charts: Map<string, Set<string>>;
  /** Chart id → hash of its content, to catch two different charts under one id. */
  hashes: Map<string, string>;
  cards: Set<string>;
}

const KEY = Symbol.for('kinerja-terbuka.downloads.staging');
type Global = typeof globalThis & { [KEY]?: Staging };

export function startStaging(dir: string): Staging {
  mkdirSync(join(dir, 'grafik'), { recursive: true });
  mkdirSync(join(dir, 'og'), { recursive: true });
  mkdirSync(join(dir, 'tabel'), { recursive: true });
  const staging: Staging = { dir, charts: new Map(), hashes: new Map(), cards: new Set() };
  (globalThis as Global)[KEY] = staging;
  return staging;
}

export function stopStaging(): Staging | undefined {
  const staging = (globalThis as Global)[KEY];
  delete (globalThis as Global)[KEY];
  return staging;
}

const staging = () => (globalThis as Global)[KEY];

/** `Sumber: Judul laporan (Tabel 3.1, Tabel 3.5); …`, the line under a chart. */
export function sourceLine(chart: Pick<ChartData, 'sources' | 'sourceText'>): string {
  if (chart.sourceText) return `Sumber: ${chart.sourceText}`;
  if (chart.sources.length === 0) return 'Sumber: Kinerja Terbuka';
  return `Sumber: ${chart.sources.map((source) => (source.tempat.length > 0 ? `${source.judul} (${source.tempat.join(', ')})` : source.judul)).join('; ')}`;
}

/** Records a chart shown on `page`. Its files are made once, however many pages show it. */
export function registerChart(chart: ChartData, page: string): void {
  const current = staging();
  if (!current) return;
  const staged: StagedChart = {
    id: chart.id,
    title: chart.title,
    caption: chart.caption,
    note: chart.note ?? null,
    source: sourceLine(chart),
    sources: chart.sources,
    legend: chart.legend,
    columns: chart.columns,
    rows: chart.rows,
    svg: chart.svg,
  };
  const json = JSON.stringify(staged);
  const hash = createHash('sha256').update(json).digest('hex');
  const pages = current.charts.get(chart.id);
  if (pages) {
    pages.add(page);
    if (current.hashes.get(chart.id) !== hash) {
      console.warn(`[unduhan] dua grafik berbeda memakai id "${chart.id}" (${[...pages].join(', ')}); berkas unduhan memakai yang pertama`);
    }
    return;
  }
  current.charts.set(chart.id, new Set([page]));
  current.hashes.set(chart.id, hash);
  writeFileSync(join(current.dir, 'grafik', `${chart.id}.json`), json);
}

/**
 * Records a data table shown on `page`. Staged as tabel/<id>.json; the file itself says whether the table is
 * already known, so nothing grows in memory with the number of tables. Ids are built from the page a table
 * belongs to (tableData.ts), so two different tables under one id are a bug: the build stops.
 */
export function registerTable(table: TableData, page: string): void {
  const current = staging();
  if (!current) return;
  if (!TABLE_ID.test(table.id)) throw new Error(`[unduhan] id tabel tidak sah: "${table.id}" (${page})`);
  const staged: StagedTable = {
    id: table.id,
    anchor: table.anchor,
    page: table.page,
    title: table.title,
    source: sourceLine(table),
    columns: table.columns,
    rows: table.rows,
  };
  const json = JSON.stringify(staged);
  const file = join(current.dir, 'tabel', `${table.id}.json`);
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') !== json) throw new Error(`[unduhan] dua tabel berbeda memakai id "${table.id}" (salah satunya di ${page})`);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
}

/**
 * Ids of the staged tables, depth-first in name order (so the same on every build). A generator that lists one
 * folder at a time: a national build stages millions of tables, mostly in folders of one page each.
 */
export function* stagedTableIds(dir: string): Generator<string> {
  const root = join(dir, 'tabel');
  if (!existsSync(root)) return;
  function* walk(folder: string, prefix: string): Generator<string> {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.isDirectory()) yield* walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile() && entry.name.endsWith('.json')) yield `${prefix}${entry.name.slice(0, -'.json'.length)}`;
    }
  }
  yield* walk(root, '');
}

export function readStagedTable(dir: string, id: string): StagedTable {
  return JSON.parse(readFileSync(join(dir, 'tabel', `${id}.json`), 'utf8')) as StagedTable;
}

export function readStagedChart(dir: string, id: string): StagedChart {
  return JSON.parse(readFileSync(join(dir, 'grafik', `${id}.json`), 'utf8')) as StagedChart;
}

/** The preview image of a page: /og/<path>.png; `/` → /og/beranda.png. */
export function ogImagePath(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'beranda' : trimmed}.png`;
}

/** Records a page's preview card; returns the image's path (under the site's base) for og:image. */
export function registerOgCard(card: OgCard): string {
  const path = ogImagePath(card.page);
  const current = staging();
  if (current && !current.cards.has(path)) {
    current.cards.add(path);
    const file = join(current.dir, 'og', `${createHash('sha256').update(path).digest('hex').slice(0, 32)}.json`);
    if (!existsSync(file)) writeFileSync(file, JSON.stringify({ ...card, path }));
  }
  return path;
}
