import * as Plot from '@observablehq/plot';
import { describe, expect, it, vi } from 'vitest';
import { capaianBars } from '../../src/charts/capaianBars.ts';
import { baseStyle } from '../../src/charts/theme.ts';
import { chartFigure, chartId } from '../../src/figures/charts.ts';
import { renderSvg } from '../../src/charts/renderSvg.ts';
import { capaianBarsFixture } from './fixtures.ts';

const SVG_TAGS = new Set(['svg', 'title', 'desc', 'style', 'g', 'rect', 'line', 'path', 'text', 'tspan', 'circle', 'clipPath']);
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</svg><script>alert(2)</script>', "' onmouseover='alert(3)"];

describe('renderSvg', () => {
  it('is deterministic: two renders of the same options are byte-identical', () => {
    const first = renderSvg(capaianBars(capaianBarsFixture), { id: 'a', title: 'T' });
    const second = renderSvg(capaianBars(capaianBarsFixture), { id: 'a', title: 'T' });
    expect(second).toBe(first);
  });

  it('leaves what every chart shares to the CSS, and keeps what is its own', () => {
    const svg = renderSvg(capaianBars(capaianBarsFixture), { id: 'a', title: 'T' });
    const root = /^<svg [^>]*>/.exec(svg)![0];
    for (const shared of ['<style', 'class=', 'style=', 'font-family=', 'font-size="10"', 'fill="currentColor"', 'text-anchor="middle"']) {
      expect(root + svg.slice(root.length, svg.indexOf('<g')), shared).not.toContain(shared);
    }
    const own = renderSvg({ ...capaianBars(capaianBarsFixture), style: { ...baseStyle, fontSize: '11px', background: 'white' } }, { id: 'b', title: 'T' });
    expect(/^<svg [^>]*>/.exec(own)![0]).toContain('style="font-size:11px;background:white"');
  });

  it('names the chart with <title>/<desc> and aria-labelledby, role img', () => {
    const svg = renderSvg(capaianBars(capaianBarsFixture), {
      id: 'x-capaian-2023',
      title: 'Capaian 2023',
      description: 'Capaian 2023 100,22% (Sangat Tinggi)',
    });
    expect(svg).toMatch(/^<svg [^>]*aria-labelledby="x-capaian-2023-title x-capaian-2023-desc"/);
    expect(svg).toContain('<title id="x-capaian-2023-title">Capaian 2023</title><desc id="x-capaian-2023-desc">Capaian 2023 100,22% (Sangat Tinggi)</desc>');
  });

  it('renumbers Plot clip ids under the chart id, so two charts on a page never share one', () => {
    const options = {
      marks: [Plot.barY([1, 2], { x: (_: number, index: number) => index, y: (value: number) => value, clip: true })],
      x: { type: 'band' as const },
    };
    const first = renderSvg(options, { id: 'one', title: 'one' });
    const again = renderSvg(options, { id: 'one', title: 'one' });
    const other = renderSvg(options, { id: 'two', title: 'two' });
    expect(first).toContain('id="one-clip-1"');
    expect(first).toContain('url(#one-clip-1)');
    expect(again).toBe(first);
    expect(other).toContain('id="two-clip-1"');
    expect(first).not.toMatch(/plot-clip-\d/);
  });

  it('escapes hostile text from the data in marks, tooltips, title and description', () => {
    const bars = HOSTILE.map((label, index) => ({ key: `k${index}`, label, capaian: 90 + index, band: 'tinggi' as const }));
    for (const text of HOSTILE) {
      const svg = renderSvg(capaianBars(bars), { id: 'h', title: text, description: text });
      // Only SVG's own elements, no attribute starting with "on", one closing </svg> at the very end.
      const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]));
      expect([...tags].filter((tag) => !SVG_TAGS.has(tag!))).toEqual([]);
      expect(svg).not.toMatch(/<[^>]*\son[a-z]+=/i);
      expect(svg.indexOf('</svg>')).toBe(svg.length - '</svg>'.length);
      expect(svg).toContain('&lt;');
    }
  });

  it('rounds coordinates to two decimals, and never text', () => {
    const lookalike = 'rumus x="1.23456" dan 1.234.567';
    const svg = renderSvg(
      { marks: [Plot.text([{ x: 1 / 3, y: 2 / 3 }], { x: 'x', y: 'y', text: () => lookalike })], x: { domain: [0, 1] }, y: { domain: [0, 1] } },
      { id: 'r', title: lookalike, description: lookalike },
    );
    // The text, its title and its description, each as it was.
    expect(svg.split(lookalike)).toHaveLength(4);
    expect(svg).toMatch(/<text[^>]* (x|y|transform)="[^"]*\d\.\d\d?\b/);
    for (const tag of svg.match(/<[^>]*>/g)!) expect(tag).not.toMatch(/\d\.\d{3}/);
  });

  it('refuses a figure (legend/caption) and drops Plot warning glyphs', () => {
    expect(() =>
      renderSvg({ marks: [Plot.dot([1], { x: (value: number) => value })], color: { legend: true }, caption: 'x' }, { id: 'f', title: 'f' }),
    ).toThrow(/not <svg>/);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const svg = renderSvg({ marks: [Plot.barY([{ x: '2021', y: 1 }], { x: 'x', y: 'y' })] }, { id: 'w', title: 'w' });
    expect(svg).not.toContain('⚠');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('chartFigure renders wide and narrow, each with its own ids', () => {
    const figure = chartFigure({
      id: 'x-capaian',
      page: '/x/',
      title: 'T',
      heading: 'H',
      caption: 'C',
      sources: [],
      legend: [],
      columns: [],
      rows: [],
      plot: (width) => capaianBars(capaianBarsFixture, { width }),
    });
    expect(figure.svg.wide).toContain('id="x-capaian-lebar"');
    expect(figure.svg.narrow).toContain('id="x-capaian-sempit"');
    expect(figure.svg.narrow).toContain('viewBox="0 0 336 ');
    expect(chartId('Dinsos-X', 'tren', 'SS2.1 a')).toBe('dinsos-x-tren-ss2-1-a');
    const long = chartId('dinsos-x', 'tren', 'p1-'.padEnd(300, 'panjang'));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toBe(chartId('dinsos-x', 'tren', 'p1-'.padEnd(301, 'panjang')));
    expect(long).toBe(chartId('dinsos-x', 'tren', 'p1-'.padEnd(300, 'panjang')));
  });
});
