/**
 * A table's page view and its downloads come from one definition: rendered by the page's own component
 * (DataTable.astro, through Astro's container), a table shows its columns' labels and formatted cells, and the
 * download data beside it carries the same columns; change a column and both change.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import DataTable from '../../src/components/DataTable.astro';
import { downloadDataFrom, figureCsv, type DownloadData } from '../../src/downloads/figureFiles.ts';
import { figuresFile } from '../../src/downloads/publishFigures.ts';
import type { TableFigure } from '../../src/figures/figure.ts';
import { tableFigure } from '../../src/figures/tables.ts';

const table = tableFigure({
  id: 'tabel-uji',
  page: '/pd/dinsos-x/2023/',
  title: 'Uji Dinas X, 2023',
  heading: 'Uji',
  columns: [
    { key: 'indikator', label: 'Indikator', format: 'text' },
    { key: 'satuan', label: 'Satuan', format: 'text' },
    { key: 'target', label: 'Target', format: 'number' },
    { key: 'capaian', label: 'Capaian', format: 'percent' },
    { key: 'sumber', label: 'Sumber', format: 'text' },
  ],
  rows: [
    { indikator: 'Persentase PPKS', satuan: '%', target: 82, capaian: 100.22, sumber: 'LKjIP 2023 Tabel 3.1' },
    { indikator: 'Nilai SAKIP', satuan: 'nilai', target: 80.5, capaian: null, sumber: 'LKjIP 2023 Tabel 3.1' },
  ],
  view: [{ key: 'indikator', header: true, link: 'indikator' }, { key: 'target', show: 'nilai', unit: 'satuan' }, { key: 'capaian' }],
  decor: [{ links: { indikator: '/pd/dinsos-x/indikator/ss1/' } }, {}],
});

async function render(figure: TableFigure) {
  const container = await AstroContainer.create();
  const { document } = parseHTML(await container.renderToString(DataTable, { props: { table: figure } }));
  // The menu under the table names its figure in the owner's figures file; that file is made from the same figure.
  const menu = document.querySelector('details[data-download-root]')!;
  expect(menu.getAttribute('data-figures')).toBe('/pd/dinsos-x/gambar.json');
  const data: DownloadData = downloadDataFrom(figuresFile([figure], { site: 'https://kt.example/', base: '/' }), menu.getAttribute('data-figure')!);
  return {
    headers: [...document.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    cells: [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())),
    link: document.querySelector('tbody a')?.getAttribute('href'),
    data,
    csvHeader: figureCsv(data, 'kanonik').split('\n')[0],
  };
}

describe('DataTable and its downloads', () => {
  it('show the columns of one definition: the view on the page, every column in the download', async () => {
    const shown = await render(table);
    expect(shown.headers).toEqual(['Indikator', 'Target', 'Capaian']);
    expect(shown.cells).toEqual([
      ['Persentase PPKS', '82%', '100,22%'],
      ['Nilai SAKIP', '80,5 nilai', '–'],
    ]);
    expect(shown.link).toBe('/pd/dinsos-x/indikator/ss1/');
    expect(shown.csvHeader).toBe('Indikator,Satuan,Target,Capaian (%),Sumber');
    expect(shown.data.rows).toEqual([
      ['Persentase PPKS', '%', 82, 100.22, 'LKjIP 2023 Tabel 3.1'],
      ['Nilai SAKIP', 'nilai', 80.5, null, 'LKjIP 2023 Tabel 3.1'],
    ]);
  });

  it('change one column and the page and the download change with it', async () => {
    const renamed = { ...table, columns: table.columns.map((column) => (column.key === 'target' ? { ...column, label: 'Target kinerja' } : column)) };
    const shown = await render(renamed);
    expect(shown.headers).toEqual(['Indikator', 'Target kinerja', 'Capaian']);
    expect(shown.csvHeader).toBe('Indikator,Satuan,Target kinerja,Capaian (%),Sumber');
    const reformatted = { ...table, columns: table.columns.map((column) => (column.key === 'capaian' ? { ...column, format: 'points' as const } : column)) };
    const again = await render(reformatted);
    expect(again.cells[0]).toEqual(['Persentase PPKS', '82%', '+100,22 poin']);
    expect(again.csvHeader).toBe('Indikator,Satuan,Target,Capaian (poin persentase),Sumber');
  });
});
