/** Unzips the built offline bundle into a fresh folder whose path has spaces and accents. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { dist } from './dist.ts';

export function bundlePath(site = dist): string {
  const dir = join(site, 'download');
  const zip = readdirSync(dir).find((f) => /^mcof-atlas-.+\.zip$/.test(f));
  if (!zip) throw new Error('no offline bundle in dist/download/: run `npm run build`');
  return join(dir, zip);
}

/** Returns the file:// URL of the unzipped bundle's folder (ending in /). */
export function unzipBundle(site = dist): { folder: string; url: string } {
  const parent = mkdtempSync(join(tmpdir(), 'Offline copy é ñ '));
  const files = unzipSync(readFileSync(bundlePath(site)));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const path = join(parent, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  const folder = join(parent, 'mcof-atlas');
  return { folder, url: `${pathToFileURL(folder).href}/` };
}
