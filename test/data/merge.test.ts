/**
 * A sharded data step (DATA_SUBDIR per part, then scripts/merge-data.ts) writes the same bytes as one data
 * step over the whole dataset, and stops on keys that only the whole can see twice.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeData } from '../../scripts/merge-data.ts';
import { fileDigests } from '../support/distFiles.ts';
import { scratchDir } from '../support/scratch.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = join(ROOT, 'data');

function dataStep(env: Record<string, string>): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], { cwd: ROOT, env: { ...process.env, SITE_DIR: join(env.OUT_DIR!, 'no-site'), ...env }, stdio: 'pipe' });
}

describe('sharded data step', () => {
  it('merges its parts into the output of one run, byte for byte', () => {
    const work = scratchDir('kt-data-parts-');
    dataStep({ DATA_DIR: SOURCE, OUT_DIR: join(work, 'whole') });
    const parts = readdirSync(SOURCE).filter((name) => !name.includes('.'));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    // Parts in reverse order: the merge, not the order of the parts, sets the order of the index.
    for (const part of parts) dataStep({ DATA_DIR: SOURCE, DATA_SUBDIR: part, OUT_DIR: join(work, 'parts', part) });
    mergeData(join(work, 'merged'), parts.reverse().map((part) => join(work, 'parts', part)));
    const whole = fileDigests(join(work, 'whole'));
    expect(whole.size).toBe(parts.length + 1);
    expect(fileDigests(join(work, 'merged'))).toEqual(whole);
  }, 120_000);

  it('stops when two parts hold the same agency', () => {
    const work = scratchDir('kt-data-dup-');
    cpSync(join(SOURCE, 'dinsos-mojokerto'), join(work, 'data', 'jawa-timur', 'mojokerto'), { recursive: true });
    cpSync(join(SOURCE, 'dinsos-mojokerto'), join(work, 'data', 'lain', 'mojokerto'), { recursive: true });
    for (const part of ['jawa-timur', 'lain']) dataStep({ DATA_DIR: join(work, 'data'), DATA_SUBDIR: part, OUT_DIR: join(work, part) });
    expect(() => mergeData(join(work, 'merged'), [join(work, 'jawa-timur'), join(work, 'lain')])).toThrow(
      /kode_pd "dinsos-mojokerto" ada di .*jawa-timur dan .*lain[\s\S]*kode_sumber "[^"]+" dipakai dinsos-mojokerto/,
    );
  }, 120_000);
});
