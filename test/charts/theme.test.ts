import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_SVG_STYLE, CHART_TEXT_STYLE, clip, COLORS, yearSpan, yearTicks } from '../../src/charts/theme.ts';
import { band } from '../../src/data/derive.ts';

/** WCAG 2 contrast ratio of two hex colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminanceOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

interface Rule {
  file: string;
  selector: string;
  declarations: Map<string, string>;
}

/**
 * The rules of every stylesheet in src/styles/, each colour resolved to #rrggbb: var(--x) through the file's
 * own :root, #fff written out, `inherit`, `transparent` and the like left as they are.
 */
function stylesheetRules(): Rule[] {
  const folder = join(import.meta.dirname, '../../src/styles');
  const rules: Rule[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.css'))
    .sort()) {
    const css = readFileSync(join(folder, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const parsed = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({
      // The text before a rule's brace may begin with statements (@import …;).
      selector: match[1]!.split(';').at(-1)!.trim().replace(/\s+/g, ' '),
      declarations: new Map(
        match[2]!
          .split(';')
          .map((declaration) => declaration.split(':'))
          .filter((parts) => parts.length >= 2)
          .map(([name, ...value]) => [name!.trim(), value.join(':').trim()] as [string, string]),
      ),
    }));
    const variables = new Map(
      parsed.filter((rule) => rule.selector === ':root').flatMap((rule) => [...rule.declarations].filter(([name]) => name.startsWith('--'))),
    );
    const resolve = (value: string): string => {
      const named = /^var\((--[\w-]+)\)$/.exec(value);
      const resolved = named ? (variables.get(named[1]!) ?? value) : value;
      const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(resolved);
      return (short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : resolved).toLowerCase();
    };
    for (const rule of parsed) {
      const declarations = new Map([...rule.declarations].map(([name, value]) => [name, name.startsWith('--') ? value : resolve(value)]));
      // A colour left as var(…) would drop out of every check below unnoticed.
      for (const name of ['color', 'background', 'background-color'])
        expect(declarations.get(name) ?? '', `${file} ${rule.selector} ${name}`).not.toMatch(/var\(/);
      rules.push({ file, selector: rule.selector, declarations });
    }
  }
  return rules;
}

const HEX = /^#[0-9a-f]{6}$/;
const textOf = (rule: Rule) => rule.declarations.get('color');
const surfaceOf = (rule: Rule) => rule.declarations.get('background-color') ?? rule.declarations.get('background');

describe('theme', () => {
  it('text colours pass WCAG AA (4.5:1) on white; the dotted Renstra mark passes too', () => {
    for (const colour of [COLORS.accent, COLORS.ink, COLORS.muted, COLORS.renstra, COLORS.negative])
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', COLORS.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it('every rule of the stylesheets that sets both a text colour and a background passes AA; every band badge is one', () => {
    const rules = stylesheetRules().filter((rule) => HEX.test(textOf(rule) ?? '') && HEX.test(surfaceOf(rule) ?? ''));
    const failing = rules.filter((rule) => contrast(textOf(rule)!, surfaceOf(rule)!) < 4.5);
    expect(
      failing.map(
        (rule) => `${rule.file} ${rule.selector}: ${textOf(rule)} on ${surfaceOf(rule)} is ${contrast(textOf(rule)!, surfaceOf(rule)!).toFixed(2)}:1`,
      ),
    ).toEqual([]);
    // Every band the data can have (derive.ts) has its badge among the rules checked.
    const bands = new Set(Array.from({ length: 121 }, (_, value) => band(value)));
    expect(bands.size).toBe(5);
    const checked = new Set(rules.map((rule) => rule.selector));
    for (const name of bands) expect(checked, `.band--${name}`).toContain(`.band--${name}`);
  });

  it('every text colour of the stylesheets passes AA on every light surface a rule paints under inherited text', () => {
    const rules = stylesheetRules();
    // A lone separator drawn by CSS (the breadcrumbs' "/") is decoration, not text (WCAG 1.4.3).
    const decorative = (rule: Rule) => /^["'][^\p{L}\p{N}]["']$/u.test(rule.declarations.get('content') ?? '');
    const texts = new Set(
      rules
        .filter((rule) => !surfaceOf(rule) && !decorative(rule))
        .map(textOf)
        .filter((colour): colour is string => HEX.test(colour ?? '')),
    );
    // Light surfaces carry the site's dark text; a dark fill (the accent bar, the brand mark) carries no text.
    const surfaces = new Set(
      rules
        .filter((rule) => (textOf(rule) ?? 'inherit') === 'inherit')
        .map(surfaceOf)
        .filter((colour): colour is string => colour !== undefined && HEX.test(colour) && luminanceOf(colour) > 0.5),
    );
    const failing = [...texts].flatMap((text) =>
      [...surfaces].filter((surface) => contrast(text, surface) < 4.5).map((surface) => `${text} on ${surface}: ${contrast(text, surface).toFixed(2)}:1`),
    );
    expect(failing).toEqual([]);
    // The warning's ink on the warning's tint is among the pairs.
    const root = new Map(rules.filter((rule) => rule.file === 'global.css' && rule.selector === ':root').flatMap((rule) => [...rule.declarations]));
    expect(texts).toContain(root.get('--warn-ink'));
    expect(surfaces).toContain(root.get('--warn-bg'));
    expect(texts.size).toBeGreaterThanOrEqual(5);
    expect(surfaces.size).toBeGreaterThanOrEqual(4);
  });

  it('spans years without gaps and thins ticks from the last year back', () => {
    expect(yearSpan([2026, 2021, 2023])).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(yearSpan([])).toEqual([]);
    expect(yearTicks(yearSpan([2016, 2026]), 700)).toHaveLength(11);
    const thin = yearTicks(yearSpan([2016, 2026]), 250);
    expect(thin.at(-1)).toBe(2026);
    expect(thin.length).toBeLessThan(11);
  });

  it('clips long labels with an ellipsis', () => {
    expect(clip('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 150)).toMatch(/…$/);
    expect(clip('SS1', 150)).toBe('SS1');
  });
});

/** The declarations a stylesheet gives `selector` (every rule whose selector list names it), custom properties resolved from :root. */
function declarationsFor(css: string, selector: string): Map<string, string> {
  const rules = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({
    selectors: match[1]!
      .split(';')
      .at(-1)!
      .split(',')
      .map((text) => text.trim().replace(/\s+/g, ' ')),
    body: match[2]!,
  }));
  const parse = (body: string) =>
    body
      .split(';')
      .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
      .filter(([name, value]) => name && value) as [string, string][];
  const variables = new Map(rules.filter((rule) => rule.selectors.includes(':root')).flatMap((rule) => parse(rule.body)));
  const found = new Map<string, string>();
  for (const rule of rules.filter((candidate) => candidate.selectors.includes(selector)))
    for (const [name, value] of parse(rule.body))
      found.set(
        name,
        value.replace(/var\((--[\w-]+)\)/g, (_, variable: string) => variables.get(variable) ?? variable),
      );
  return found;
}

describe("the charts' shared style in the CSS", () => {
  const css = (file: string) => readFileSync(join(import.meta.dirname, '../../src/styles', file), 'utf8');
  const normal = (value: string) =>
    value
      .replace(/['"]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*,\s*/g, ', ')
      .toLowerCase();

  it('gives every chart on a page, sparkline and embedded chart what renderSvg leaves out of it', () => {
    for (const [file, selector] of [
      ['global.css', '.chart__svg svg'],
      ['global.css', '.spark svg'],
      ['embed.css', '.svg svg'],
    ] as const) {
      const found = declarationsFor(css(file), selector);
      for (const [name, value] of Object.entries(CHART_SVG_STYLE))
        expect(normal(found.get(name) ?? '(none)'), `${file} ${selector} ${name}`).toBe(normal(value));
    }
  });
});
