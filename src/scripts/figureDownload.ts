/**
 * Makes a figure's download in the reader's browser, as OWID's grapher does: the CSVs and the metadata from the
 * figure's rows in its owner's figures file (`/pd/<kode>/gambar.json`, fetched once per owner and kept), the SVG
 * from the chart on the page with its title and source around it, and the PNG by drawing that same SVG at twice
 * its size with the site's own fonts. When a menu opens it also shows the chart's embed code and the lines that
 * load the figure's rows ("Gunakan data ini"), all as DOM text. Nothing is fetched from anywhere but this site.
 */
import { embedCode } from '../downloads/embedSnippet.ts';
import { downloadDataFrom, figureCsv, figureMetadata, PNG_SCALE, type DownloadData, type FiguresFile } from '../downloads/figureFiles.ts';
import { snippets, type DataSource } from '../downloads/snippets.ts';
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

const files = new Map<string, FiguresFile>();
const fetching = new Map<string, Promise<FiguresFile>>();

/** An owner's figures file, fetched once per page view (and then from the browser's cache on the owner's other pages). */
function figuresFile(url: string): Promise<FiguresFile> {
  let pending = fetching.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const file = (await response.json()) as FiguresFile;
      files.set(url, file);
      return file;
    });
    pending.catch(() => fetching.delete(url));
    fetching.set(url, pending);
  }
  return pending;
}

const menuFile = (menu: HTMLElement) => menu.dataset.figures!;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** "Gunakan data ini" in a panel: the same block as src/components/UseData.astro renders on the agency page. */
function useDataBlock(source: DataSource, site: string, base: string): HTMLElement {
  const url = new URL(source.path, site).href;
  return element(
    'div',
    { class: 'usedata', 'data-snippet-url': url },
    element('p', { class: 'usedata__heading' }, 'Gunakan data ini'),
    element(
      'p',
      { class: 'usedata__hint' },
      `${source.hint} `,
      element('a', { href: source.path }, source.file),
      ' · ',
      element('a', { href: `${base}data/#gunakan` }, 'cara pakai'),
    ),
    element(
      'ul',
      { class: 'usedata__lines' },
      ...snippets(url, source.filter).map((line) =>
        element(
          'li',
          {},
          element('span', { class: 'usedata__label' }, line.label),
          ' ',
          element('code', { class: 'usedata__code', 'data-snippet': '' }, line.code),
        ),
      ),
    ),
  );
}

/**
 * A menu was opened: fetch its figures file, and add what is made from it once: a chart's embed code and the
 * figure's "Gunakan data ini".
 */
export async function openMenu(menu: HTMLElement): Promise<void> {
  const extra = menu.querySelector<HTMLElement>('[data-download-extra]');
  if (!extra || extra.childElementCount > 0) return;
  const file = await figuresFile(menuFile(menu));
  if (extra.childElementCount > 0) return;
  const key = menu.dataset.figure!;
  const entry = file.figures[key];
  if (!entry) throw new Error(`data gambar ${key} tidak ditemukan`);
  const id = key.slice(key.indexOf('#') + 1);
  if (entry.embedHeight !== undefined) {
    const textarea = element('textarea', { id: `sematan-${id}`, readonly: '', rows: '4', spellcheck: 'false' });
    textarea.value = embedCode({ id, title: entry.title, height: entry.embedHeight }, file.site, file.base);
    extra.append(
      element(
        'div',
        { class: 'dl__embed' },
        element('label', { for: textarea.id }, 'Sematkan di situs Anda: salin kode ini'),
        textarea,
        element('p', { class: 'muted' }, 'Tinggi bingkai tetap tanpa skrip, pas dengan grafik lewat ', element('code', {}, 'embed.js'), '.'),
      ),
    );
  }
  if (entry.data) extra.append(useDataBlock(entry.data, file.site, file.base));
}

/**
 * Makes and saves one download of the figure whose menu this is; returns the file's name. With the figures file
 * already fetched (the menu's opening fetched it), the CSVs, the metadata and the SVG are made and saved at once,
 * in the same turn as the reader's click; the PNG when it is drawn.
 */
export function downloadFigure(menu: HTMLElement, kind: DownloadKind): string | Promise<string> {
  const file = files.get(menuFile(menu));
  if (!file) return figuresFile(menuFile(menu)).then(() => downloadFigure(menu, kind));
  const data = downloadDataFrom(file, menu.dataset.figure!);
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
