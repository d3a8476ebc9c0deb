/**
 * HTTP headers for static hosting. Only embed pages (/embed/…) may be shown inside another site's frame; every
 * other page refuses (X-Frame-Options: DENY and CSP frame-ancestors 'none'). Browsers ignore frame-ancestors in
 * a <meta> policy, so this needs real headers: dist/_headers (Netlify and Cloudflare Pages syntax) and the nginx
 * snippet below.
 *
 * _headers rules that match one path add up on both hosts (Netlify joins repeated headers, Cloudflare keeps
 * all), so a catch-all DENY rule would also reach /embed/. The rules are therefore written per top-level entry
 * of the built site, never overlapping /embed/, which needs no host-specific "detach" syntax.
 */
export const FRAME_DENY: [string, string][] = [
  ['X-Frame-Options', 'DENY'],
  ['Content-Security-Policy', "frame-ancestors 'none'"],
];
export const FRAME_ANY: [string, string][] = [['Content-Security-Policy', 'frame-ancestors *']];
export const COMMON: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** The folder under which pages may be framed by any site. */
export const EMBED_DIR = 'embed';

export interface TopLevel {
  name: string;
  directory: boolean;
}

/** `_headers` for a built site whose top level holds `entries` (files and folders of dist/). */
export function headersFile(entries: readonly TopLevel[]): string {
  const block = (pattern: string, headers: [string, string][]) => `${pattern}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  const sorted = [...entries]
    .filter((entry) => entry.name !== '_headers' && !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const blocks = [
    '# Kinerja Terbuka: header HTTP untuk hosting statis (sintaks _headers Netlify / Cloudflare Pages).',
    '# Dibuat saat build (src/downloads/headers.ts). Hanya /embed/* boleh dibingkai situs lain.',
    '',
    block('/*', COMMON),
    block('/', FRAME_DENY),
  ];
  for (const entry of sorted) {
    if (entry.name === EMBED_DIR && entry.directory) continue;
    blocks.push(block(entry.directory ? `/${entry.name}/*` : `/${entry.name}`, FRAME_DENY));
  }
  blocks.push(block(`/${EMBED_DIR}/*`, FRAME_ANY));
  return `${blocks.join('\n')}`;
}

/** The same rules for nginx: add_header in a location replaces the inherited ones, so /embed/ drops DENY. */
export const NGINX_SNIPPET = `# Kinerja Terbuka: bingkai hanya untuk /embed/ (taruh di blok server {} situs ini)
location / {
    add_header X-Frame-Options "DENY" always;
    add_header Content-Security-Policy "frame-ancestors 'none'" always;
    add_header X-Content-Type-Options "nosniff" always;
    add_header Referrer-Policy "strict-origin-when-cross-origin" always;
    try_files $uri $uri/ =404;
}
location /embed/ {
    add_header Content-Security-Policy "frame-ancestors *" always;
    add_header X-Content-Type-Options "nosniff" always;
    add_header Referrer-Policy "strict-origin-when-cross-origin" always;
    try_files $uri $uri/ =404;
}
`;
