/**
 * The dataset's CSV and NOTES files under /data/<path> (see src/lib/dataFiles.ts), so every figure can point at
 * its row. NOTES are copied byte for byte; CSVs keep their rows and lines but have formula-like text cells
 * neutralised, as every CSV that the site serves.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { neutralizeCsv } from '../../downloads/csv.ts';
import { datasetFileAbsolute, datasetFiles } from '../../lib/dataFiles.ts';
import { buildsNationalPages } from '../../lib/siteData.ts';

export const getStaticPaths = (() => (buildsNationalPages() ? datasetFiles() : []).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const bytes = readFileSync(datasetFileAbsolute(file));
  if (!file.endsWith('.csv')) return new Response(bytes, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
  return new Response(neutralizeCsv(bytes.toString('utf8')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
