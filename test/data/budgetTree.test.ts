import { describe, expect, it } from 'vitest';
import { agencyBudget, buildBudgetTree, partsOf, type BudgetNode } from '../../src/data/budgetTree.ts';

const line = (partial: Partial<BudgetNode> & Pick<BudgetNode, 'tingkat'>): BudgetNode => ({
  kode: null, program: null, kegiatan: null, subkegiatan: null, uraian: null, induk: null, pagu: null, realisasi: null, ...partial,
});

describe('buildBudgetTree', () => {
  const total = line({ tingkat: 'total', uraian: 'Total', pagu: 300, realisasi: 270 });
  const p1 = line({ tingkat: 'program', program: 'P1', pagu: 100, realisasi: 90 });
  const k1 = line({ tingkat: 'kegiatan', program: 'P1', kegiatan: 'K1', pagu: 100, realisasi: 90 });
  const s1 = line({ tingkat: 'subkegiatan', program: 'P1', kegiatan: 'K1', subkegiatan: 'S1', pagu: 60, realisasi: 50 });
  const s2 = line({ tingkat: 'subkegiatan', program: 'P1', kegiatan: 'K1', subkegiatan: 'S2', pagu: 40, realisasi: 40 });
  // A subkegiatan whose kegiatan has no line of its own hangs under its program.
  const orphan = line({ tingkat: 'subkegiatan', program: 'P2', kegiatan: 'K9', subkegiatan: 'S9', pagu: 200, realisasi: 180 });
  const p2 = line({ tingkat: 'program', program: 'P2', pagu: 200, realisasi: 180 });
  const sasaran = line({ tingkat: 'sasaran', uraian: 'Sasaran 1', pagu: 250, realisasi: 200 });

  it('links every line to its nearest parent and leaves sasaran lines out', () => {
    const tree = buildBudgetTree([total, p1, k1, s1, s2, orphan, p2, sasaran]);
    expect(tree.total).toBe(total);
    expect(tree.programRoots).toEqual([p1, p2]);
    expect(tree.children.get(p1)).toEqual([k1]);
    expect(tree.children.get(k1)).toEqual([s1, s2]);
    expect(tree.children.get(p2)).toEqual([orphan]);
    expect(partsOf(tree, total)).toEqual([[p1, p2]]);
    expect(partsOf(tree, sasaran)).toEqual([]);
  });

  it('skips missing levels: a year with only total and subkegiatan compares them directly', () => {
    const tree = buildBudgetTree([total, s1, s2]);
    expect(partsOf(tree, total)).toEqual([[s1, s2]]);
  });

  it('nests jenis_belanja by induk and by kode prefix', () => {
    const operasi = line({ tingkat: 'jenis_belanja', kode: '5.1', uraian: 'Belanja Operasi', pagu: 10 });
    const pegawai = line({ tingkat: 'jenis_belanja', kode: '5.1.01', uraian: 'Belanja Pegawai', pagu: 4 });
    const barang = line({ tingkat: 'jenis_belanja', kode: '5.1.02', uraian: 'Belanja Barang dan Jasa', pagu: 6 });
    const btl = line({ tingkat: 'jenis_belanja', uraian: 'Belanja Tidak Langsung', pagu: 7 });
    const gaji = line({ tingkat: 'jenis_belanja', uraian: 'Belanja Pegawai', induk: 'Belanja Tidak Langsung', pagu: 7 });
    const tree = buildBudgetTree([operasi, pegawai, barang, btl, gaji]);
    expect(tree.jenisRoots).toEqual([operasi, btl]);
    expect(tree.children.get(operasi)).toEqual([pegawai, barang]);
    expect(tree.children.get(btl)).toEqual([gaji]);
  });

  it('under Permendagri 13/2006, programs add up to Belanja Langsung, not to the total', () => {
    const tl = line({ tingkat: 'jenis_belanja', uraian: 'Belanja Tidak Langsung', pagu: 100, realisasi: 90 });
    const langsung = line({ tingkat: 'jenis_belanja', uraian: 'Belanja Langsung', pagu: 300, realisasi: 270 });
    const all = line({ tingkat: 'total', uraian: 'Jumlah', pagu: 400, realisasi: null });
    const tree = buildBudgetTree([all, tl, langsung, p1, p2]);
    expect(tree.programParent).toBe(langsung);
    expect(partsOf(tree, all)).toEqual([[tl, langsung]]);
    expect(partsOf(tree, langsung)).toEqual([[p1, p2]]);
  });
});

describe('agencyBudget', () => {
  it('takes the total line when it has both figures', () => {
    expect(agencyBudget([line({ tingkat: 'total', pagu: 200, realisasi: 150 })])).toEqual({ pagu: 200, realisasi: 150, serapan: 75, basis: 'total' });
  });
  it('falls back to top-level jenis_belanja, then to programs', () => {
    const jenis = [line({ tingkat: 'jenis_belanja', uraian: 'A', pagu: 100, realisasi: 50 }), line({ tingkat: 'jenis_belanja', uraian: 'B', pagu: 100, realisasi: 100 })];
    expect(agencyBudget([line({ tingkat: 'total', pagu: 200 }), ...jenis])).toMatchObject({ pagu: 200, realisasi: 150, basis: 'jenis_belanja' });
    expect(agencyBudget([line({ tingkat: 'program', program: 'P', pagu: 10, realisasi: 9 })])).toMatchObject({ serapan: 90, basis: 'program' });
  });
  it('reports no serapan when no basis has both figures, never a zero', () => {
    expect(agencyBudget([line({ tingkat: 'total', pagu: 200 })])).toEqual({ pagu: 200, realisasi: null, serapan: null, basis: null });
    expect(agencyBudget([])).toEqual({ pagu: null, realisasi: null, serapan: null, basis: null });
  });
});
