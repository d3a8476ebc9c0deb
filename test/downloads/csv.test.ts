import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, cellValue, plainNumber, readCsv, toCsv } from '../../src/downloads/csv.ts';

const HOSTILE = ['=HYPERLINK("http://evil.example/","klik")', '+1', '-1+2', '@SUM(1,1)', '\tTAB', '\rCR', '=cmd|x!A0', "'=sudah", "''+dua"];

describe('toCsv', () => {
  it('starts with a BOM, writes a header and plain numbers in the canonical format', () => {
    const csv = toCsv([
      { tahun: 2023, target: 82, realisasi: 82.18, label: 'Baik' },
      { tahun: 2024, target: null, realisasi: 1704319000, label: undefined },
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('tahun,target,realisasi,label\n2023,82,82.18,Baik\n2024,,1704319000,\n');
  });

  it('ends a file of a header and no rows with one line break, as a file with rows', () => {
    expect(toCsv([], { columns: ['tahun', 'nilai'], bom: false })).toBe('tahun,nilai\n');
    expect(toCsv([], { columns: ['tahun', 'nilai'], bom: false, format: 'excel-id' })).toBe('tahun;nilai\r\n');
    expect(toCsv([], { columns: ['tahun', 'nilai'], bom: false, header: false })).toBe('');
  });

  it('writes decimal commas, ; and CRLF in the excel-id format', () => {
    const csv = toCsv([{ tahun: 2023, nilai: 82.18, selisih: -3.5, teks: 'a;b' }], { format: 'excel-id' });
    expect(csv.slice(1)).toBe('tahun;nilai;selisih;teks\r\n2023;82,18;-3,5;"a;b"\r\n');
  });

  it.each(['kanonik', 'excel-id'] as const)('neutralises formula text but keeps negative numbers numeric (%s)', (format) => {
    const rows = HOSTILE.map((teks, i) => ({ teks, angka: -1.5 - i }));
    const csv = toCsv(rows, { format });
    const { rows: back } = readCsv(csv, format);
    back.forEach((row, i) => {
      expect(row.teks).toBe(`'${HOSTILE[i]}`);
      expect(cellValue(row.teks!, format)).toBe(HOSTILE[i]);
      expect(cellValue(row.angka!, format)).toBe(-1.5 - i);
    });
    // Negative numbers are written bare, never with an apostrophe.
    expect(back.every((row) => /^-\d/.test(row.angka!))).toBe(true);
  });

  it('never writes exponent notation', () => {
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(toCsv([{ a: 1e21, b: 2.5e-7 }]).slice(1)).toBe('a,b\n1000000000000000000000,0.00000025\n');
  });

  it('writes a preamble of # lines that parsers skip, and quotes a first cell starting with #', () => {
    const csv = toCsv([{ kode: '#1 "x"', nilai: 3 }], { preamble: ['Judul: "Capaian"\nbaris dua', 'Format angka: titik desimal'] });
    const lines = csv.slice(1).split('\n');
    expect(lines[0]).toBe('# Judul: \u201dCapaian\u201d baris dua');
    expect(lines[1]).toBe('# Format angka: titik desimal');
    const { rows } = readCsv(csv);
    expect(rows).toEqual([{ kode: '#1 "x"', nilai: '3' }]);
  });

  it('round-trips text with quotes, delimiters and line breaks', () => {
    const text = 'Jl. "Basuni", No.8\nMojokerto; 61361';
    const { rows } = readCsv(toCsv([{ alamat: text }]));
    expect(rows[0]!.alamat).toBe(text);
    expect(Papa.parse(toCsv([{ alamat: text }], { format: 'excel-id', bom: false }), { header: true, delimiter: ';', skipEmptyLines: true }).data).toEqual([
      { alamat: text },
    ]);
  });
});
