/**
 * The headline figure of an agency-year, defined once: what the headline card, the capaian chart's subtitle,
 * the preview card, the home and province tables and the urusan ranking all say. Pure.
 */
import type { BandId } from '../data/derive.ts';
import type { YearSummary } from '../data/output.ts';

export interface Headline {
  /** The figure itself (a percentage), or null when there is none. */
  value: number | null;
  band: BandId | null;
  /** What the figure is, for a label: `Rata-rata capaian IKU`. */
  label: string;
  /** How many IKU it stands on, in words: `5 dari 5 IKU terhitung`; null without a year. */
  count: string | null;
  /** Why there is no figure, in words; null when there is one. */
  reason: string | null;
}

export const HEADLINE_LABEL = 'Rata-rata capaian IKU';

export function headline(summary: YearSummary | undefined): Headline {
  if (!summary) return { value: null, band: null, label: HEADLINE_LABEL, count: null, reason: 'tidak ada data tahun ini' };
  const value = summary.iku_capaian_rata;
  const count = `${summary.iku_terhitung} dari ${summary.iku_jumlah} IKU terhitung`;
  if (value !== null) return { value, band: summary.iku_band, label: HEADLINE_LABEL, count, reason: null };
  const reason = summary.iku_jumlah === 0 ? `tidak ada IKU dengan target atau realisasi tahun ${summary.tahun}` : `capaian IKU tahun ${summary.tahun} belum dapat dihitung`;
  return { value: null, band: null, label: HEADLINE_LABEL, count, reason };
}

/** The label inside a sentence: `rata-rata capaian IKU` (acronyms kept). */
export const labelInSentence = (label: string): string => `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
