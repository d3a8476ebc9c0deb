/** Reading a built site as files: its pages, their links, and what each page loads. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { downloadDataFrom, type DownloadData, type FiguresFile } from '../../src/downloads/figureFiles.ts';

/** Every HTML page of a built site, as URL paths (`/pd/x/` for `pd/x/index.html`). */
export function htmlPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(dist, path).replace(/index\.html$/, '')}`);
    }
  };
  walk(dist);
  return pages.sort();
}

/** The file a URL path resolves to in dist/, or null. */
export function fileFor(dist: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function readPage(dist: string, urlPath: string): Document {
  return parseHTML(readFileSync(fileFor(dist, urlPath), 'utf8')).document as unknown as Document;
}

/** Same-site references of a page: links, and what it loads (styles, scripts, images, icons). */
export function references(document: Document, pageUrl: string): { links: URL[]; assets: URL[] } {
  const base = new URL(pageUrl, 'http://site.test');
  const resolveAll = (selector: string, attribute: string) =>
    [...document.querySelectorAll(selector)]
      .map((element) => element.getAttribute(attribute))
      .filter((value): value is string => value !== null && value !== '')
      .map((value) => new URL(value, base))
      .filter((url) => url.origin === base.origin);
  return {
    links: resolveAll('a[href]', 'href'),
    assets: [
      ...resolveAll('link[rel~="stylesheet"][href], link[rel~="icon"][href], link[rel="preload"][href], link[rel="modulepreload"][href]', 'href'),
      ...resolveAll('script[src]', 'src'),
      ...resolveAll('img[src]', 'src'),
    ],
  };
}

/** Every file under a folder (paths relative to it) with the SHA-256 of its bytes. */
export function fileDigests(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

const figuresFiles = new Map<string, FiguresFile>();

/** The figures file a download menu names (`data-figures`), read from dist/ (each file once per test file). */
export function figuresFileOf(dist: string, menu: Element): FiguresFile {
  const path = join(dist, menu.getAttribute('data-figures')!);
  let file = figuresFiles.get(path);
  if (!file) {
    file = JSON.parse(readFileSync(path, 'utf8')) as FiguresFile;
    figuresFiles.set(path, file);
  }
  return file;
}

/** What a download menu of the built site offers: its figure's download data, as the reader's browser gets it. */
export function menuDownloadData(dist: string, menu: Element): DownloadData {
  return downloadDataFrom(figuresFileOf(dist, menu), menu.getAttribute('data-figure')!);
}
