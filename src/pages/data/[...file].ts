/** The dataset's CSV and NOTES files, copied byte for byte to /data/<path> (see src/lib/dataFiles.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFileAbsolute, datasetFiles } from '../../lib/dataFiles.ts';

export const getStaticPaths = (() => datasetFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8';
  return new Response(readFileSync(datasetFileAbsolute(file)), { headers: { 'Content-Type': type } });
};
