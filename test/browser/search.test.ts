/**
 * The search box in Chromium, against the built index: an indicator's words list the indicator pages of
 * the agencies that have it, an abbreviation finds the pages that spell it out (bansos → bantuan sosial),
 * results show a clean title and what and where the page is, and Enter opens the first result.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site.ts';

const site = siteInBrowser();

interface Shown {
  path: string;
  title: string;
  text: string;
}

/** Types `query` into the front page's search box and waits for that query's results. */
async function search(page: Page, query: string): Promise<Shown[]> {
  await page.goto(`${site.server.url}/`);
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction((wanted) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === wanted, query, { timeout: 15_000 });
  return page.locator('[data-search-results] li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a')!;
      return { path: new URL(link.href).pathname, title: link.textContent ?? '', text: (item as HTMLElement).innerText };
    }),
  );
}

describe('search box', () => {
  it('lists the indicator pages of an agency by the indicator’s words', async () => {
    const page = await site.browser.newPage();
    const shown = await search(page, 'kepuasan masyarakat');
    const indicators = shown.filter((result) => result.path.startsWith('/pd/dinsos-polewali-mandar/indikator/'));
    expect(indicators.length).toBeGreaterThan(0);
    expect(shown.map((result) => result.path)).toContain('/pd/dinsos-polewali-mandar/indikator/t2/');
    const t2 = shown.find((result) => result.path === '/pd/dinsos-polewali-mandar/indikator/t2/')!;
    // A clean title (the indicator, not the page's <title>), then what and where it is.
    expect(t2.title).toBe('Indeks Kepuasan Masyarakat (IKM)');
    expect(t2.text).toContain('Dinas Sosial Kabupaten Polewali Mandar');
    expect(t2.text).toContain('Sulawesi Barat');
    for (const result of shown) expect(result.title, result.path).not.toContain('Kinerja Terbuka');
    await page.close();
  });

  it('finds bantuan sosial by its abbreviation, bansos', async () => {
    const page = await site.browser.newPage();
    const shown = await search(page, 'bansos');
    expect(
      shown.some((result) => result.path.startsWith('/pd/dinsos-mojokerto/')),
      JSON.stringify(shown.map((result) => result.path)),
    ).toBe(true);
    // No excerpt runs a status into the next count.
    for (const result of shown) expect(result.text, result.path).not.toMatch(/\)\d|indikator turunan/);
    await page.close();
  });

  it('still finds an agency by its name and by one of its indicators', async () => {
    const page = await site.browser.newPage();
    expect((await search(page, 'Mukomuko')).map((result) => result.path)).toContain('/pd/dinsos-mukomuko/');
    expect((await search(page, 'ketahanan sosial')).some((result) => result.path.startsWith('/pd/dinsos-polewali-mandar/'))).toBe(true);
    await page.close();
  });

  it('opens the first result on Enter, once the results are shown and straight after typing', async () => {
    const page = await site.browser.newPage();
    const shown = await search(page, 'kepuasan masyarakat');
    const first = shown[0]!.path;
    await Promise.all([page.waitForURL((url) => url.pathname === first, { timeout: 15_000 }), page.getByRole('searchbox').press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(first);
    expect(await page.locator('h1').textContent()).toBe(shown[0]!.title);

    await page.goto(`${site.server.url}/`);
    await page.getByRole('searchbox').fill('kepuasan masyarakat');
    await Promise.all([page.waitForURL((url) => url.pathname === first, { timeout: 15_000 }), page.getByRole('searchbox').press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(first);
    await page.close();
  });
});
