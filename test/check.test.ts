/**
 * Code hygiene, run with the tests so that CI (.ci/run → npm test) runs it: `astro check` (TypeScript over
 * .ts and .astro files, with Astro's types) reports no errors, and the files under Prettier (`npm run
 * format:check`, .prettierrc) are formatted.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/site.ts';

const run = promisify(execFile);

async function npmRun(script: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 2 ** 20,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('code hygiene', () => {
  it('astro check reports no errors', { timeout: 300_000 }, async () => {
    const { code, output } = await npmRun('check');
    const errors = plain(output)
      .split('\n')
      .filter((line) => / - error ts\(\d+\)/.test(line));
    expect(errors).toEqual([]);
    expect(code, plain(output).slice(-2000)).toBe(0);
  });

  it('the files under Prettier are formatted (npm run format:check)', { timeout: 60_000 }, async () => {
    const { code, output } = await npmRun('format:check');
    expect(code, output).toBe(0);
  });
});
