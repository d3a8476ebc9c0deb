/**
 * Embed pages written as strings (src/downloads/embedPage.ts): the frame's slots are found and filled once each,
 * and every text from a CSV comes out as text, however hostile, in the title, attributes, legend and body.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EMBED_SLOTS, embedPageHtml, legendHtml, parseEmbedFrame } from '../../src/downloads/embedPage.ts';
import type { ChartFigure, LegendItem } from '../../src/figures/figure.ts';
import { PAYLOADS } from '../hostile/hostileDataset.ts';

const SITE = 'https://kt.example/';
const FRAME = `<!doctype html><html lang="id" data-embed-id="${EMBED_SLOTS.id}"><head><title>${EMBED_SLOTS.title} · Kinerja Terbuka</title><link rel="canonical" href="${EMBED_SLOTS.canonical}"></head><body><main class="embed">${EMBED_SLOTS.body}</main></body></html>`;
const SVG = '<svg viewBox="0 0 10 10" width="10" height="10"><title>t</title><rect width="5" height="5"></rect></svg>';

function chart(text: string, mark: LegendItem['mark'] = 'line'): ChartFigure {
  return {
    kind: 'chart',
    id: 'dinsos-x-serapan',
    page: '/pd/dinsos-x/',
    title: `Judul ${text}`,
    heading: 'Serapan',
    caption: `Ringkasan ${text}`,
    note: `Catatan ${text}`,
    sources: [{ kode_sumber: 'S1', judul: `Laporan ${text}`, jenis: null, tahun_laporan: null, tautan: null, tempat: ['Tabel 3.1'] }],
    sourceText: null,
    legend: [{ label: `Seri ${text}`, color: '#0b6e66', mark }],
    columns: [],
    rows: [],
    svg: { wide: SVG, narrow: SVG },
  };
}

describe('embed page', () => {
  it('fills every slot of the frame, and refuses a frame with a slot missing or repeated', () => {
    const frame = parseEmbedFrame(FRAME);
    const html = embedPageHtml(frame, chart('biasa'), SITE);
    expect(html).not.toMatch(/KT_EMBED_SLOT/);
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('data-embed-id')).toBe('dinsos-x-serapan');
    expect(document.querySelector('title')!.textContent).toBe('Judul biasa · Kinerja Terbuka');
    expect(document.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://kt.example/pd/dinsos-x/#dinsos-x-serapan');
    expect(document.querySelector('h1 a')!.getAttribute('href')).toBe('https://kt.example/pd/dinsos-x/#dinsos-x-serapan');
    expect(document.querySelector('.source')!.textContent).toBe('Sumber: Laporan biasa (Tabel 3.1)');
    expect(document.querySelectorAll('main svg title').length).toBe(2);

    expect(() => parseEmbedFrame(FRAME.replace(EMBED_SLOTS.canonical, ''))).toThrow(/KT_EMBED_SLOT_CANONICAL appears 0 times/);
    expect(() => parseEmbedFrame(FRAME + EMBED_SLOTS.body)).toThrow(/KT_EMBED_SLOT_BODY appears 2 times/);
  });

  it.each(PAYLOADS)('writes hostile text as text: %s', (payload) => {
    const html = embedPageHtml(parseEmbedFrame(FRAME), chart(payload), SITE);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, img, iframe').length).toBe(0);
    for (const element of document.querySelectorAll('*'))
      for (const name of element.getAttributeNames()) expect(name.startsWith('on'), `<${element.localName} ${name}>`).toBe(false);
    expect(document.querySelector('title')!.textContent).toBe(`Judul ${payload} · Kinerja Terbuka`);
    expect(document.querySelector('h1')!.textContent).toBe(`Judul ${payload}`);
    expect(document.querySelector('.caption')!.textContent).toBe(`Ringkasan ${payload}`);
    expect(document.querySelector('.note')!.textContent).toBe(`Catatan ${payload}`);
    expect(document.querySelector('.chart__legend li')!.textContent).toBe(`Seri ${payload}`);
  });

  it('draws each kind of legend swatch, and no legend for no items', () => {
    const marks: LegendItem['mark'][] = ['line', 'dash', 'ring', 'diamond', 'bar', 'outline', 'dot'];
    const shapes = marks.map((mark) => {
      const { document } = parseHTML(`<div>${legendHtml([{ label: mark, color: '#123456', mark }])}</div>`);
      const svg = document.querySelector('li svg')!;
      expect(svg.innerHTML).toContain('#123456');
      return [...svg.children].map((child) => child.localName).join('+');
    });
    expect(shapes).toEqual(['line+circle', 'line', 'line+circle', 'line+path', 'rect', 'rect', 'circle']);
    expect(legendHtml([])).toBe('');
  });
});
