/**
 * Precompressed siblings for hosts that serve them (nginx `gzip_static` / `brotli_static`,
 * Caddy `precompressed`, most CDNs): `page.html.gz` and `page.html.br` beside `page.html`.
 * The host then sends the smallest encoding without compressing on every request, and at
 * a better level than on-the-fly compression affords. Hashed assets (`_astro/`), fetched
 * by every reader and cached for a year, get the best levels of both; pages get zlib's
 * default and a fast Brotli level, so a 5,000-note build stays quick (gzip -9 took 40%
 * longer than -6 on the site's pages for 0.2% fewer bytes). Pagefind's index files are
 * compressed by Pagefind already and are left alone, as are images and the ZIP.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { listFiles } from '../../src/project/files.ts';

/** Files worth compressing: text formats. Everything else (Pagefind's .pf_* files, images, ZIP) is compressed already. */
export const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|csv|webmanifest)$/;

/** Below this size a sibling saves less than the response headers cost. */
export const minimumBytes = 512;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const isHashedAsset = (relativePath: string) => /(^|\/)_astro\//.test(relativePath);

/** Brotli quality for a file: the best for hashed assets (few, long cached), a fast one for the many pages. */
export function brotliQuality(relativePath: string): number {
  return isHashedAsset(relativePath) ? constants.BROTLI_MAX_QUALITY : 5;
}

/** gzip level for a file, by the same rule: the best for hashed assets, zlib's default for pages. */
export function gzipLevel(relativePath: string): number {
  return isHashedAsset(relativePath) ? constants.Z_BEST_COMPRESSION : constants.Z_DEFAULT_COMPRESSION;
}

/** The two siblings of one file, each only when it is smaller than the file itself. */
export async function compressedSiblings(bytes: Buffer, relativePath: string): Promise<{ gz?: Buffer; br?: Buffer }> {
  if (!compressible.test(relativePath) || bytes.length < minimumBytes) return {};
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: gzipLevel(relativePath) }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(relativePath),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  return { gz: gz.length < bytes.length ? gz : undefined, br: br.length < bytes.length ? br : undefined };
}

/** Writes `.gz` and `.br` beside every compressible file of `dist`; returns how many files got siblings. */
export async function precompress(dist: string): Promise<{ files: number; bytes: number; gzipBytes: number; brotliBytes: number }> {
  const files = listFiles(dist).filter((f) => compressible.test(f));
  const total = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  // zlib's asynchronous calls run on libuv's thread pool: a few at a time use every core.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const bytes = await readFile(file);
      const { gz, br } = await compressedSiblings(bytes, file.slice(dist.length).replaceAll('\\', '/'));
      if (!gz && !br) continue;
      if (gz) await writeFile(`${file}.gz`, gz);
      if (br) await writeFile(`${file}.br`, br);
      total.files++;
      total.bytes += bytes.length;
      total.gzipBytes += gz?.length ?? bytes.length;
      total.brotliBytes += br?.length ?? bytes.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return total;
}
