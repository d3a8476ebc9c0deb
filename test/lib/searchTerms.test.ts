import { describe, expect, it } from 'vitest';
import { searchSynonyms } from '../../src/lib/searchTerms.ts';

describe('searchSynonyms', () => {
  it('adds the other form of a pair, either way, as whole words in any case', () => {
    expect(searchSynonyms(['Persentase PPKS yang memperoleh Bantuan Sosial'])).toEqual(
      expect.arrayContaining(['bansos', 'pemerlu pelayanan kesejahteraan sosial']),
    );
    expect(searchSynonyms(['Jumlah paket bansos yg disalurkan'])).toEqual(['bantuan sosial']);
    expect(searchSynonyms(['bantuan\nsosial'])).toEqual(['bansos']);
  });

  it('adds nothing when both forms are there, or only part of a word matches', () => {
    expect(searchSynonyms(['Indeks Kepuasan Masyarakat (IKM)'])).toEqual([]);
    expect(searchSynonyms(['bantuan sosialisasi', 'likms', null, undefined])).toEqual([]);
  });
});
