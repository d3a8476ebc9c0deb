/**
 * The figures step's load hook for linkedom (scripts/linkedomEvents.ts): it recognises the installed linkedom, events
 * still work with it, and a chart drawn with it is byte for byte the chart drawn without it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capaianBars } from '../../src/charts/capaianBars.ts';
import { indicatorTrend, indicatorTrendPoints } from '../../src/charts/indicatorTrend.ts';
import { renderSvg } from '../../src/charts/renderSvg.ts';
import { lazyListeners } from '../../scripts/linkedomEvents.ts';
import { ROOT } from '../support/site.ts';
import { capaianBarsFixture, ss1 } from './fixtures.ts';

const require = createRequire(import.meta.url);
const EVENT_TARGET = join(require.resolve('linkedom/package.json'), '../esm/interface/event-target.js');

/** Runs ES module code in a Node process that loaded the hook first, as the figures step's processes do. */
function withHook(code: string): string {
  return execFileSync(
    join(ROOT, 'node_modules/.bin/node'),
    ['--import', 'tsx', '--import', join(ROOT, 'scripts/linkedomEvents.ts'), '--input-type=module', '-e', code],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

describe('linkedom load hook', () => {
  it('recognises the installed linkedom (on an upgrade: check the edits still fit, or drop the hook)', () => {
    const source = readFileSync(EVENT_TARGET, 'utf8');
    const edited = lazyListeners(source);
    expect(edited).not.toBeNull();
    expect(edited).not.toContain('wm.set(this, new Map);\n  }');
    expect(lazyListeners('class DOMEventTarget { constructor() { wm.set(this, new Map); } }')).toBeNull();
  });

  it('keeps listeners working, and draws the same bytes', () => {
    const url = (path: string) => JSON.stringify(`file://${join(ROOT, path)}`);
    const output = withHook(`
      const hook = await import(${url('scripts/linkedomEvents.ts')});
      const { parseHTML } = await import('linkedom');
      const { renderSvg } = await import(${url('src/charts/renderSvg.ts')});
      const { capaianBars } = await import(${url('src/charts/capaianBars.ts')});
      const { indicatorTrend, indicatorTrendPoints } = await import(${url('src/charts/indicatorTrend.ts')});
      const { capaianBarsFixture, ss1 } = await import(${url('test/charts/fixtures.ts')});
      const { document } = parseHTML('<html><body></body></html>');
      const calls = [];
      const target = document.createElement('div');
      const listener = (event) => calls.push(event.type);
      target.addEventListener('input', listener);
      target.dispatchEvent(new document.defaultView.Event('input'));
      target.removeEventListener('input', listener);
      target.dispatchEvent(new document.defaultView.Event('input'));
      document.createElement('span').removeEventListener('input', listener);
      const svgs = [renderSvg(capaianBars(capaianBarsFixture), { id: 'a', title: 'A' }), renderSvg(indicatorTrend(indicatorTrendPoints(ss1), { satuan: '%' }), { id: 'b', title: 'B' })];
      console.log(JSON.stringify({ patched: hook.PATCHED, calls, svgs }));
    `);
    const result = JSON.parse(output) as { patched: boolean; calls: string[]; svgs: string[] };
    expect(result.patched).toBe(true);
    expect(result.calls).toEqual(['input']);
    expect(result.svgs).toEqual([
      renderSvg(capaianBars(capaianBarsFixture), { id: 'a', title: 'A' }),
      renderSvg(indicatorTrend(indicatorTrendPoints(ss1), { satuan: '%' }), { id: 'b', title: 'B' }),
    ]);
  }, 60_000);
});
