/**
 * `npm ci` installs exactly what package-lock.json lists, and refuses when the lock lacks
 * another platform's optional native package (npm prunes them when a lock is updated with
 * node_modules present). These checks read the lock itself, so they fail on the machine
 * that broke it, whatever platform the deployer or CI runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/content.ts';

interface LockPackage {
  version?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

type Lock = { lockfileVersion: number; packages: Record<string, LockPackage> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lock;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; dependencies?: Record<string, string> };
const packages = lock.packages;

/** Where npm would find `name` when required from the package at `from` (node's resolution, as the lock records it). */
function resolveIn(from: string, name: string, packages: Lock['packages'] = lock.packages): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

const platforms = [
  { name: 'linux-x64', os: 'linux', cpu: 'x64', libc: 'glibc' },
  { name: 'darwin-arm64', os: 'darwin', cpu: 'arm64' },
  { name: 'win32-x64', os: 'win32', cpu: 'x64' },
] as const;

const fits = (entry: LockPackage, p: (typeof platforms)[number]) =>
  (!entry.os || entry.os.includes(p.os)) && (!entry.cpu || entry.cpu.includes(p.cpu)) && (!entry.libc || !('libc' in p) || entry.libc.includes(p.libc));

describe('package-lock.json satisfies npm ci', () => {
  it('is a lockfile v3 that lists every direct dependency of package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    const direct = { ...pkg.dependencies, ...pkg.devDependencies };
    const missing = Object.keys(direct).filter((name) => !packages[`node_modules/${name}`]);
    expect(missing, 'run `npm install` to record them').toEqual([]);
  });

  it('has an entry for every optional dependency of every package (other platforms included)', () => {
    expect(missingOptionals(lock), 'delete node_modules and package-lock.json, run `npm install` once, commit the lock').toEqual([]);
  });

  it('gives every native package a binary for linux-x64, darwin-arm64 and win32-x64', () => {
    const { natives, gaps } = platformGaps(lock);
    expect(natives).toEqual(
      expect.arrayContaining(['node_modules/esbuild', 'node_modules/@astrojs/compiler-binding', 'node_modules/pagefind', 'node_modules/@biomejs/biome']),
    );
    expect(gaps).toEqual([]);
  });

  it('catches a lock pruned to this platform (as npm leaves it after an install over node_modules)', () => {
    const pruned: Lock = {
      lockfileVersion: 3,
      packages: {
        '': { devDependencies: { esbuild: '^0.28.0' } },
        'node_modules/esbuild': { optionalDependencies: { '@esbuild/linux-x64': '0.28.0', '@esbuild/darwin-arm64': '0.28.0', '@esbuild/win32-x64': '0.28.0' } },
        'node_modules/@esbuild/linux-x64': { os: ['linux'], cpu: ['x64'] },
      },
    };
    expect(missingOptionals(pruned)).toEqual(['node_modules/esbuild → @esbuild/darwin-arm64', 'node_modules/esbuild → @esbuild/win32-x64']);
    expect(platformGaps(pruned).gaps).toEqual([]); // one build left: judged by the check above
    pruned.packages['node_modules/esbuild'].optionalDependencies!['@esbuild/linux-arm64'] = '0.28.0';
    pruned.packages['node_modules/@esbuild/linux-arm64'] = { os: ['linux'], cpu: ['arm64'] };
    pruned.packages['node_modules/@esbuild/win32-x64'] = { os: ['win32'], cpu: ['x64'] };
    expect(platformGaps(pruned).gaps).toEqual(['node_modules/esbuild: no build for darwin-arm64']);
  });
});

function missingOptionals(l: Lock): string[] {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(l.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolveIn(path, name, l.packages)) missing.push(`${path || '(root)'} → ${name}`);
    }
  }
  return missing;
}

/** Packages whose optional dependencies are builds for several platforms (esbuild, rolldown, Biome, Pagefind …), and the platforms they miss. */
function platformGaps(l: Lock): { natives: string[]; gaps: string[] } {
  const natives: string[] = [];
  const gaps: string[] = [];
  for (const [path, entry] of Object.entries(l.packages)) {
    const builds = Object.keys(entry.optionalDependencies ?? {})
      .map((name) => l.packages[resolveIn(path, name, l.packages) ?? ''])
      .filter((b): b is LockPackage => Boolean(b?.os));
    // A binary set has builds for three or more platforms across several OSes; one-off helpers
    // (vite's fsevents for macOS, sharp's per-platform libvips) are not one.
    if (builds.length < 3 || new Set(builds.flatMap((b) => b.os ?? [])).size < 2) continue;
    natives.push(path);
    for (const platform of platforms) if (!builds.some((b) => fits(b, platform))) gaps.push(`${path}: no build for ${platform.name}`);
  }
  return { natives, gaps };
}
