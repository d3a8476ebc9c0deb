import { describe, expect, it } from 'vitest';
import { indicatorSlugs, SLUG_MAX } from '../../src/data/assemble.ts';

describe('indicatorSlugs', () => {
  it('lower-cases codes, replaces other characters with hyphens and numbers clashes', () => {
    expect([...indicatorSlugs(['SS1', 'SS2.1', 'ss2-1', 'K2.1a']).values()]).toEqual(['ss1', 'ss2-1', 'ss2-1-2', 'k2-1a']);
  });

  it('cuts a very long code to a folder-safe slug that stays unique and stable', () => {
    const long = `P1-${'panjang'.repeat(60)}`;
    const [first, second] = [...indicatorSlugs([long, `${long}x`]).values()];
    expect(first!.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(first).not.toBe(second);
    expect(indicatorSlugs([long]).get(long)).toBe(first);
  });
});
