/**
 * What an agency or indicator page says when shared or cited: its preview card (ogCard.ts) and its suggested
 * citation (citation.ts), from the page's data. Pure.
 */
import type { AgencyData, Indicator, Source } from '../data/output.ts';
import { formatPercent } from '../data/format.ts';
import { bandLabel } from '../lib/labels.ts';
import { headline, labelInSentence } from './headline.ts';
import type { CitationInput } from './pages.ts';

/** One bar of a preview card's small chart: a year and its value, written out. */
export interface MiniBar {
  label: string;
  value: number;
  text: string;
}

/** A page's preview card, drawn by src/downloads/ogCard.ts. */
export interface OgCard {
  kicker: string;
  title: string;
  /** The headline figure, already formatted: `100,22%`. */
  figure: string | null;
  figureLabel: string | null;
  /** A small bar chart beside the figure, with its title; null for none. */
  bars: MiniBar[] | null;
  barsTitle: string | null;
  /** A value drawn as a dashed reference line across the bars (100 for capaian). */
  barsReference?: number | null;
}

type Card = OgCard;

/** The card of every page that has none of its own. */
export function siteCard(): OgCard {
  return {
    kicker: 'Kinerja dan anggaran perangkat daerah',
    title: 'Target, realisasi dan anggaran dari laporan kinerja, dalam satu halaman',
    figure: null,
    figureLabel: null,
    bars: null,
    barsTitle: null,
  };
}

const kickerOf = (data: Pick<AgencyData, 'agency'>) => `${data.agency.urusan} · ${data.agency.nama_wilayah}, ${data.agency.provinsi}`;

/** The agency in one year (its latest when `tahun` is null): mean IKU capaian, else serapan; bars over the years. */
export function agencyCard(data: Pick<AgencyData, 'agency' | 'ringkasan'>, tahun: number | null): Card {
  const year = data.ringkasan.find((summary) => summary.tahun === tahun) ?? data.ringkasan.at(-1);
  const capaianBars: MiniBar[] = data.ringkasan.flatMap((summary) => {
    const head = headline(summary);
    return head.value === null ? [] : [{ label: String(summary.tahun), value: head.value, text: formatPercent(head.value, 1) }];
  });
  const serapanBars: MiniBar[] = data.ringkasan
    .filter((summary) => summary.serapan !== null)
    .map((summary) => ({ label: String(summary.tahun), value: summary.serapan!, text: formatPercent(summary.serapan, 1) }));
  const base = { kicker: kickerOf(data), title: data.agency.nama_pd };
  const head = headline(year);
  if (year && head.value !== null) {
    return {
      ...base,
      figure: formatPercent(head.value),
      // The count stays on one line of the card (no-break spaces): "8 dari 9 IKU mencapai target".
      figureLabel: `${labelInSentence(head.label)} ${year.tahun} · ${bandLabel(head.band)}${head.count ? `; ${head.count.replace(/ /g, '\u00a0')}` : ''}`,
      bars: capaianBars,
      barsTitle: `${head.label} per tahun`,
      barsReference: 100,
    };
  }
  if (year && year.serapan !== null) {
    return {
      ...base,
      figure: formatPercent(year.serapan),
      figureLabel: `serapan anggaran ${year.tahun}`,
      bars: serapanBars,
      barsTitle: 'Serapan anggaran per tahun',
      barsReference: 100,
    };
  }
  return {
    ...base,
    figure: null,
    figureLabel: null,
    bars: capaianBars.length > 0 ? capaianBars : null,
    barsTitle: `${head.label} per tahun`,
    barsReference: 100,
  };
}

const latestSource = (sources: readonly Source[]) => [...sources].sort((a, b) => a.tahun_laporan - b.tahun_laporan).at(-1);

/** The agency page cites the latest report. Null when the agency lists no source. */
export function agencyCitation(data: Pick<AgencyData, 'agency' | 'sources'>, tahun: number | null = null): Omit<CitationInput, 'url'> | null {
  const source = (tahun !== null ? data.sources.find((candidate) => candidate.tahun_laporan === tahun) : undefined) ?? latestSource(data.sources);
  return source ? { author: data.agency.nama_pd, source } : null;
}

/** The indicator page cites the report and table of its latest figure. */
export function indicatorCitation(data: Pick<AgencyData, 'agency' | 'sources'>, indicator: Indicator): Omit<CitationInput, 'url'> | null {
  const year = [...indicator.tahun].reverse().find((candidate) => candidate.realisasi !== null || candidate.target !== null) ?? indicator.tahun.at(-1);
  const source = year ? data.sources.find((candidate) => candidate.kode_sumber === year.kode_sumber) : latestSource(data.sources);
  if (!source) return agencyCitation(data);
  const tempat = year ? year.sumber.slice(year.kode_sumber.length).trim() : '';
  return { author: data.agency.nama_pd, source, tempat: tempat ? [tempat] : [] };
}
