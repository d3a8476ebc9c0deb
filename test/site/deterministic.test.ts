/** Two builds of the same data are byte-identical: no timestamps, random ids or unordered output. */
import { describe, expect, it } from 'vitest';
import { fileDigests as digest } from '../support/distFiles.ts';
import { buildSite } from '../support/site.ts';
import { scratchDir } from '../support/scratch.ts';

describe('deterministic build', () => {
  it('builds the same bytes twice', async () => {
    const first = await buildSite({ dataDir: 'data', root: scratchDir('kt-det-a-') });
    const second = await buildSite({ dataDir: 'data', root: scratchDir('kt-det-b-') });
    const a = digest(first.dist);
    const b = digest(second.dist);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(digest(second.generated)).toEqual(digest(first.generated));
  }, 600_000);
});
