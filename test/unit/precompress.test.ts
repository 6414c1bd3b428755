/** Precompressed siblings: what a host with gzip_static/brotli_static sends instead of the file. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQuality, gzipLevel, precompress } from '../../config/outputs/precompress.ts';

describe('precompress', () => {
  const dist = mkdtempSync(join(tmpdir(), 'mcof-precompress-'));
  const page = `<!doctype html><title>Health</title>${'<p>Health services in a crisis, cited to the paragraph.</p>'.repeat(200)}`;
  mkdirSync(join(dist, 'sectors/health'), { recursive: true });
  mkdirSync(join(dist, 'pagefind/fragment'), { recursive: true });
  mkdirSync(join(dist, '_astro'), { recursive: true });
  writeFileSync(join(dist, 'sectors/health/index.html'), page);
  writeFileSync(join(dist, '_astro/page.abc123.css'), `.a{color:red}${'.b{margin:0}'.repeat(100)}`);
  writeFileSync(join(dist, 'tiny.txt'), 'short');
  writeFileSync(join(dist, 'pagefind/fragment/en_1.pf_fragment'), Buffer.alloc(4096, 1));

  it('writes .gz and .br siblings that decode to the very same bytes', async () => {
    const result = await precompress(dist);
    expect(result.files).toBe(2);
    const file = join(dist, 'sectors/health/index.html');
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(page.length / 10);
  });

  it('leaves files that are compressed already (Pagefind’s index) or too small to gain alone', () => {
    expect(existsSync(join(dist, 'pagefind/fragment/en_1.pf_fragment.gz'))).toBe(false);
    expect(existsSync(join(dist, 'tiny.txt.gz'))).toBe(false);
    expect(existsSync(join(dist, 'tiny.txt.br'))).toBe(false);
  });

  it('gives the long-cached hashed assets the best Brotli and gzip levels and pages faster ones', () => {
    expect(brotliQuality('/_astro/page.abc123.css')).toBe(constants.BROTLI_MAX_QUALITY);
    expect(brotliQuality('/sectors/health/index.html')).toBeLessThan(constants.BROTLI_MAX_QUALITY);
    expect(gzipLevel('/_astro/page.abc123.css')).toBe(constants.Z_BEST_COMPRESSION);
    expect(gzipLevel('/sectors/health/index.html')).toBe(constants.Z_DEFAULT_COMPRESSION);
  });

  it('writes a hashed asset’s gzip sibling at the best level: as small as gzip -9 makes it', () => {
    const css = readFileSync(join(dist, '_astro/page.abc123.css'));
    expect(readFileSync(join(dist, '_astro/page.abc123.css.gz')).length).toBe(gzipSync(css, { level: 9 }).length);
  });
});
