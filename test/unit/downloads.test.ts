/** The download catalogue: names per language and edition, sizes as readers see them, sizes after links. */
import { describe, expect, it } from 'vitest';
import { downloadFileHtml, downloadKinds, fillFileSizes, formatSize } from '../../src/core/downloads.ts';

const edition = { version: '0.1.0', contentDate: '2026-12-01', commit: 'abcdef0' };

describe('downloads', () => {
  it('names every format by language and content date', () => {
    expect(Object.fromEntries(downloadKinds.map((k) => [k.format, k.file('en', edition)]))).toEqual({
      zip: 'mcof-atlas-0.1.0-2026-12-01.zip',
      zim: 'mcof-atlas_en_2026-12.zim',
      epub: 'mcof-atlas-en-2026-12-01.epub',
      pdf: 'mcof-atlas-en-2026-12-01.pdf',
    });
    expect(downloadKinds.filter((k) => k.budget === 5_000_000).map((k) => k.format)).toEqual(['zim', 'epub', 'pdf']);
  });

  it('formats sizes in decimal units', () => {
    expect([formatSize(900), formatSize(123_456), formatSize(2_659_532)]).toEqual(['900 bytes', '123 kB', '2.7 MB']);
  });

  it('puts the size after each marked link, once, and leaves links to unknown files alone', () => {
    const html = '<a href="/data/mcof.json" data-file-size>mcof.json</a> and <a href="/gone.csv" data-file-size>gone</a> and <a href="/x/">x</a>';
    const sizes: Record<string, number> = { '/data/mcof.json': 99_000 };
    const once = fillFileSizes(html, (href) => sizes[href]);
    expect(once).toBe(
      '<a href="/data/mcof.json" data-file-size>mcof.json</a> <span class="file-size">(99 kB)</span> and <a href="/gone.csv" data-file-size>gone</a> and <a href="/x/">x</a>',
    );
    expect(fillFileSizes(once, (href) => sizes[href])).toBe(once);
  });

  it('shows link, size, date and checksum of a built file', () => {
    const html = downloadFileHtml(
      { format: 'epub', lang: 'en', name: 'mcof-atlas-en-2026-12-01.epub', bytes: 123_272, sha256: 'ab'.repeat(32), date: '2026-12-01' },
      '/mcof/download/mcof-atlas-en-2026-12-01.epub',
    );
    expect(html).toContain('<a class="download-link" href="/mcof/download/mcof-atlas-en-2026-12-01.epub" download>');
    expect(html).toContain('(<span class="download-size">123 kB</span>, content of 2026-12-01)');
    expect(html).toContain(`<code class="sha256">${'ab'.repeat(32)}</code>`);
  });
});
