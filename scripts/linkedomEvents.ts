/**
 * Loaded first by the figures step's processes (scripts/build-figures.ts, and `--import` for its workers): a
 * module load hook that gives linkedom's EventTarget its listener table on first use instead of in its constructor.
 *
 * linkedom 0.18's DOMEventTarget constructor puts every node it creates into a WeakMap with a new Map of listeners.
 * Plot creates a few hundred nodes per chart and never listens to them, so the figures step spent about a sixth of
 * its time making those Maps and collecting them again (BENCHMARKS.md). With the hook, addEventListener makes the
 * Map when a node first gets a listener; removeEventListener and dispatching already read it as optional. Nothing
 * drawn changes: the charts are byte-identical with and without it (test/figures/linkedomEvents.test.ts).
 *
 * The hook only rewrites the exact text of the version it was written for; any other linkedom loads as it is
 * (PATCHED tells which happened, and the test fails on a linkedom it no longer recognises).
 */
import { registerHooks } from 'node:module';

const FILE = /\/node_modules\/linkedom\/esm\/interface\/event-target\.js$/;

const EDITS: [from: string, to: string][] = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    if (!wm.has(this)) wm.set(this, new Map);\n    const map = wm.get(this);\n',
  ],
  [
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];
/** The one other reader of the table, which already treats it as optional. */
const OPTIONAL_READ = '  const map = wm.get(currentTarget);\n  if (map && map.has(this.type)) {';

/** The source with the listener table made lazy, or null when it is not the text the edits were written for. */
export function lazyListeners(source: string): string | null {
  if (!source.includes(OPTIONAL_READ) || (source.match(/\bwm\.(get|set|has)\(/g) ?? []).length !== 4) return null;
  let edited = source;
  for (const [from, to] of EDITS) {
    if (edited.split(from).length !== 2) return null;
    edited = edited.replace(from, to);
  }
  return edited;
}

/** Whether this process loaded linkedom's EventTarget with the lazy table (false until linkedom is loaded). */
export let PATCHED = false;

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    if (!FILE.test(url) || result.source === undefined) return result;
    const edited = lazyListeners(typeof result.source === 'string' ? result.source : Buffer.from(result.source as Uint8Array).toString('utf8'));
    if (edited === null) return result;
    PATCHED = true;
    return { ...result, source: edited };
  },
});
