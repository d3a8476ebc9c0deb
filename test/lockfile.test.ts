/**
 * `npm ci` (what CI runs) refuses a lockfile that lacks an entry for an optional platform package;
 * `npm install` on a machine whose npm mirror lacks other platforms' binaries writes exactly such a
 * lockfile. This fails before CI does: run `node scripts/repair-lockfile.mjs`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptional, platformOf } from '../scripts/repair-lockfile.mjs';

describe('package-lock.json', () => {
  it('has an entry for every optional dependency it names', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    expect(missingOptional(lock)).toEqual([]);
  });

  it('reads the platform from a binary package name', () => {
    expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
    expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
    expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
    expect(platformOf('left-pad')).toBeNull();
  });
});
