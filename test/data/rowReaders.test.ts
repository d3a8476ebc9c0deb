/**
 * The row readers of schema.ts read valid rows without zod; every other row goes through the zod schema. So a row a
 * reader accepts must be exactly what the schema outputs for it (same values, same key order), and a row the schema
 * refuses must never be accepted. Checked on every row of the bundled data and the fixtures, and on random rows made
 * of the cells that reports print and the cells that the fixtures break.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/data/cells.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { ErrorList } from '../../src/data/errors.ts';
import { CellReader, FILES, type ColumnIndex, type FileFormat, type FileKind } from '../../src/data/schema.ts';
import { createRng } from '../../src/synthetic/prng.ts';

const KINDS = Object.keys(FILES) as FileKind[];

interface Outcome {
  accepted: boolean;
  zodOk: boolean;
}

/** Reads one row both ways; `cells` holds a string per column present, undefined for an absent optional column. */
function compare(kind: FileKind, dialect: Dialect, cells: Record<string, string | undefined>): Outcome {
  const format = FILES[kind] as FileFormat<object>;
  const schema = format.schema(dialect);
  const known = Object.keys(schema.shape);
  const present = known.filter((name) => cells[name] !== undefined);
  const at = Object.fromEntries(known.map((name) => [name, present.indexOf(name)])) as ColumnIndex<object>;
  const reader = new CellReader(dialect);
  reader.start(present.map((name) => cells[name]!));
  const read = format.read(reader, at);
  const parsed = schema.safeParse(Object.fromEntries(known.map((name) => [name, cells[name]])));
  if (reader.accepted) {
    expect(parsed.success, `${kind} ${dialect} ${JSON.stringify(cells)}: read, but the schema refuses it`).toBe(true);
    expect(read, `${kind} ${dialect} ${JSON.stringify(cells)}`).toStrictEqual(parsed.data);
    expect(Object.keys(read)).toEqual(Object.keys(parsed.data!));
  }
  return { accepted: reader.accepted, zodOk: parsed.success };
}

function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return csvFiles(path);
    return name.endsWith('.csv') ? [path] : [];
  });
}

/** The rows of every CSV file of the bundled data and the fixtures, as cells by column name. */
function realRows(): { kind: FileKind; dialect: Dialect; where: string; cells: Record<string, string | undefined> }[] {
  const rows: ReturnType<typeof realRows> = [];
  for (const path of [...csvFiles('data'), ...csvFiles('test/fixtures')]) {
    const kind = KINDS.find((candidate) => path.toLowerCase().endsWith(`/${FILES[candidate].file}`));
    if (!kind) continue;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    } catch {
      continue;
    }
    const table = parseCsv(text, path, new ErrorList());
    if (!table) continue;
    for (const record of table.records) {
      const cells: Record<string, string | undefined> = {};
      table.header.forEach((name, index) => (cells[name] ??= record.cells[index]));
      rows.push({ kind, dialect: table.dialect, where: `${path}:${record.line}`, cells });
    }
  }
  return rows;
}

describe('row readers agree with the schemas', () => {
  const real = realRows();

  it('on every row of the bundled data and of the fixtures, and read every valid one', () => {
    let accepted = 0;
    for (const { kind, dialect, where, cells } of real) {
      const outcome = compare(kind, dialect, cells);
      if (outcome.accepted) accepted++;
      if (outcome.zodOk) expect(outcome.accepted, where).toBe(true);
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  // Cells as reports print them and as the fixtures break them.
  const CELLS = [
    ...['', ' ', '  \t', '-', '–', '—', ' - ', 'abc', 'x y', ' padded ', 'Ünïcödé', '\u00a0', '\u00a0x\u00a0', 'a\nb', 'a\r\nb'],
    ...['0', '1', '-5', '12', '82.18', '82,18', '82,18 %', '1.234', '1.234.567', '1.704.319.000,00', 'Rp. 5.632.013.800', 'Rp 840.600.000', '1,234.5'],
    ...['99999999999999999999', '9007199254740993', '1e5', '.5', '5.', '+3', '0.321', '0,321', ' 100 ', '100%', '١٢'],
    ...['1989', '1990', '2023', ' 2024 ', '2100', '2101', '20x4', '02023'],
    ...['ya', 'tidak', 'YA', ' Tidak ', 'yes', 'naik', 'TURUN', 'kategori', 'program', 'Total', 'sasaran', 'kegiatan', 'subkegiatan', 'jenis_belanja'],
    ...['tujuan', 'LAKIP', 'lkjip', 'LKjIP', 'masukan', 'Output', 'outcome', 'constructor', 'toString', '__proto__'],
    ...['Baik|Cukup', 'A|A', 'A|', '|', 'Kurang | Cukup | Baik', '>90 Sangat Baik|>75 Baik|Kurang', '>=100 A|>100 B|C', '>90 A|B', 'x|y|z'],
    ...['dinsos-x', 'dinsos-mukomuko', 'BAD KODE', '-x', 'x--y', 'a1-b2'],
    ...['https://dinsos.go.id', 'www.dinsos.go.id', 'javascript:alert(1)', 'ftp://x.id', 'http://a b', 'localhost', 'http://x.id/a?b=1#c'],
  ];

  /**
   * The schema takes jenis_indikator `constructor` (a key of every object's prototype, read from its alias table) and
   * outputs a function; the reader leaves such a cell to the schema, so the output stays what the schema makes of it.
   */
  const PROTOTYPE_KEYS = new Set(['constructor', 'toString', '__proto__']);

  /** Valid rows of a kind: one for each value of every column with few values (tingkat, arah, iku, jenis …), and some more. */
  function bases(kind: FileKind): Record<string, string | undefined>[] {
    const valid = real.filter((row) => row.kind === kind && compare(kind, row.dialect, row.cells).zodOk).map((row) => row.cells);
    const chosen = new Set(valid.filter((_, index) => index % Math.ceil(valid.length / 3) === 0));
    for (const name of Object.keys(valid[0] ?? {})) {
      const byValue = new Map<string | undefined, Record<string, string | undefined>>();
      for (const cells of valid) if (!byValue.has(cells[name]?.trim().toLowerCase())) byValue.set(cells[name]?.trim().toLowerCase(), cells);
      if (byValue.size <= 6) for (const cells of byValue.values()) chosen.add(cells);
    }
    return [...chosen];
  }

  it.each(KINDS.flatMap((kind) => (['kanonik', 'spreadsheet'] as const).map((dialect) => [kind, dialect] as const)))(
    'on real rows with one cell changed, every cell of the pool in every column: %s, %s',
    (kind, dialect) => {
      const known = Object.keys((FILES[kind] as FileFormat<object>).schema(dialect).shape);
      const outcomes = { accepted: 0, refused: 0, zodOnly: 0 };
      for (const base of bases(kind)) {
        for (const name of known) {
          // An optional column may be absent (undefined), as in a file without it.
          for (const cell of [...CELLS, undefined]) {
            const outcome = compare(kind, dialect, { ...base, [name]: cell });
            if (outcome.accepted) outcomes.accepted++;
            else if (outcome.zodOk && !PROTOTYPE_KEYS.has(cell!)) outcomes.zodOnly++;
            else outcomes.refused++;
          }
        }
      }
      expect(outcomes.accepted).toBeGreaterThan(100);
      expect(outcomes.refused).toBeGreaterThan(100);
      // Rows that pass but that the reader leaves to zod cost time, never correctness: there are none but those above.
      expect(outcomes.zodOnly).toBe(0);
    },
  );

  it.each(KINDS)('on real rows with two to four cells changed at random: %s', (kind) => {
    const rng = createRng(`row-readers ${kind}`);
    const valid = bases(kind);
    for (const dialect of ['kanonik', 'spreadsheet'] as const) {
      const known = Object.keys((FILES[kind] as FileFormat<object>).schema(dialect).shape);
      for (let i = 0; i < 2000; i++) {
        const cells = { ...rng.pick(valid) };
        for (let changes = rng.int(2, 4); changes > 0; changes--) cells[rng.pick(known)] = rng.chance(0.1) ? undefined : rng.pick(CELLS);
        compare(kind, dialect, cells);
      }
    }
  });
});
