import { describe, expect, it } from 'vitest';
import { isBlank, parseNumber, parseWebUrl, parseYear } from '../../src/data/cells.ts';

// Strings copied from the source reports (shared/seeds/*.txt).
describe('parseNumber, spreadsheet dialect (; , .)', () => {
  it.each([
    ['1.704.319.000,00', 1704319000], // Mukomuko Bab III C.1
    ['82,18 %', 82.18], // Mojokerto Tabel 3.1
    ['Rp. 5.632.013.800', 5632013800], // Polewali Mandar Tabel 3.3
    ['Rp.5.631.519.400', 5631519400],
    ['Rp 840.600.000', 840600000],
    ['95,53%', 95.53],
    ['1.234', 1234],
    ['100', 100],
    ['-12,5', -12.5],
    ['\u00a01.000\u00a0', 1000],
  ])('%s → %s', (raw, expected) => {
    expect(parseNumber(raw, 'spreadsheet')).toEqual({ ok: true, value: expected });
  });

  it('reads a blank or a dash as "not reported", never zero', () => {
    for (const raw of ['', '  ', '-', '–']) expect(parseNumber(raw, 'spreadsheet')).toEqual({ ok: true, value: null });
  });

  it.each(['49.27', '1,234.5', '0.321'])('refuses %s: a decimal point in a ; file is ambiguous', (raw) => {
    const result = parseNumber(raw, 'spreadsheet');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^angka ambigu/);
  });

  it.each(['12a', 'Sangat Baik', 'A', 'Rp', '%'])('refuses %s as not a number', (raw) => {
    expect(parseNumber(raw, 'spreadsheet')).toEqual({ ok: false, reason: 'bukan angka (not a number)' });
  });
});

describe('parseNumber, canonical dialect (, .)', () => {
  it.each([
    ['49.27', 49.27], // Polewali Mandar Bab II B, printed with a decimal point
    ['82.18', 82.18],
    ['1704319000', 1704319000],
    ['0.321', 0.321],
    ['-3', -3],
  ])('%s → %s', (raw, expected) => {
    expect(parseNumber(raw, 'kanonik')).toEqual({ ok: true, value: expected });
  });

  it.each(['82,18', '1,234', '1.704.319.000,00', 'Rp. 5.632.013.800'])('refuses %s as ambiguous', (raw) => {
    const result = parseNumber(raw, 'kanonik');
    expect(!result.ok && result.reason).toMatch(/^angka ambigu/);
  });

  it('refuses text', () => {
    expect(parseNumber('Sangat Baik', 'kanonik')).toEqual({ ok: false, reason: 'bukan angka (not a number)' });
  });
});

describe('isBlank', () => {
  it('treats empty and dash as blank, and zero as a value', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' - ')).toBe(true);
    expect(isBlank('0')).toBe(false);
    expect(isBlank('A')).toBe(false);
  });
});

describe('parseYear', () => {
  it('accepts a four-digit year in range', () => {
    expect(parseYear(' 2023 ')).toEqual({ ok: true, value: 2023 });
  });
  it.each([
    ['20233', 'bukan tahun empat angka (not a four-digit year)'],
    ['23', 'bukan tahun empat angka (not a four-digit year)'],
    ['2023.0', 'bukan tahun empat angka (not a four-digit year)'],
    ['1899', 'tahun di luar rentang 1990–2100 (impossible year)'],
    ['2999', 'tahun di luar rentang 1990–2100 (impossible year)'],
  ])('refuses %s', (raw, reason) => {
    expect(parseYear(raw)).toEqual({ ok: false, reason });
  });
});

describe('parseWebUrl', () => {
  it('keeps http(s) links and gives a bare host https://', () => {
    expect(parseWebUrl('https://dinsos.polewalimandarkab.go.id/x?a=1')).toEqual({ ok: true, value: 'https://dinsos.polewalimandarkab.go.id/x?a=1' });
    expect(parseWebUrl('www.dinsos.mojokertokab.go.id')).toEqual({ ok: true, value: 'https://www.dinsos.mojokertokab.go.id/' });
    expect(parseWebUrl('')).toEqual({ ok: true, value: null });
  });
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'ftp://example.go.id', 'vbscript:x'])('refuses %s', (raw) => {
    expect(parseWebUrl(raw)).toEqual({ ok: false, reason: 'tautan hanya boleh http:// atau https:// (only http(s) URLs)' });
  });
  it.each(['not a url', 'localhost', 'https://'])('refuses %s as not a URL', (raw) => {
    expect(parseWebUrl(raw).ok).toBe(false);
  });
});
