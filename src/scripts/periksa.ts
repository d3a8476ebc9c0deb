/**
 * /periksa/: the data step in the reader's browser. The chosen CSV files go through the data step's own modules
 * (src/data/loadFiles.ts: csv.ts, parseRows.ts, schema.ts, validate.ts, assemble.ts, findings.ts), so the page
 * says exactly what `npm run data` would say: every error (file:line:column and message), every data-quality
 * finding, and the headline of each agency-year (src/figures/headline.ts). Files are read with File.arrayBuffer();
 * nothing is sent anywhere. Every text is written with textContent, never as HTML.
 */
import { z } from 'zod';
import { BANDS } from '../data/derive.ts';
import { formatError, type DataError } from '../data/errors.ts';
import { formatPercent } from '../data/format.ts';
import { loadFiles, type InputFile } from '../data/loadFiles.ts';
import type { AgencyData, Finding } from '../data/output.ts';
import { headline } from '../figures/headline.ts';

// No `new Function` probe: the page's Content-Security-Policy forbids eval, and zod then need not try it.
z.config({ jitless: true });

/** What a message names when the files were chosen one by one, without their folder. */
export const CHOSEN_FILES = 'berkas terpilih';

/** An error as the CLI prints it; a whole-dataset error of files chosen without their folder names CHOSEN_FILES. */
export const errorLine = (error: DataError): string => formatError(error.file === '' ? { ...error, file: CHOSEN_FILES } : error);

/** A finding in one line: where it was read from, then its message. */
export const findingLine = (finding: Finding): string => `${finding.origin.file}:${finding.origin.line}: ${finding.pesan}`;

const bandLabel = (id: string | null): string => BANDS.find((entry) => entry.id === id)?.label ?? '';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function list(items: string[], attribute: string): HTMLOListElement {
  const ol = element('ol', undefined, { [attribute]: '' });
  for (const item of items) ol.append(element('li', item));
  return ol;
}

/** The dataset's root: the chosen folder (first part of webkitRelativePath), or '' for files chosen one by one. */
async function inputFiles(chosen: readonly File[]): Promise<{ root: string; files: InputFile[] }> {
  const paths = chosen.map((file) => file.webkitRelativePath || file.name);
  const root = chosen.some((file) => file.webkitRelativePath) ? paths[0]!.split('/')[0]! : '';
  const files = await Promise.all(chosen.map(async (file, index) => ({ path: paths[index]!, bytes: new Uint8Array(await file.arrayBuffer()) })));
  // The CLI reads each folder in name order (code units, as the file system lists them).
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, files };
}

function agencySection(agency: AgencyData): HTMLElement {
  const section = element('section', undefined, { 'data-periksa-agency': agency.agency.kode_pd, class: 'block' });
  section.append(element('h3', `${agency.agency.nama_pd} (${agency.agency.kode_pd})`));
  const table = element('table');
  const head = element('tr');
  for (const title of ['Tahun', 'IKU mencapai target', 'Median capaian IKU']) head.append(element('th', title, { scope: 'col' }));
  table.append(element('thead'), element('tbody'));
  table.tHead!.append(head);
  for (const summary of agency.ringkasan) {
    const figure = headline(summary);
    const row = element('tr', undefined, { 'data-tahun': String(summary.tahun) });
    row.append(
      element('th', String(summary.tahun), { scope: 'row' }),
      element('td', figure.count ?? '—'),
      element('td', figure.value === null ? (figure.reason ?? '—') : `${formatPercent(figure.value)} (${bandLabel(figure.band)})`),
    );
    table.tBodies[0]!.append(row);
  }
  const wrap = element('div', undefined, { class: 'table-scroll' });
  wrap.append(table);
  section.append(wrap);
  section.append(element('h4', `Temuan kualitas data: ${agency.findings.length}`));
  if (agency.findings.length > 0) section.append(list(agency.findings.map(findingLine), 'data-periksa-findings'));
  return section;
}

export function enhancePeriksa(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-periksa-form]')!;
  const result = root.querySelector<HTMLElement>('[data-periksa-result]')!;
  const status = root.querySelector<HTMLElement>('[data-periksa-status]')!;
  form.hidden = false;
  // A folder input (webkitdirectory: Chromium, Firefox, Safari) gives each file its path inside the folder.
  const folder = form.querySelector<HTMLInputElement>('input[data-periksa-folder]');
  if (folder) folder.webkitdirectory = true;
  root.querySelector('[data-periksa-nojs]')?.setAttribute('hidden', '');
  form.addEventListener('submit', (event) => event.preventDefault());

  const check = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    result.replaceChildren();
    if (chosen.length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = `Memeriksa ${chosen.length} berkas…`;
    const { root: datasetRoot, files } = await inputFiles(chosen);
    const loaded = loadFiles(files, { root: datasetRoot });
    for (const other of form.querySelectorAll('input[type="file"]')) if (other !== input) (other as HTMLInputElement).value = '';
    if (loaded.notices.length > 0) {
      result.append(
        element('h2', 'Peringatan'),
        list(
          loaded.notices.map((notice) => `peringatan: ${notice}`),
          'data-periksa-notices',
        ),
      );
    }
    if (loaded.errors.length > 0) {
      status.textContent = `${loaded.errors.length} galat: situs tidak akan dibangun dari berkas ini. Perbaiki semuanya, lalu pilih berkasnya lagi.`;
      result.append(element('h2', `Galat (${loaded.errors.length})`), list(loaded.errors.map(errorLine), 'data-periksa-errors'));
      return;
    }
    const findings = loaded.agencies.reduce((sum, agency) => sum + agency.findings.length, 0);
    status.textContent = `Tidak ada galat: ${loaded.agencies.length} perangkat daerah siap dibangun; ${findings} temuan kualitas data.`;
    result.append(element('h2', 'Pratinjau per perangkat daerah'));
    for (const agency of loaded.agencies) result.append(agencySection(agency));
  };
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    input.addEventListener('change', () => {
      check(input).catch((error: unknown) => {
        status.textContent = `Pemeriksaan berhenti karena kesalahan di peramban: ${String(error)}`;
      });
    });
  }
}
