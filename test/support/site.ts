/**
 * Shared by every test that needs a built site: build once per test run, serve it, drive Chromium.
 *
 * - `builtSite()` builds the bundled data into dist/ at most once per `vitest run`, even with test files
 *   running in parallel workers (a lock directory plus a stamp with the run id from globalSetup.ts).
 * - `buildSite({ dataDir, root, env, fresh })` builds another dataset (or the same one, e.g. as one job of a sharded
 *   build) into its own folder (root/generated, root/figures, root/dist); `fresh` first empties every cache the build
 *   keeps (ASTRO_CACHES, and the root's own folders, among them the figures step's per-agency cache).
 * - `serveStatic(dir)` serves a folder on a free port, applying dist/_headers rules like a static host.
 * - `launchBrowser()` starts Debian's Chromium through playwright-core (no browser download).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');

const LOCK = join(ROOT, 'node_modules/.cache/kt-site-build.lock');
const STAMP = join(ROOT, 'dist/.kt-build-stamp');

/**
 * One Astro build at a time in this working tree: parallel builds race on Astro's own cache
 * folders. A lock directory (mkdir is atomic) serialises builds across test workers.
 */
async function withBuildLock<T>(build: () => T): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than ten minutes is from a crashed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  try {
    return build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** `npm run build`, the production build, with the data and output folders given by environment; returns its output. */
function npmBuild(env: Record<string, string>): string {
  return execFileSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ...env },
    stdio: 'pipe',
    encoding: 'utf8',
  });
}

/**
 * What Astro and its Vite keep between builds of this working tree: Astro's cacheDir (node_modules/.astro), the
 * generated types and content store (.astro/), Vite's optimised dependencies (node_modules/.vite/deps; not all of
 * node_modules/.vite, where vitest keeps its own results).
 */
export const ASTRO_CACHES = ['node_modules/.astro', '.astro', 'node_modules/.vite/deps'].map((path) => join(ROOT, path));

/**
 * Builds another dataset into its own folder: root/generated (JSON), root/figures (the figures step's output and
 * per-agency cache, beside OUT_DIR: src/lib/siteFiles.ts) and root/dist (site). `log` is the build's standard output.
 */
export async function buildSite({
  dataDir,
  root,
  env = {},
  fresh = false,
}: {
  dataDir: string;
  root: string;
  env?: Record<string, string>;
  fresh?: boolean;
}): Promise<{ dist: string; generated: string; figures: string; log: string }> {
  const generated = join(root, 'generated');
  const figures = join(root, 'figures');
  const dist = join(root, 'dist');
  const log = await withBuildLock(() => {
    // Inside the lock: no other build of this working tree is using the caches while they are removed.
    if (fresh) for (const path of [...ASTRO_CACHES, generated, figures, dist]) rmSync(path, { recursive: true, force: true });
    return npmBuild({ ...env, DATA_DIR: resolve(dataDir), OUT_DIR: generated, SITE_DIR: dist });
  });
  return { dist, generated, figures, log };
}

/** dist/ built from the bundled data/, once per test run. */
export async function builtSite(): Promise<string> {
  const run = inject('testRun');
  const built = () => existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run;
  if (!built()) {
    await withBuildLock(() => {
      if (built()) return;
      npmBuild({});
      writeFileSync(STAMP, run);
    });
  }
  return join(ROOT, 'dist');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.zip': 'application/zip',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** `_headers` (Netlify / Cloudflare Pages syntax): a path pattern line, then indented `Name: value` lines. */
function parseHeaders(dir: string): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1 and a free port; directory URLs get their index.html. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const rules = parseHeaders(dir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dir, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html']! }).end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** JavaScript on or off is a per-context choice: `browser.newContext({ javaScriptEnabled: false })`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * For a browser test file: the bundled site built (once per run) and served, and Chromium launched, before its
 * tests; both closed after. Read `.server` and `.browser` inside the tests.
 */
export function siteInBrowser(): { readonly server: StaticServer; readonly browser: Browser } {
  const state = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    state.server = await serveStatic(await builtSite());
    state.browser = await launchBrowser();
  }, 900_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
