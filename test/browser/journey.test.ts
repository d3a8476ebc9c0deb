/**
 * A person's journey in Chromium, as the site is served: from the front page to an agency, switch
 * year, open an indicator, open its budget, and search. The same journey with JavaScript disabled
 * reaches every figure (search aside, which needs JavaScript; its lists stand in for it). Keyboard
 * only: Tab reaches every control of an agency page, and the skip link goes to the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/data/format.ts';
import type { AgencyData } from '../../src/data/output.ts';
import { ROOT, builtSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';

let server: StaticServer;
let browser: Browser;
let mojokerto: AgencyData;
beforeAll(async () => {
  server = await serveStatic(await builtSite());
  browser = await launchBrowser();
  mojokerto = JSON.parse(readFileSync(join(ROOT, 'generated/data/pd/dinsos-mojokerto.json'), 'utf8'));
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pathOf = (page: Page) => new URL(page.url()).pathname;
const mainText = (page: Page) => page.locator('main').textContent();

async function journey(page: Page): Promise<void> {
  page.setDefaultTimeout(10_000);
  const latest = mojokerto.ringkasan.at(-1)!;
  const ss1 = mojokerto.indicators.find((indicator) => indicator.kode_indikator === 'SS1')!;
  const ss1Latest = ss1.tahun.find((year) => year.tahun === latest.tahun)!;

  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: mojokerto.agency.nama_pd }).first().click();
  expect(pathOf(page)).toBe('/pd/dinsos-mojokerto/');
  expect(await mainText(page)).toContain(formatPercent(latest.serapan));
  expect(await mainText(page)).toContain(formatPercent(latest.iku_capaian_median));

  // Every year has its own page.
  const earlier = mojokerto.tahun.at(-2)!;
  await page
    .getByRole('navigation', { name: 'Tahun laporan' })
    .getByRole('link', { name: String(earlier) })
    .click();
  expect(pathOf(page)).toBe(`/pd/dinsos-mojokerto/${earlier}/`);
  expect(await page.locator('h1, h2').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(String(earlier))]));
  await page
    .getByRole('navigation', { name: 'Tahun laporan' })
    .getByRole('link', { name: String(latest.tahun) })
    .click();

  await page.getByRole('link', { name: ss1.indikator }).first().click();
  expect(pathOf(page)).toBe('/pd/dinsos-mojokerto/indikator/ss1/');
  expect(await mainText(page)).toContain(formatPercent(ss1Latest.capaian));
  expect(await mainText(page)).toContain(ss1Latest.sumber);

  await page.goBack();
  await page.locator(`a[href="/pd/dinsos-mojokerto/anggaran/${latest.tahun}/"]`).first().click();
  expect(pathOf(page)).toBe(`/pd/dinsos-mojokerto/anggaran/${latest.tahun}/`);
  const total = mojokerto.budget.find((line) => line.tahun === latest.tahun && line.tingkat === 'total')!;
  expect(await mainText(page)).toContain(formatPercent(total.serapan));
}

describe('a person using the site', () => {
  it('goes from the front page to an agency, a year, an indicator and its budget', async () => {
    const page = await browser.newPage();
    await journey(page);
    await page.close();
  });

  it('does the same with JavaScript disabled, and opens a chart’s data table', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await journey(page);
    await page.goto(`${server.url}/pd/dinsos-mojokerto/`);
    const figure = page
      .locator('figure')
      .filter({ has: page.locator('details') })
      .first();
    await figure.locator('details > summary').first().click();
    await expect(figure.locator('details table').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('finds an agency with the search box', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox').fill('Mukomuko');
    const result = page.locator('[data-search-results] a').first();
    await result.waitFor({ timeout: 15_000 });
    await result.click();
    expect(pathOf(page)).toMatch(/^\/pd\/dinsos-mukomuko\//);
    await page.close();
  });

  it("finds an agency's indicator by its words, and the page leads to the agency", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox').fill('ketahanan sosial');
    const results = page.locator('[data-search-results] a');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    // The indicator page (SS1 "Persentase PMKS yang memiliki ketahanan sosial") of Polewali Mandar.
    expect(hrefs).toContain('/pd/dinsos-polewali-mandar/indikator/ss1/');
    await results.filter({ hasText: 'ketahanan sosial' }).first().click();
    await page.getByRole('link', { name: 'Dinas Sosial Kabupaten Polewali Mandar' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/pd/dinsos-polewali-mandar/');
    await page.close();
  });

  it('reaches every control of an agency page with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/pd/dinsos-mojokerto/`);
    // Each control named by its tag and its position among all elements: the same key from either list is the same element.
    const controls = await page.evaluate(() => {
      const selector =
        'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const all = [...document.querySelectorAll('*')];
      // checkVisibility() also excludes the content of closed <details>, which keeps its layout boxes.
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .map((element) => `${element.tagName}:${all.indexOf(element)}`);
    });
    expect(controls.length).toBeGreaterThan(0);
    // The first Tab lands on the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Langsung ke isi');
    const reached = new Set<string>();
    const unringed = new Set<string>();
    for (let i = 0; i < controls.length + 5; i++) {
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body || !element.checkVisibility({ visibilityProperty: true })) return null;
        const focusStyle = getComputedStyle(element);
        return {
          key: `${element.tagName}:${[...document.querySelectorAll('*')].indexOf(element)}`,
          ring: focusStyle.outlineStyle !== 'none' || focusStyle.boxShadow !== 'none',
        };
      });
      if (focused) {
        reached.add(focused.key);
        if (!focused.ring) unringed.add(focused.key);
      }
      await page.keyboard.press('Tab');
    }
    // Tab reaches exactly the visible controls: none is skipped, and nothing else takes focus.
    expect([...reached].sort()).toEqual([...new Set(controls)].sort());
    // Focus is always visible: an outline or a ring on every focused control.
    expect([...unringed]).toEqual([]);
    await page.close();
  }, 120_000);
});
