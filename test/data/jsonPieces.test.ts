/** jsonPieces joined is JSON.stringify, byte for byte: on the bundled agencies, synthetic ones, and the odd cases. */
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/data/jsonPieces.ts';
import { loadDataset } from '../../src/data/load.ts';

const joined = (value: object, batch?: number) => [...jsonPieces(value, batch)].join('');

describe('jsonPieces', () => {
  it('gives JSON.stringify of every bundled agency, whatever the batch', () => {
    const { agencies } = loadDataset('data');
    expect(agencies.length).toBeGreaterThan(0);
    for (const agency of agencies) for (const batch of [1, 2, 7, 32, 1000]) expect(joined(agency, batch)).toBe(JSON.stringify(agency));
  });

  it('gives JSON.stringify of odd objects', () => {
    const odd: object[] = [
      {},
      { a: undefined },
      { a: undefined, b: 1 },
      { a: 1, b: undefined },
      { f: () => 1, s: Symbol('x'), n: null, u: undefined },
      { list: [1, undefined, () => 1, null, 'x', { y: [] }, [], NaN, -0, 1e21], empty: [], one: [1] },
      { '"quoted\nkey"': ['a', 'b', 'c'], 'ü\u2028': 'lone \ud800 surrogate' },
      { toJSON: () => ({ replaced: [1, 2, 3] }) },
      [1, 2, 3],
      { date: new Date(0), nested: { deep: [1, 2, 3, 4] } },
    ];
    for (const value of odd) for (const batch of [1, 2, 3, 32]) expect(joined(value, batch), JSON.stringify(value)).toBe(JSON.stringify(value));
  });

  it('cuts long arrays into pieces of `batch` items', () => {
    const pieces = [...jsonPieces({ list: Array.from({ length: 100 }, (_, index) => index) }, 32)];
    expect(pieces.length).toBe(1 + 4 + 2);
  });
});
