import { copyFileSync, linkSync } from 'node:fs';

/** A hard link when source and target share a file system (no bytes copied: merged outputs are large), else a copy. */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
