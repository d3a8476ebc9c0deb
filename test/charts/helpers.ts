/** Shared checks for chart tests: mark names, a rendered SVG, and what a publishable SVG must not contain. */
import type * as Plot from '@observablehq/plot';
import { expect } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg.ts';

/** Plot names each mark by its aria-label: "bar", "line", "dot", "text", "rule". */
export function markNames(options: Plot.PlotOptions): string[] {
  return (options.marks ?? []).map((mark) => String((mark as { ariaLabel?: string }).ariaLabel));
}

export function render(options: Plot.PlotOptions, id = 'test-chart'): string {
  return renderSvg(options, { id, title: 'Judul uji', description: 'Ringkasan uji' });
}

/** No NaN or Infinity in coordinates, no Plot warning glyph, years never grouped with a separator. */
export function expectPublishable(svg: string): void {
  expect(svg).not.toMatch(/NaN|Infinity/);
  expect(svg).not.toContain('⚠');
  expect(svg).not.toMatch(/\b20[0-9]\.[0-9]{3}\b|\b2[,.]0[0-9]{2}\b(?![,.0-9])/);
  expect(svg).toMatch(/^<svg [^>]*role="img"/);
}
