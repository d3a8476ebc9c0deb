/**
 * Cell parsers: one raw CSV string in, a typed value or a reason out.
 * The dialect comes from the file's delimiter (see csv.ts) and is never guessed per cell.
 */

/** `kanonik`: `,` delimiter, `.` decimal, no thousands separator. `spreadsheet`: `;`, `,` decimal, `.` thousands. */
export type Dialect = 'kanonik' | 'spreadsheet';

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Cells that mean "not reported": empty, or the dash that reports print in blank cells. */
export function isBlank(raw: string): boolean {
  const trimmed = raw.trim();
  return trimmed === '' || /^[-\u2013\u2014]$/.test(trimmed);
}

const BARE = /^-?[\d.,]+$/;
const CURRENCY = /^rp\.?\s*/i;
const PERCENT = /\s*%$/;
const SPACES = /[\s\u00a0\u202f]+/g;
const PLAIN = /^-?\d+(\.\d+)?$/;
// A leading 0 cannot start a thousands group: 0.321 is a decimal, not 321.
const GROUPED_DOTS = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
const DECIMAL_COMMA = /^-?\d+(,\d+)?$/;
const GROUPED_COMMAS_DOT_DECIMAL = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

const MIXED = 'angka ini memakai titik desimal atau koma ribuan, tidak sesuai dialek berkas';

/**
 * Parses a number as the dialect writes it. Units (`Rp`, `%`) are decoration and dropped;
 * anything that could be read two ways is an error, never a guess.
 * Returns `null` for a blank cell: blank means "not reported", never zero.
 */
export function parseNumber(raw: string, dialect: Dialect): CellResult<number | null> {
  // Most cells are digits, dots and commas only, which the clean-up below leaves as they are.
  const bare = BARE.test(raw);
  if (!bare && isBlank(raw)) return { ok: true, value: null };
  const text = bare ? raw : raw.trim().replace(CURRENCY, '').replace(PERCENT, '').replace(SPACES, '');
  if (text === '') return { ok: false, reason: 'bukan angka (not a number)' };

  if (dialect === 'kanonik') {
    if (PLAIN.test(text)) return exact(Number(text));
    if (text.includes(',') && /^-?[\d.,]+$/.test(text)) {
      return {
        ok: false,
        reason:
          'angka ambigu: koma bisa pemisah desimal atau ribuan; berkas berpemisah koma harus memakai angka polos seperti 1234.5 (ambiguous number)',
      };
    }
    if (GROUPED_DOTS.test(text)) {
      return {
        ok: false,
        reason:
          'angka ambigu: titik ribuan tidak dipakai di berkas kanonik (berpemisah koma); tulis 1234567 atau pakai dialek spreadsheet dengan pemisah ; (ambiguous number)',
      };
    }
    return { ok: false, reason: 'bukan angka (not a number)' };
  }

  if (GROUPED_DOTS.test(text)) return exact(Number(text.replace(/\./g, '').replace(',', '.')));
  if (DECIMAL_COMMA.test(text)) return exact(Number(text.replace(',', '.')));
  if (GROUPED_COMMAS_DOT_DECIMAL.test(text) || PLAIN.test(text)) {
    return { ok: false, reason: `angka ambigu: ${MIXED} (; dan koma desimal, mis. 1.234,5) (ambiguous number)` };
  }
  return { ok: false, reason: 'bukan angka (not a number)' };
}

/**
 * Past 2^53 a double no longer holds every integer, and a long run of digits becomes Infinity (JSON `null`,
 * i.e. "not reported"). No budget reaches 9 × 10^15 rupiah: such a cell is two numbers run together.
 */
function exact(value: number): CellResult<number> {
  if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) return { ok: true, value };
  return { ok: false, reason: 'angka terlalu besar untuk dibaca tepat, lebih dari 9 × 10^15 (number too large)' };
}

/** Four-digit year within the span that performance reports can cover. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export function parseYear(raw: string): CellResult<number> {
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) return { ok: false, reason: 'bukan tahun empat angka (not a four-digit year)' };
  const year = Number(text);
  if (year < YEAR_MIN || year > YEAR_MAX) {
    return { ok: false, reason: `tahun di luar rentang ${YEAR_MIN}–${YEAR_MAX} (impossible year)` };
  }
  return { ok: true, value: year };
}

/**
 * Only http(s) links are published. A bare host as reports print it (`www.dinsos.go.id`)
 * gets `https://`; every other scheme (javascript:, data:, ftp:) is refused.
 */
export function parseWebUrl(raw: string): CellResult<string | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const candidate = hasScheme ? text : `https://${text}`;
  if (hasScheme && !/^https?:\/\//i.test(text)) {
    return { ok: false, reason: 'tautan hanya boleh http:// atau https:// (only http(s) URLs)' };
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: 'bukan alamat web yang sah (not a valid URL)' };
  }
  if (!url.hostname.includes('.') || /\s/.test(text)) {
    return { ok: false, reason: 'bukan alamat web yang sah (not a valid URL)' };
  }
  return { ok: true, value: url.href };
}

/** Shortens a cell for an error message, so a 10 MB cell does not flood the terminal. */
export function quoteCell(raw: string, max = 60): string {
  const oneLine = raw.replace(/\r?\n/g, '⏎');
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine);
}
