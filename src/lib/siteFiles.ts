/**
 * Where the build's steps read and write, in one place: the data step's JSON (OUT_DIR), the figures step's
 * pages (FIGURES_DIR), and the site's public address (SITE_URL).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const dataDir = (): string => resolve(process.env.OUT_DIR ?? 'generated/data');

/** The figures step's output: beside the data step's (generated/figures), so the data step's clean-up keeps it as a cache. */
export const figuresDir = (): string => resolve(process.env.FIGURES_DIR ?? join(dataDir(), '..', 'figures'));

/** `npm run preview` serves here; a build without SITE_URL makes links and snippets that work against it. */
export const PREVIEW_URL = 'http://localhost:4321';

/** The public address of the site, without a trailing slash. */
export const siteUrl = (): string => (process.env.SITE_URL?.trim() || PREVIEW_URL).replace(/\/+$/, '');

/** Writes through a temporary file, so a reader (or a crash) never sees half a file. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}
