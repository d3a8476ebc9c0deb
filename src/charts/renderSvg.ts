/**
 * Plot options → an SVG string, at build time, with linkedom as Plot's `document`. The output is
 * deterministic: Plot's class name is a constant (plot-d6a7b5) and the only counters it keeps
 * (clip-path and pattern ids) are renumbered per chart under the chart's own id, so two renders of
 * the same data are byte-identical and two charts on one page never share an id.
 *
 * Text from the data reaches the SVG only through DOM text nodes and attributes, which linkedom
 * escapes on serialisation; test/charts/renderSvg.test.ts proves it with hostile strings.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { CHART_SVG_STYLE } from './theme.ts';

export interface SvgMeta {
  /** Unique within the page; prefixes every id inside the SVG. */
  id: string;
  /** Accessible name (the chart's title) and description (its takeaway). */
  title: string;
  description?: string;
  /** Decorative (e.g. a sparkline whose values are written next to it): hidden from assistive technology. */
  decorative?: boolean;
}

const ID_PATTERN = /\bplot-(clip|pattern)-\d+\b/g;

/**
 * One linkedom document per process, made on first use: Plot only creates elements with it and never attaches them,
 * so nothing is left in it from one chart to the next (parsing a new document for every chart cost more than a tenth
 * of the figures step).
 */
let sharedDocument: Document | undefined;
function plotDocument(): Document {
  sharedDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return sharedDocument;
}

export function renderSvg(options: Plot.PlotOptions, meta: SvgMeta): string {
  const document = plotDocument();
  const node = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error(
      `renderSvg(${meta.id}): Plot returned <${node.tagName.toLowerCase()}>, not <svg>; drop the legend, title or caption option (the figure adds its own).`,
    );
  }
  // Plot draws "⚠️ N warnings" into the chart when data and scales disagree; never publish that.
  // Plot labels its mark groups (<g aria-label="bar">); on a plain <g> that is a prohibited ARIA
  // attribute, and inside role="img" nobody hears it. The chart's name is its <title>/<desc>.
  // Reference lines (rule and tick marks) keep a mark of what they are (data-mark="rule"), so that a test can
  // check that no text crosses them. Plot hides its axes (aria-hidden); inside a chart that is an image (role="img",
  // or hidden as a whole) nothing is heard anyway. One pass over the tree for all three.
  for (const element of node.querySelectorAll('text[font-family="initial"], [aria-label], [aria-hidden]')) {
    if (element.tagName.toLowerCase() === 'text' && element.getAttribute('font-family') === 'initial') {
      console.warn(`renderSvg(${meta.id}): ${element.textContent?.replace('⚠️', '').trim()}`);
      element.remove();
      continue;
    }
    const label = element.getAttribute('aria-label');
    if (label === 'rule' || label === 'tick') element.setAttribute('data-mark', 'rule');
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-hidden');
  }
  node.setAttribute('id', meta.id);
  node.removeAttribute('aria-label');
  node.removeAttribute('aria-description');
  leaveSharedStyleToCss(node);
  if (meta.decorative) {
    node.setAttribute('aria-hidden', 'true');
    node.setAttribute('focusable', 'false');
    return serialize(node, meta.id);
  }
  node.setAttribute('role', 'img');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${meta.id}-title`);
  title.textContent = meta.title;
  const labelledBy = [`${meta.id}-title`];
  let desc: Element | null = null;
  if (meta.description) {
    desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
    desc.setAttribute('id', `${meta.id}-desc`);
    desc.textContent = meta.description;
    labelledBy.push(`${meta.id}-desc`);
  }
  node.setAttribute('aria-labelledby', labelledBy.join(' '));
  node.prepend(...(desc ? [title, desc] : [title]));
  return serialize(node, meta.id);
}

/** What Plot writes on every root: its class (for its <style>) and presentation attributes the site's CSS overrides. */
const PLOT_ROOT: Record<string, string> = {
  class: 'plot-d6a7b5',
  fill: CHART_SVG_STYLE.fill,
  'text-anchor': CHART_SVG_STYLE['text-anchor'],
  'font-family': 'system-ui, sans-serif',
  'font-size': '10',
};
const SHARED: Record<string, string> = CHART_SVG_STYLE;

/**
 * Leaves out of the chart what every chart has (CHART_SVG_STYLE), about 500 bytes a chart: Plot's <style> (block
 * display, max-width, white-space of text), its class and root attributes, and the declarations of the style
 * attribute that the site's CSS gives every chart. Anything else in the style attribute stays.
 */
function leaveSharedStyleToCss(node: Element): void {
  for (const child of node.children) if (child.tagName.toLowerCase() === 'style') child.remove();
  for (const [name, value] of Object.entries(PLOT_ROOT)) if (node.getAttribute(name) === value) node.removeAttribute(name);
  const kept = (node.getAttribute('style') ?? '')
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => {
      const colon = declaration.indexOf(':');
      return colon > 0 && SHARED[declaration.slice(0, colon).trim()] !== declaration.slice(colon + 1).trim();
    });
  if (kept.length > 0) node.setAttribute('style', kept.join(';'));
  else node.removeAttribute('style');
}

/** Coordinates to two decimals (a hundredth of a pixel): smaller pages, and stable across platforms. */
const round = (number: string) => String(Math.round(Number(number) * 100) / 100);
/**
 * Rounds the attribute values that hold a number with three decimals or more, never text: linkedom escapes `<` and
 * `>` in text and attribute values and `"` in attribute values, so an attribute is followed by a `>` before any `<`,
 * and text is not.
 */
const roundCoordinates = (markup: string) =>
  markup.replace(
    /( [a-zA-Z0-9:-]+=")([^"]*\.\d{3}[^"]*)"(?=[^<>]*>)/g,
    (_, name: string, value: string) => `${name}${value.replace(/-?\d+\.\d{3,}/g, round)}"`,
  );

/** An axis's ticks: Plot draws each as a path of its own, moved into place. */
const TICK_GROUP = /(<g [^>]*>)((?:<path d="M0,0L-?[\d.]+,-?[\d.]+" transform="translate\(-?[\d.]+,-?[\d.]+\)" \/>)+)<\/g>/g;
const TICK = /<path d="M0,0L(-?[\d.]+),(-?[\d.]+)" transform="translate\((-?[\d.]+),(-?[\d.]+)\)" \/>/g;
/** A grid: a line per tick (reference lines are marked data-mark, and stay lines of their own). */
const LINE_GROUP = /(<g (?![^>]*data-mark)[^>]*>)((?:<line y2="-?[\d.]+" y1="-?[\d.]+" x2="-?[\d.]+" x1="-?[\d.]+" \/>)+)<\/g>/g;
const LINE = /<line y2="(-?[\d.]+)" y1="(-?[\d.]+)" x2="(-?[\d.]+)" x1="(-?[\d.]+)" \/>/g;

const step = (dx: string, dy: string) => (dx === '0' ? `v${dy}` : dy === '0' ? `h${dx}` : `l${dx},${dy}`);
const tickPath = (_: string, dx: string, dy: string, x: string, y: string) => `M${x},${y}${step(dx, dy)}`;
const linePath = (_: string, y2: string, y1: string, x2: string, x1: string) => `M${x1},${y1}${x1 === x2 ? `V${y2}` : y1 === y2 ? `H${x2}` : `L${x2},${y2}`}`;

/**
 * The same drawing in fewer bytes: an axis's ticks, and a grid's lines, as one path with a subpath each (ticks and
 * grid lines do not overlap, so they are stroked alike; a line has no inside to fill), and `/>` for an empty element
 * (neither text nor an attribute value holds a `>`).
 */
const compact = (markup: string) =>
  markup
    .replace(TICK_GROUP, (_, open: string, ticks: string) => `${open}<path d="${ticks.replace(TICK, tickPath)}"/></g>`)
    .replace(LINE_GROUP, (_, open: string, lines: string) => `${open}<path fill="none" d="${lines.replace(LINE, linePath)}"/></g>`)
    .replace(/ \/>/g, '/>');

function serialize(node: Element, id: string): string {
  const markup = compact(roundCoordinates(node.outerHTML));
  if (!markup.includes('plot-clip-') && !markup.includes('plot-pattern-')) return markup;
  const renumbered = new Map<string, string>();
  return markup.replace(ID_PATTERN, (found, kind: string) => {
    let renamed = renumbered.get(found);
    if (!renamed) {
      renamed = `${id}-${kind}-${renumbered.size + 1}`;
      renumbered.set(found, renamed);
    }
    return renamed;
  });
}
