import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * One id per `vitest run`, so that test/support/site.ts builds the site at most once per run, and one scratch
 * folder per run (test/support/scratch.ts), removed at the end of the run.
 */
export default function setup(project: TestProject): () => void {
  const run = `${process.pid}-${Date.now()}`;
  const scratchRoot = join(tmpdir(), `kt-test-${run}`);
  project.provide('testRun', run);
  project.provide('scratchRoot', scratchRoot);
  return () => {
    if (process.env.KEEP_SCRATCH !== '1') rmSync(scratchRoot, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testRun: string;
    scratchRoot: string;
  }
}
