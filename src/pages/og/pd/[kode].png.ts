/** /og/pd/<kode>.png: an agency's preview card, as the figures step drew it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresDir } from '../../../lib/siteFiles.ts';
import { pageAgencies } from '../../../lib/siteData.ts';

export const getStaticPaths = (() => pageAgencies().map((agency) => ({ params: { kode: agency.kode_pd } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(figuresDir(), 'og', 'pd', `${params.kode}.png`)), { headers: { 'content-type': 'image/png' } });
