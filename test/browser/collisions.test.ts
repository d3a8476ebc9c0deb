/**
 * No text of a chart collides with another text or crosses a reference line, as Chromium lays the charts out at
 * 360 px and at 1280 px: on one page of every type that shows charts, every visible chart is measured
 * (test/support/collisions.ts).
 */
import { describe, expect, it } from 'vitest';
import { chartCollisions } from '../support/collisions.ts';
import { siteInBrowser } from '../support/site.ts';

/** One page per type that has charts, from the bundled data: agencies of all three reports, a kategori indicator, the urusan pages (across years and one year), embeds. */
const PAGES = [
  '/pd/dinsos-mojokerto/',
  '/pd/dinsos-polewali-mandar/',
  '/pd/dinsos-polewali-mandar/2022/',
  '/pd/dinsos-mukomuko/',
  '/pd/dinsos-mojokerto/indikator/ss1/',
  '/pd/dinsos-polewali-mandar/indikator/ss5-1/',
  '/pd/dinsos-mukomuko/anggaran/2020/',
  '/pd/dinsos-polewali-mandar/anggaran/2023/',
  '/urusan/sosial/',
  '/urusan/sosial/2023/',
  '/embed/grafik/urusan-sosial-serapan-tren/',
  '/embed/grafik/dinsos-mojokerto-capaian-2023/',
  '/embed/grafik/dinsos-polewali-mandar-efisiensi-sasaran-2023/',
];

const site = siteInBrowser();

describe.each([360, 1280])('charts at %i px', (width) => {
  it('have no text on text and no text across a reference line', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    const found: string[] = [];
    let charts = 0;
    for (const path of PAGES) {
      const response = await page.goto(`${site.server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      charts += await page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('svg[role="img"]')].filter((svg) => svg.checkVisibility()).length);
      for (const collision of await page.evaluate(chartCollisions)) found.push(`${path} ${collision.chart}: "${collision.a}" × "${collision.b}"`);
    }
    expect(charts).toBeGreaterThan(20);
    expect(found).toEqual([]);
    await page.close();
  }, 120_000);
});
