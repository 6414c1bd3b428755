/** Unzips a built offline bundle (every language, or one) into a fresh folder whose path has spaces and accents. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { dist } from './dist.ts';

/** What the build says of its ZIPs (download/bundle.json). */
export interface BundleInfo {
  name: string;
  bytes: number;
  files: number;
  languages: { locale: string; name: string; bytes: number; files: number }[];
}

export function bundleInfo(site = dist): BundleInfo {
  try {
    return JSON.parse(readFileSync(join(site, 'download', 'bundle.json'), 'utf8')) as BundleInfo;
  } catch {
    throw new Error('no offline bundle in dist/download/: run `npm run build`');
  }
}

/** The ZIP with every language, or the one-language ZIP of `locale`. */
export function bundlePath(site = dist, locale?: string): string {
  const info = bundleInfo(site);
  const name = locale ? info.languages.find((l) => l.locale === locale)?.name : info.name;
  if (!name) throw new Error(`no ${locale} offline bundle in ${site}/download/bundle.json`);
  return join(site, 'download', name);
}

/** Returns the file:// URL of the unzipped bundle's folder (ending in /). */
export function unzipBundle(site = dist, locale?: string): { folder: string; url: string } {
  const parent = mkdtempSync(join(tmpdir(), 'Offline copy é ñ '));
  const files = unzipSync(readFileSync(bundlePath(site, locale)));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const path = join(parent, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  const folder = join(parent, 'mcof-atlas');
  return { folder, url: `${pathToFileURL(folder).href}/` };
}
