/**
 * A figure's sources as one line. Apart from figure.ts (whose zod schemas would follow it into the browser's
 * download script): embed snippets and downloads use it on both sides.
 */
import type { SourceRef } from './figure.ts';

/** `Sumber: Judul laporan (Tabel 3.1, Tabel 3.5); …`, the source as one line (SVG footer, metadata). */
export function sourceLine(figure: { sources: readonly SourceRef[]; sourceText: string | null }): string {
  if (figure.sourceText) return `Sumber: ${figure.sourceText}`;
  if (figure.sources.length === 0) return 'Sumber: Kinerja Terbuka';
  return `Sumber: ${figure.sources.map((source) => (source.tempat.length > 0 ? `${source.judul} (${source.tempat.join(', ')})` : source.judul)).join('; ')}`;
}
