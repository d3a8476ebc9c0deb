/** Two builds of the same data are byte-identical: no timestamps, random ids or unordered output. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/site.ts';

function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

describe('deterministic build', () => {
  it('builds the same bytes twice', async () => {
    const first = await buildSite({ dataDir: 'data', root: mkdtempSync(join(tmpdir(), 'kt-det-a-')) });
    const second = await buildSite({ dataDir: 'data', root: mkdtempSync(join(tmpdir(), 'kt-det-b-')) });
    const a = digest(first.dist);
    const b = digest(second.dist);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(digest(second.generated)).toEqual(digest(first.generated));
  }, 600_000);
});
