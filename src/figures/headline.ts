/**
 * The headline figure of an agency-year, defined once: what the headline card, the capaian chart's subtitle,
 * the preview card, the home and province tables and the urusan ranking all say. Pure.
 *
 * It answers the citizen's question first, in a count: how many IKU met their target this year. Its figure is
 * the MEDIAN capaian of the IKU, with that figure's band: one indicator far above its target (Mojokerto's
 * "Jumlah Inovasi", 1 → 2 = 200%) cannot swing it, as it swings a mean. /metode/#ringkasan explains the choice.
 */
import type { BandId } from '../data/derive.ts';
import type { YearSummary } from '../data/output.ts';

export interface Headline {
  /** The figure itself (a percentage), or null when there is none. */
  value: number | null;
  band: BandId | null;
  /** What the figure is, for a label: `Median capaian IKU`. */
  label: string;
  /** How many IKU met their target, in words: `4 dari 5 IKU mencapai target`; null when none can be judged. */
  count: string | null;
  /** Why there is no figure, in words; null when there is one. */
  reason: string | null;
}

export const HEADLINE_LABEL = 'Median capaian IKU';

/** `4 dari 5 IKU mencapai target`, with those that cannot be judged (no target or no realisasi) counted apart. */
function metCount(summary: YearSummary): string | null {
  if (summary.iku_dinilai === 0) return null;
  const open = summary.iku_jumlah - summary.iku_dinilai;
  return `${summary.iku_tercapai} dari ${summary.iku_dinilai} IKU mencapai target${open > 0 ? `; ${open} belum dapat dinilai` : ''}`;
}

export function headline(summary: YearSummary | undefined): Headline {
  if (!summary) return { value: null, band: null, label: HEADLINE_LABEL, count: null, reason: 'tidak ada data tahun ini' };
  const value = summary.iku_capaian_median;
  const count = metCount(summary);
  if (value !== null) return { value, band: summary.iku_band_median, label: HEADLINE_LABEL, count, reason: null };
  const reason =
    summary.iku_jumlah === 0
      ? `tidak ada IKU dengan target atau realisasi tahun ${summary.tahun}`
      : `${summary.iku_jumlah} IKU tahun ${summary.tahun} tanpa pasangan target dan realisasi, capaian belum dapat dihitung`;
  return { value: null, band: null, label: HEADLINE_LABEL, count, reason };
}

/** The label inside a sentence: `median capaian IKU` (acronyms kept). */
export const labelInSentence = (label: string): string => `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
