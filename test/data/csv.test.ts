/**
 * csv.ts reads a file with one whole-file papaparse parse (recordsOf) and goes back to papaparse's step mode only
 * when papaparse reports a problem. Where it reads a file whole, it must give the records of step mode and the lines
 * they start on, and papaparse must have had nothing to say:
 * checked on every file of the bundled data and the fixtures, and on random texts made of the characters that
 * matter (delimiters, quotes, line ends, spaces).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { recordsOf } from '../../src/data/csv.ts';
import { createRng } from '../../src/synthetic/prng.ts';

/** papaparse in step mode, as csv.ts ran it before: each record, the line it starts on, and whether it had an error. */
function papaparse(text: string, delimiter: string): { cells: string[][]; lines: number[]; errors: number } {
  const cells: string[][] = [];
  const lines: number[] = [];
  let errors = 0;
  let line = 1;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result) {
      lines.push(line);
      cells.push(result.data);
      errors += result.errors.length;
      for (let i = start; i < result.meta.cursor; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      }
      start = result.meta.cursor;
    },
  });
  return { cells, lines, errors };
}

function expectSame(text: string, delimiter: string): boolean {
  const plain = recordsOf(text, delimiter);
  if (!plain) return false;
  const reference = papaparse(text, delimiter);
  expect(reference.errors, JSON.stringify(text)).toBe(0);
  expect(plain.cells, JSON.stringify(text)).toEqual(reference.cells);
  expect(plain.lines, JSON.stringify(text)).toEqual(reference.lines);
  return true;
}

function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return csvFiles(path);
    return name.endsWith('.csv') ? [path] : [];
  });
}

describe('recordsOf', () => {
  it('reads the files of the bundled data and the fixtures as papaparse does', () => {
    let split = 0;
    for (const path of [...csvFiles('data'), ...csvFiles('test/fixtures')]) {
      const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
      for (const delimiter of [',', ';']) if (expectSame(text, delimiter)) split++;
    }
    expect(split).toBeGreaterThan(100);
  });

  it.each([
    ['a,b\n1,2\n', true],
    ['a,b\n1,2', true],
    ['a,b\n\n1,"x\ny"\n3,4\n', true],
    ['a,b\n"",""""\n"say ""hi""",x', true],
    ['a,b\n1,2,\n,\n', true],
    ['a,b\r\n1,2\r\n', true],
    ['a,b\n1,2\r3,4', false],
    ['a,b\n1,x"y\n', true],
    ['a,b\n1,"x" y\n', false],
    ['a,b\n1,"x" ,y\n', true],
    ['a,b\n1,"unclosed\n', false],
  ])('%j: read whole %s', (text, here) => {
    expect(expectSame(text, ',')).toBe(here);
  });

  it('reads random texts as step mode does, or leaves them to it', () => {
    const rng = createRng('recordsOf');
    const alphabet = ['a', 'b', ' ', ',', ';', '"', '"', '\n', '\n', '\r', 'ü'];
    let split = 0;
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let length = rng.int(0, 24); length > 0; length--) text += rng.pick(alphabet);
      if (expectSame(text, rng.pick([',', ';']))) split++;
    }
    expect(split).toBeGreaterThan(2000);
  });
});
