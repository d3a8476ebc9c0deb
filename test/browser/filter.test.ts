/**
 * The home page's filter in Chromium: choosing a province shows that province's agencies only (rows, region
 * groups and province sections), offers only its regions, says how many remain, and keeps the choice in the URL;
 * choosing "all" again shows everything. Without JavaScript the filter form stays hidden and every row shows.
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site.ts';

const site = siteInBrowser();

const visibleAgencies = (page: import('playwright-core').Page) =>
  page
    .locator('tr[data-row]')
    .evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.querySelector('th a')!.textContent!.trim()));

describe('the home page filter', () => {
  it('shows only the chosen province, offers its regions, counts, and keeps the choice in the URL', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/`);
    const form = page.locator('form[data-filter]');
    await expect(form.isVisible()).resolves.toBe(true);
    expect(await visibleAgencies(page)).toEqual([
      'Dinas Sosial Kabupaten Mukomuko',
      'Dinas Sosial Kabupaten Mojokerto',
      'Dinas Sosial Kabupaten Polewali Mandar',
    ]);

    await form.locator('select[name="provinsi"]').selectOption('jawa-timur');
    expect(await visibleAgencies(page)).toEqual(['Dinas Sosial Kabupaten Mojokerto']);
    await expect(form.locator('output').textContent()).resolves.toBe('1 dari 3 perangkat daerah');
    // Only Jawa Timur's regions are offered; the other provinces' sections are hidden.
    const regions = await form
      .locator('select[name="wilayah"] option')
      .evaluateAll((options) => options.filter((option) => !(option as HTMLOptionElement).hidden).map((option) => (option as HTMLOptionElement).value));
    expect(regions).toEqual(['', '35-16']);
    await expect(page.locator('section[data-provinsi="bengkulu"]').isVisible()).resolves.toBe(false);
    expect(new URL(page.url()).searchParams.get('provinsi')).toBe('jawa-timur');

    // The same choice from the URL, as a shared link opens it.
    const shared = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await shared.goto(`${site.server.url}/?provinsi=sulawesi-barat`);
    expect(await visibleAgencies(shared)).toEqual(['Dinas Sosial Kabupaten Polewali Mandar']);
    await shared.close();

    await form.locator('select[name="provinsi"]').selectOption('');
    expect(await visibleAgencies(page)).toHaveLength(3);
    await page.close();
  });

  it('without JavaScript the form stays hidden and every agency is listed', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/?provinsi=jawa-timur`);
    await expect(page.locator('form[data-filter]').isVisible()).resolves.toBe(false);
    expect(await visibleAgencies(page)).toHaveLength(3);
    await context.close();
  });
});
