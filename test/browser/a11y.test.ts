/**
 * Every page type in Chromium: axe-core finds no serious or critical violation, and the page makes
 * no request to another origin (fonts, scripts, styles and images all come from the site).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/distFiles.ts';
import { samplePerType } from '../support/pageTypes.ts';
import { builtSite, launchBrowser, serveStatic, type StaticServer } from '../support/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: StaticServer;
let browser: Browser;
let samples: Map<string, string>;
beforeAll(async () => {
  const dist = await builtSite();
  samples = samplePerType(htmlPages(dist));
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

describe('accessibility and requests, one page per type', () => {
  it('axe-core: no serious or critical violation; no third-party request', async () => {
    const problems: string[] = [];
    for (const [type, path] of samples) {
      // axe is injected through the DevTools protocol, which the page's CSP does not govern.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== server.url) foreign.push(request.url());
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(axeSource);
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        }),
      )) as AxeResult;
      for (const violation of result.violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          problems.push(`${type} (${path}): ${violation.id} [${violation.impact}] ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
        }
      }
      for (const url of foreign) problems.push(`${type} (${path}): request to another origin ${url}`);
      await context.close();
    }
    expect(samples.size).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 300_000);
});
