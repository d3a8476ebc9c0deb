#!/usr/bin/env node
/**
 * Adds lockfile entries for optional platform packages that the npm mirror of our build machines does
 * not serve (e.g. @pagefind/darwin-arm64). npm then writes the lockfile without them, and `npm ci` refuses
 * it as "out of sync" (npm/cli#9342). Each added entry names the package's platform, so npm skips it on
 * every other machine and never needs to download it here. Run after `npm install`:
 *   node scripts/repair-lockfile.mjs
 * test/lockfile.test.ts fails when the lockfile needs it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  openbsd: 'openbsd',
  sunos: 'sunos',
  aix: 'aix',
  netbsd: 'netbsd',
  openharmony: 'openharmony',
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'wasm32', 'mips64el'];
const LIBC = { gnu: 'glibc', musl: 'musl' };

/** `@pagefind/darwin-arm64` → { os: ['darwin'], cpu: ['arm64'] }; null when the name names no platform. */
export function platformOf(name) {
  const parts = name.split('/').at(-1).split('-');
  const os = parts.map((part) => OS[part]).find(Boolean);
  const cpu = parts.find((part) => CPU.includes(part));
  const libc = parts.map((part) => LIBC[part]).find(Boolean);
  if (!cpu && !os) return null;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

/** Optional dependencies named in the lockfile that have no entry of their own. */
export function missingOptional(lock) {
  const missing = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const candidates = [`${path ? `${path}/` : ''}node_modules/${name}`, `node_modules/${name}`];
      if (!candidates.some((candidate) => lock.packages[candidate])) missing.push({ path: `node_modules/${name}`, name, version });
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const missing = missingOptional(lock);
  for (const { path, name, version } of missing) {
    const platform = platformOf(name);
    if (!platform) throw new Error(`${name}: no platform in its name; add its entry by hand`);
    lock.packages[path] = { version, optional: true, ...platform };
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(missing.length ? `added ${missing.length} entries: ${missing.map((entry) => entry.name).join(', ')}` : 'lockfile complete');
}
