/** Hostile text is data, not an error: the data step keeps it verbatim for the pages to escape. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { PAYLOADS, writeHostileDataset } from './hostileDataset.ts';
import { scratchDir } from '../support/scratch.ts';

describe('hostile text in every field', () => {
  const dir = scratchDir('kt-hostile-');
  writeHostileDataset('data', dir);
  const result = loadDataset(dir);

  it('builds with zero errors and the same rows as the bundled data', () => {
    expect(result.errors).toEqual([]);
    expect(result.rowsIn).toEqual(loadDataset('data').rowsIn);
  });

  it('keeps every payload verbatim: nothing is stripped or rewritten', () => {
    const json = JSON.stringify(result.agencies);
    for (const payload of PAYLOADS) expect(json, payload).toContain(JSON.stringify(payload).slice(1, -1));
    const mojokerto = result.agencies.find((data) => data.agency.kode_pd === 'dinsos-mojokerto')!;
    expect(mojokerto.agency.nama_pd).toMatch(/^Dinas Sosial Kabupaten Mojokerto /);
    const labels = result.agencies.flatMap((data) => data.indicators.flatMap((indicator) => indicator.skala ?? []));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => PAYLOADS.some((payload) => label.endsWith(payload)))).toBe(true);
  });
});
