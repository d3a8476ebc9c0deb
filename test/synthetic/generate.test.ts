import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { FINDING_CLASS, type Finding } from '../../src/data/output.ts';
import {
  HEADERS,
  KINDS,
  MAX_PER_PEMDA,
  PLANTED,
  generateAgency,
  generateDataset,
  generateFiles,
  headerLine,
  planAgencies,
  type Kind,
} from '../../src/synthetic/generate.ts';
import { PROVINCES, nationalPemda } from '../../src/synthetic/regions.ts';
import { scratchDir } from '../support/scratch.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const FILE = (kind: Kind) => `${kind}.csv`;

function writeSingle(files: Record<Kind, string>): string {
  const dir = scratchDir('kt-synthetic-');
  dirs.push(dir);
  for (const kind of KINDS) writeFileSync(join(dir, FILE(kind)), files[kind]);
  return dir;
}

const TINY = { seed: 'uji', agencies: 5, years: 3 } as const;

/** A finding the generator plants: an inconsistency, not a signal that random targets and realisasi give by chance. */
const planted = (finding: Finding) => FINDING_CLASS[finding.jenis] !== 'patut-dicermati';

describe('synthetic dataset generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateFiles(TINY);
    const b = generateFiles(TINY);
    expect(a).toEqual(b);
    const other = generateFiles({ ...TINY, seed: 'lain' });
    expect(other.anggaran).not.toEqual(a.anggaran);
    expect(other.kinerja).not.toEqual(a.kinerja);
  });

  it('uses no Math.random and no clock', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    try {
      expect(() => generateFiles(TINY)).not.toThrow();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('generates an agency the same way whatever the size of the dataset', () => {
    const small = planAgencies({ seed: 'uji', agencies: 2 });
    const large = planAgencies({ seed: 'uji', agencies: 80 });
    expect(large.slice(0, 2)).toEqual(small);
    expect(generateAgency(large[1]!, { seed: 'uji', years: 3 }).text).toEqual(generateAgency(small[1]!, { seed: 'uji', years: 3 }).text);
  });

  it('has the requested counts', () => {
    const agencies = [...generateDataset(TINY)];
    expect(agencies).toHaveLength(5);
    for (const agency of agencies) {
      expect(agency.rows.perangkat_daerah).toBe(1);
      expect(agency.rows.sumber).toBe(3);
      expect(agency.rows.indikator).toBe(15);
      expect(agency.rows.kinerja).toBe(15 * 3);
      expect(agency.rows.anggaran).toBe(32 * 3);
    }
    expect(planAgencies({ seed: 'uji', pemda: 3, perPemda: 4 })).toHaveLength(12);
    expect(new Set(planAgencies({ seed: 'uji', pemda: 3, perPemda: 4 }).map((plan) => plan.pemda.slug)).size).toBe(3);
    expect(() => planAgencies({ seed: 'uji', perPemda: MAX_PER_PEMDA + 1 })).toThrow();
  });

  it('covers the country: 552 pemda in 38 provinces, about 20,000 agencies with unique codes', () => {
    const pemda = nationalPemda('uji');
    expect(pemda).toHaveLength(552);
    expect(new Set(pemda.map((region) => region.provinsi.nama)).size).toBe(38);
    expect(pemda.filter((region) => region.jenis === 'provinsi')).toHaveLength(PROVINCES.length);
    expect(new Set(pemda.map((region) => region.kodeWilayah)).size).toBe(552);
    // The first pemda are spread over provinces, so a small dataset already spans many of them.
    expect(new Set(pemda.slice(0, 38).map((region) => region.provinsi.kode)).size).toBe(38);
    const plans = planAgencies({ seed: 'uji' });
    expect(plans).toHaveLength(552 * MAX_PER_PEMDA);
    expect(new Set(plans.map((plan) => plan.kode_pd)).size).toBe(plans.length);
    for (const plan of plans.slice(0, 100)) expect(plan.kode_pd).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('writes the canonical format: the header of data-format.md, comma delimiter, plain numbers', () => {
    const files = generateFiles(TINY);
    for (const kind of KINDS) {
      expect(files[kind].startsWith(headerLine(kind))).toBe(true);
      const parsed = Papa.parse<string[]>(files[kind].trimEnd(), { delimiter: ',' });
      expect(parsed.errors).toEqual([]);
      for (const row of parsed.data) expect(row).toHaveLength(HEADERS[kind].length);
    }
    const anggaran = Papa.parse<Record<string, string>>(files.anggaran.trimEnd(), { header: true }).data;
    for (const row of anggaran) {
      expect(row.pagu).toMatch(/^\d+$/);
      expect(row.realisasi).toMatch(/^\d+$/);
    }
    const kinerja = Papa.parse<Record<string, string>>(files.kinerja.trimEnd(), { header: true }).data;
    for (const row of kinerja) for (const column of ['capaian_dilaporkan', 'target_renstra'] as const) expect(row[column]).toMatch(/^(\d+(\.\d{1,2})?)?$/);
  });

  it('passes the real data step with zero errors, with the planted findings and nothing else', () => {
    const result = loadDataset(writeSingle(generateFiles(TINY)));
    expect(result.errors).toEqual([]);
    expect(result.agencies).toHaveLength(5);
    expect(result.rowsIn).toEqual({ perangkat_daerah: 5, sumber: 15, indikator: 75, kinerja: 225, anggaran: 480, temuan: 0 });
    // Only inconsistencies are planted; signals (a target below last year's realisasi …) follow from random figures.
    const kinds = new Set(result.agencies.flatMap((agency) => agency.findings.filter(planted).map((finding) => finding.jenis)));
    expect([...kinds].sort()).toEqual(Object.values(PLANTED).sort());
    // Urusan repeat across pemda, so "instansi sejenis" comparisons exist.
    const plans = planAgencies({ seed: 'uji', pemda: 2, perPemda: 3 });
    expect(new Set(plans.map((plan) => plan.kind.urusan)).size).toBe(3);
  });

  it('plants findings at about the requested rate, and none at rate 0 outside the first agency', () => {
    const agencies = [...generateDataset({ seed: 'uji', agencies: 60, years: 10, findingRate: 0.05 })];
    const perKind = (what: keyof typeof PLANTED) => agencies.reduce((sum, agency) => sum + agency.planted[what], 0);
    for (const what of Object.keys(PLANTED) as (keyof typeof PLANTED)[]) {
      // 600 agency-years at 5%: 30 expected; allow a wide band.
      expect(perKind(what)).toBeGreaterThan(10);
      expect(perKind(what)).toBeLessThan(60);
    }
    const clean = [...generateDataset({ seed: 'uji', agencies: 4, years: 2, findingRate: 0 })];
    expect(clean.slice(1).every((agency) => Object.values(agency.planted).every((count) => count === 0))).toBe(true);
    expect(Object.values(clean[0]!.planted).every((count) => count === 1)).toBe(true);
  });

  it('loads as one folder per agency as well as one file set', () => {
    const dir = scratchDir('kt-synthetic-');
    dirs.push(dir);
    for (const agency of generateDataset({ seed: 'uji', agencies: 3, years: 2, findingRate: 0 })) {
      const folder = join(dir, agency.plan.kode_pd);
      mkdirSync(folder);
      for (const kind of KINDS) writeFileSync(join(folder, FILE(kind)), headerLine(kind) + agency.text[kind]);
    }
    const result = loadDataset(dir);
    expect(result.errors).toEqual([]);
    expect(result.agencies.map((agency) => agency.agency.kode_pd)).toEqual(
      planAgencies({ seed: 'uji', agencies: 3 })
        .map((plan) => plan.kode_pd)
        .sort(),
    );
    // Only the first agency carries findings at rate 0.
    const withFindings = result.agencies.filter((agency) => agency.findings.some(planted)).map((agency) => agency.agency.kode_pd);
    expect(withFindings).toEqual([planAgencies({ seed: 'uji', agencies: 1 })[0]!.kode_pd]);
  });
});
