import * as Plot from '@observablehq/plot';
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pngSize, svgToPng } from '../../src/downloads/png.ts';
import { FONT_STACK, standaloneSvg, svgSize } from '../../src/downloads/svg.ts';
import { capaianBars } from '../../src/charts/capaianBars.ts';
import { renderSvg } from '../../src/charts/renderSvg.ts';
import { CHART_SVG_STYLE } from '../../src/charts/theme.ts';
import { capaianBarsFixture } from '../charts/fixtures.ts';
import { textWidth, wrapText } from '../../src/downloads/text.ts';
import { decodePng, pixelStats } from './decodePng.ts';

function plotSvg(label: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({
    document,
    width: 480,
    height: 200,
    style: { fontFamily: 'system-ui, "Segoe UI", sans-serif', fontSize: '13px', color: '#1f2328' },
    x: { type: 'band', label: null },
    marks: [
      Plot.barY(
        [
          { tahun: '2022', nilai: 80 },
          { tahun: '2023', nilai: -20 },
        ],
        { x: 'tahun', y: 'nilai', fill: '#0b6e66' },
      ),
      Plot.text([label], { frameAnchor: 'top' }),
    ],
  } as Plot.PlotOptions) as unknown as Element;
  return node.outerHTML;
}

const META = {
  title: 'Capaian indikator kinerja utama <b>2023</b> & "lainnya"',
  subtitle: 'Persen terhadap target',
  source: 'Sumber: LKjIP 2023 Dinas Sosial Kabupaten Mojokerto, Tabel 3.1',
  credit: 'Kinerja Terbuka · https://kinerja-terbuka.example/pd/dinsos-mojokerto/#grafik',
};

describe('standaloneSvg', () => {
  it('is one namespaced SVG with a white background, Inter first, and the chart nested inside', () => {
    const svg = standaloneSvg(plotSvg('label </svg><script>alert(1)</script>'), META);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svg).toContain('<rect width="');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).not.toContain('system-ui');
    expect(svg).toContain(`font-family: ${FONT_STACK}`);
    expect(svg).toContain('Capaian indikator kinerja utama &lt;b&gt;2023&lt;/b&gt; &amp; &quot;lainnya&quot;');
    expect(svg).not.toContain('<script>');
    // resvg parses it as strict XML and finds the chart, title and footer inside the declared size.
    const resvg = new Resvg(svg, { font: { loadSystemFonts: false } });
    const size = svgSize(svg);
    expect([resvg.width, resvg.height]).toEqual([size.width, size.height]);
    expect(size.width).toBe(520);
  });

  it('gives the chart back what every chart shares and the page gives it by CSS', () => {
    const chart = renderSvg(capaianBars(capaianBarsFixture), { id: 'x-lebar', title: 'T' });
    expect(chart).not.toContain('font-size');
    const file = standaloneSvg(chart, META);
    // Text keeps its spaces as on the page, set on the chart's text (a browser gives SVG text white-space: nowrap).
    expect(file).toContain('<style>svg svg text,svg svg tspan{white-space:pre}</style>');
    const nested = /<svg [^>]*id="x-lebar"[^>]*>/.exec(file)![0];
    const style = /\sstyle="([^"]*)"/.exec(nested)![1]!;
    const declarations = Object.fromEntries(style.split(';').map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim())));
    expect(declarations).toEqual({ ...CHART_SVG_STYLE, 'font-family': FONT_STACK });
  });

  it('wraps a long title on measured Inter widths', () => {
    const title = 'Persentase Pemerlu Penyandang Kesejahteraan Sosial (PPKS) yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar';
    const lines = wrapText(title, 480, 20, 'bold');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 20, 'bold')).toBeLessThanOrEqual(480);
    expect(lines.join(' ')).toBe(title);
    expect(wrapText(title, 200, 20, 'bold', 2)).toHaveLength(2);
    expect(wrapText(title, 200, 20, 'bold', 2)[1]).toMatch(/…$/);
    expect(wrapText('A'.repeat(200), 100, 12).every((line) => textWidth(line, 12) <= 100)).toBe(true);
  });
});

describe('svgToPng', () => {
  it('renders at twice the SVG size, white background, dark text and the chart colour present', async () => {
    const svg = standaloneSvg(plotSvg('teks'), META);
    const size = svgSize(svg);
    const { png, width, height } = await svgToPng(svg);
    expect(pngSize(png)).toEqual({ width: size.width * 2, height: size.height * 2 });
    expect([width, height]).toEqual([size.width * 2, size.height * 2]);
    const { white, accent, dark } = pixelStats(decodePng(png), [0x0b, 0x6e, 0x66]);
    expect(white).toBeGreaterThan(0.5);
    expect(accent).toBeGreaterThan(1000);
    expect(dark).toBeGreaterThan(200);
  });
});
