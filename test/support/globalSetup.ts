import type { TestProject } from 'vitest/node';

/** One id per `vitest run`, so that test/support/site.ts builds the site at most once per run. */
export default function setup(project: TestProject): void {
  project.provide('testRun', `${process.pid}-${Date.now()}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    testRun: string;
  }
}
