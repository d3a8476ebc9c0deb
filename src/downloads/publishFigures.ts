/**
 * The figures file of one owner (an agency, an urusan, a province, the home page): every figure of its pages as
 * its downloads need it (figureFiles.ts FiguresFile), published once at `<owner>/gambar.json` rather than beside
 * each figure in every page. The reader's browser fetches it when a download menu opens, and keeps it for the
 * owner's other pages. Pure.
 */
import type { Figure } from '../figures/figure.ts';
import { sourceLine } from '../figures/sourceLine.ts';
import { defaultEmbedHeight } from './embedSnippet.ts';
import { downloadColumns, downloadDataFrom, figureKey, fileName, type DownloadData, type FigureEntry, type FiguresFile } from './figureFiles.ts';
import { figureDataSource, type SourceLookup } from './snippets.ts';

export function figuresFile(figures: readonly Figure[], options: { site: string; base: string; lookup?: SourceLookup }): FiguresFile {
  const columnSets: FiguresFile['columnSets'] = [];
  const setIndex = new Map<string, number>();
  const entries: [string, FigureEntry][] = [];
  for (const figure of figures) {
    const columns = downloadColumns(figure.columns);
    const signature = JSON.stringify(columns);
    let index = setIndex.get(signature);
    if (index === undefined) {
      index = columnSets.push(columns) - 1;
      setIndex.set(signature, index);
    }
    entries.push([
      figureKey(figure),
      {
        kind: figure.kind,
        title: figure.title,
        caption: figure.caption,
        note: figure.note,
        source: sourceLine(figure),
        file: fileName(figure.title),
        columns: index,
        rows: figure.rows.map((row) => figure.columns.map((column) => row[column.key] ?? null)),
        ...(figure.kind === 'chart' ? { embedHeight: defaultEmbedHeight(figure) } : {}),
        data: figureDataSource(figure, options.base, options.lookup),
      },
    ]);
  }
  return { version: 1, site: options.site, base: options.base, columnSets, figures: Object.fromEntries(entries) };
}

/** One figure's download data as the browser gets it from the figures file (for tests and build-time checks). */
export function downloadData(figure: Figure, site: string, base = '/'): DownloadData {
  return downloadDataFrom(figuresFile([figure], { site, base }), figureKey(figure));
}
