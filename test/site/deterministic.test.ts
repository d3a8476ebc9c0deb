/**
 * Two builds of the same data are byte-identical: no timestamps, random ids, unordered output, or anything of the
 * machine's clock, zone, locale or core count. Both builds start from empty caches (Astro's, Vite's and the
 * figures step's per-agency cache), so every chart is drawn afresh both times and nothing is copied across.
 */
import { describe, expect, it } from 'vitest';
import { fileDigests as digest } from '../support/distFiles.ts';
import { buildSite } from '../support/site.ts';
import { scratchDir } from '../support/scratch.ts';

/** 25 hours apart (UTC+14 and UTC−11): the local date differs at every moment, so any date of the build shows. */
const FIRST = { TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', FIGURES_WORKERS: '0' };
/** Decimal comma and dotted thousands (1.234,5) where the first has 1,234.5; the agencies drawn in a child process. */
const SECOND = { TZ: 'Pacific/Pago_Pago', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', FIGURES_WORKERS: '8' };

/** The figures step's summary line: how many agencies it had and how many pages it drew rather than reused. */
function figuresReport(log: string): { agencies: number; drawn: number } {
  const match = /Gambar: (\d+) perangkat daerah dan halaman nasional, \d+ grafik; (\d+) digambar ulang/.exec(log);
  expect(match, log).not.toBeNull();
  return { agencies: Number(match![1]), drawn: Number(match![2]) };
}

describe('deterministic build', () => {
  it('builds the same bytes twice, from empty caches, in another zone, locale and worker count', async () => {
    const first = await buildSite({ dataDir: 'data', root: scratchDir('kt-det-a-'), env: FIRST, fresh: true });
    const second = await buildSite({ dataDir: 'data', root: scratchDir('kt-det-b-'), env: SECOND, fresh: true });
    // Nothing came from a cache: the three agencies and the national pages were all drawn, both times.
    expect(figuresReport(first.log)).toEqual({ agencies: 3, drawn: 4 });
    expect(figuresReport(second.log)).toEqual({ agencies: 3, drawn: 4 });
    for (const [name, a, b] of [
      ['dist', digest(first.dist), digest(second.dist)],
      ['generated', digest(first.generated), digest(second.generated)],
      ['figures', digest(first.figures), digest(second.figures)],
    ] as const) {
      expect([...b.keys()].sort(), name).toEqual([...a.keys()].sort());
      const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
      expect(differing, name).toEqual([]);
    }
  }, 600_000);
});
