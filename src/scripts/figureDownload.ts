/**
 * Makes a figure's download in the reader's browser from what the page holds, as OWID's grapher does: the CSVs
 * and the metadata from the figure's rows (the JSON that DownloadMenu.astro put beside it), the SVG from the
 * chart on the page with its title and source around it, and the PNG by drawing that same SVG at twice its size
 * with the site's own fonts. Nothing is fetched from anywhere but this site (the font files).
 */
import { figureCsv, figureMetadata, PNG_SCALE, type DownloadData } from '../downloads/figureFiles.ts';
import { standaloneSvg } from '../downloads/svg.ts';
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';

export type DownloadKind = 'csv' | 'excel' | 'svg' | 'png' | 'metadata';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chart on the page, its title above and its source and address below, as one SVG file. */
export function figureSvg(menu: HTMLElement, data: DownloadData): string {
  const svg = menu.closest('figure')?.querySelector('.chart__svg--wide > svg');
  if (!svg) throw new Error('grafik tidak ditemukan di halaman');
  return standaloneSvg(new XMLSerializer().serializeToString(svg), {
    title: data.title,
    subtitle: data.caption,
    source: data.source,
    credit: `Kinerja Terbuka · ${data.permalink}`,
  });
}

let fontFaces: Promise<string> | undefined;
/** The site's fonts (two weights; 600 is drawn with the 700 face, as on the page) as @font-face rules with the files inlined: an SVG drawn as an image can load nothing. */
function inlinedFonts(): Promise<string> {
  fontFaces ??= Promise.all(
    (
      [
        [inter400, 400],
        [inter700, 700],
      ] as const
    ).map(async ([url, weight]) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')}`;
    }),
  ).then((rules) => rules.join(''));
  return fontFaces;
}

/** The standalone SVG → PNG at PNG_SCALE, on a white canvas, with the fonts inlined so text looks as on the page. */
export async function svgToPng(svg: string): Promise<Blob> {
  const css = await inlinedFonts();
  const withFonts = svg.replace(/(<svg\b[^>]*>)/, `$1<style>${css}</style>`);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(withFonts)}`;
  await image.decode();
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1]);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('kanvas tidak tersedia');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((done, fail) => canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('PNG tidak dapat dibuat'))), 'image/png'));
}

/**
 * Makes and saves one download of the figure whose menu this is; returns the file's name. The CSVs, the metadata
 * and the SVG are made and saved at once, in the same turn as the reader's click; the PNG when it is drawn.
 */
export function downloadFigure(menu: HTMLElement, kind: DownloadKind): string | Promise<string> {
  const data = JSON.parse(menu.querySelector('script[data-download-data]')!.textContent!) as DownloadData;
  const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
  const saved = (blob: Blob, name: string) => {
    save(blob, name);
    return name;
  };
  switch (kind) {
    case 'csv':
      return saved(csv(figureCsv(data, 'kanonik')), `${data.file}.csv`);
    case 'excel':
      return saved(csv(figureCsv(data, 'excel-id')), `${data.file}-excel.csv`);
    case 'metadata':
      return saved(new Blob([`${JSON.stringify(figureMetadata(data), null, 2)}\n`], { type: 'application/json' }), `${data.file}-metadata.json`);
    case 'svg':
      return saved(new Blob([figureSvg(menu, data)], { type: 'image/svg+xml' }), `${data.file}.svg`);
    case 'png':
      return svgToPng(figureSvg(menu, data)).then((blob) => saved(blob, `${data.file}.png`));
  }
}
