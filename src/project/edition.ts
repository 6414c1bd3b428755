/**
 * Reads the atlas edition from the checkout: package.json's version, the date of the last
 * commit that touched content/, and the short commit id. CI systems that build from a
 * shallow or detached copy can set ATLAS_COMMIT and ATLAS_CONTENT_DATE instead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasEdition } from '../core/edition.ts';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function readEdition(root: string, env: Record<string, string | undefined> = process.env): AtlasEdition {
  const version = String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  const contentDate = env.ATLAS_CONTENT_DATE ?? git(root, ['log', '-1', '--format=%cs', '--', 'content']) ?? new Date().toISOString().slice(0, 10);
  const commit = env.ATLAS_COMMIT?.slice(0, 7) ?? git(root, ['rev-parse', '--short=7', 'HEAD']) ?? 'unknown';
  return { version, contentDate, commit };
}
