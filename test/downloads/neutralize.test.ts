import { describe, expect, it } from 'vitest';
import { neutralizeCsv } from '../../src/downloads/csv.ts';

describe('neutralizeCsv (raw dataset files under /data/)', () => {
  it('escapes formula-like text and leaves numbers, lines and the delimiter alone', () => {
    const raw = 'kode_pd,program,pagu,catatan\r\nx,=HYPERLINK("http://evil.example"),-1200,"baris\r\nkedua"\r\nx,+1+1,12.5,@SUM(1)\r\nx,-2+3,-3,biasa\r\n';
    const out = neutralizeCsv(raw);
    expect(out.split('\r\n')).toHaveLength(raw.split('\r\n').length);
    expect(out).toContain(`x,"'=HYPERLINK(""http://evil.example"")",-1200,"baris\r\nkedua"`);
    expect(out).toContain(`x,"'+1+1",12.5,"'@SUM(1)"`);
    expect(out).toContain(`x,"'-2+3",-3,biasa`);
  });

  it('keeps the spreadsheet dialect as it is', () => {
    const raw = '\ufeffkode_pd;pagu;realisasi\r\nx;Rp. 1.704.319.000,00;-12,5\r\n';
    expect(neutralizeCsv(raw)).toBe(raw);
  });
});
