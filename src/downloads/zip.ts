/**
 * A zip of text files with fflate, byte-identical on every build: entries in the order given, and one fixed
 * modification time (1980-01-01, the first date a zip can hold) instead of the clock.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** Local-time parts, so the DOS timestamp written is the same in every time zone. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function zipFiles(files: readonly { name: string; data: string | Uint8Array }[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    entries[file.name] = [typeof file.data === 'string' ? strToU8(file.data) : file.data, { mtime: FIXED_TIME, level: 9 }];
  }
  return zipSync(entries, { mtime: FIXED_TIME, level: 9 });
}
