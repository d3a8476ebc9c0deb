/** /og/beranda.png: the site's preview card, for every page without an agency's (written by the national job). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildsNationalPages } from '../../lib/siteData.ts';
import { figuresDir } from '../../lib/siteFiles.ts';

export const getStaticPaths = (() => (buildsNationalPages() ? [{ params: { name: 'beranda' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(figuresDir(), 'og', `${params.name}.png`)), { headers: { 'content-type': 'image/png' } });
