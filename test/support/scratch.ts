/**
 * Scratch folders for tests: each under one folder per `vitest run` (globalSetup.ts), which is removed when the
 * run ends, so test runs leave nothing behind in the system's temporary folder. KEEP_SCRATCH=1 keeps it.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export function scratchDir(prefix: string): string {
  const root = inject('scratchRoot');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, prefix));
}
