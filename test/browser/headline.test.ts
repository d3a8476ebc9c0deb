/**
 * One headline, seen in Chromium as a reader sees it: the agency's headline card, the capaian chart's subtitle,
 * its preview card's text, the home table and the urusan ranking (table and chart) all say the same count of IKU
 * that met their target and the same median (src/figures/headline.ts). Polewali Mandar 2023: 8 of 9, median 100%.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site.ts';

const site = siteInBrowser();

const COUNT = '8 dari 9 IKU mencapai target';
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().innerText()) ?? '').replace(/\s+/g, ' ').trim();

describe('the headline of an agency-year', () => {
  it.each([360, 1280])('reads the same on the agency page, the home page and the urusan ranking at %i px', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.server.url}/pd/dinsos-polewali-mandar/`);
    const card = await text(page, '.stats .stat');
    expect(card).toContain('Median capaian IKU');
    expect(card).toContain('100%');
    expect(card).toContain(COUNT);
    expect(await text(page, '#dinsos-polewali-mandar-capaian-2023 .chart__caption')).toContain(`${COUNT}; median capaian IKU 100%`);
    const preview = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
    expect(preview?.replace(/\u00a0/g, ' ')).toContain(`100% median capaian IKU 2023 · Sangat Tinggi; ${COUNT}`);

    await page.goto(`${site.server.url}/`);
    const home = await page.locator('tr[data-row]', { hasText: 'Polewali Mandar' }).innerText();
    expect(home.replace(/\s+/g, ' ')).toContain(`100% ${COUNT}`);

    await page.goto(`${site.server.url}/urusan/sosial/2023/`);
    const ranked = await page.locator('#tabel-peringkat tbody tr', { hasText: 'Polewali Mandar' }).innerText();
    expect(ranked.replace(/\s+/g, ' ')).toContain(`100% ${COUNT}`);
    // The ranking chart draws the same figure for it (the narrow or the wide copy, whichever this width shows).
    const chartText = await page
      .locator('figure.chart [class*="chart__svg--"] > svg:visible')
      .first()
      .evaluate((svg) => svg.textContent ?? '');
    expect(chartText).toContain('Kabupaten Polewali Mandar');
    expect(chartText).toContain('100% · Sangat Tinggi');
    await page.close();
  });
});
