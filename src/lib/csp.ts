/**
 * The Content-Security-Policy of every page, in one place: BaseLayout puts it in a <meta> in each page's head,
 * embed pages (src/downloads/embedPage.ts) use it too. A <meta> policy cannot say who may frame a page
 * (`frame-ancestors` is ignored there) — that is the job of the HTTP headers in dist/_headers
 * (src/downloads/headers.ts).
 *
 * - scripts only from our own files: no inline script, no eval, no WebAssembly on the page itself (Pagefind
 *   compiles its WebAssembly in a Web Worker, which this page policy does not cover; if a header policy is ever
 *   sent for /pagefind/*, or Pagefind runs without a worker, that policy needs 'wasm-unsafe-eval');
 * - styles from our files and inline (Observable Plot writes style attributes and <style> into its SVG);
 * - images from our files and data: URLs; no plugins; forms and <base> only to ourselves.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const;

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');
