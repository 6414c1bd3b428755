/** The ZIM's name, metadata, illustration and flavour, and what the build says without zimwriterfs. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeZim, zimFlavour, zimInstallHint } from '../../config/outputs/zim.ts';
import { offlineSearchLinkClass } from '../../src/core/constants.ts';
import { atlasIllustration } from '../../src/core/png.ts';
import { zimLanguage, zimMetadata, zimName } from '../../src/core/zim.ts';

const edition = { version: '0.1.0', contentDate: '2026-12-01', commit: 'abcdef0' };

describe('ZIM naming and metadata', () => {
  it('names the file project_language_year-month and the language in ISO 639-3', () => {
    expect(zimName('en', '2026-12-01')).toBe('mcof-atlas_en_2026-12.zim');
    expect(zimLanguage('en')).toBe('eng');
    expect(() => zimLanguage('xx')).toThrow('ZIM: no ISO 639-3 code known for language "xx"; add the language to src/core/locales.ts');
  });

  it('keeps within the lengths the Kiwix library asks for', () => {
    const meta = zimMetadata(edition, 'en', 'https://atlas.example.net/');
    expect(meta.title.length).toBeLessThanOrEqual(30);
    expect(meta.description.length).toBeLessThanOrEqual(80);
    expect(meta.longDescription.length).toBeLessThanOrEqual(4000);
    expect(meta.longDescription).toContain('Content of 2026-12-01');
    expect(meta).toMatchObject({ name: 'mcof-atlas_en', language: 'eng', source: 'https://atlas.example.net/' });
  });
});

describe('ZIM illustration', () => {
  it('is a 48×48 RGBA PNG', () => {
    const png = atlasIllustration(48);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([48, 48, 8, 6]);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect(raw.length).toBe((48 * 4 + 1) * 48);
  });
});

describe('ZIM flavour of the offline copy', () => {
  it('drops Pagefind and the search links, and points the search page at Kiwix’s search box', () => {
    const tree = mkdtempSync(join(tmpdir(), 'zim-flavour-'));
    mkdirSync(join(tree, 'pagefind'));
    mkdirSync(join(tree, 'search'));
    writeFileSync(join(tree, 'pagefind', 'pagefind.offline.js'), '');
    mkdirSync(join(tree, 'fr'));
    writeFileSync(join(tree, 'fr', 'index.html'), '<main>Accueil</main>');
    writeFileSync(
      join(tree, 'index.html'),
      `<head><link rel="alternate" hreflang="fr" href="fr/index.html"/></head><header><a class="${offlineSearchLinkClass}" href="search/index.html">Search</a><details class="language-menu x"><summary>English</summary><ul><li><a href="fr/index.html">Français</a></li></ul></details></header><main>Home</main>`,
    );
    writeFileSync(
      join(tree, 'search', 'index.html'),
      '<script src="../offline-pagefind.js"></script><main><form class="search-page" action="."><input name="q"></form></main><script defer src="../_astro/page-1.offline.js"></script>',
    );
    zimFlavour(tree);
    // One language a ZIM: the other languages' pages, the menu and the alternates that lead to them go.
    expect(readFileSync(join(tree, 'index.html'), 'utf8')).toBe('<head></head><header></header><main>Home</main>');
    expect(() => readFileSync(join(tree, 'fr', 'index.html'))).toThrow();
    const search = readFileSync(join(tree, 'search', 'index.html'), 'utf8');
    expect(search).toContain('search with the reader’s own search box');
    expect(search).not.toContain('<form');
    expect(search).not.toContain('<script');
    expect(() => readFileSync(join(tree, 'pagefind', 'pagefind.offline.js'))).toThrow();
  });

  it('without zimwriterfs: says in one line how to install it, or fails with it when the ZIM is required', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      const tree = mkdtempSync(join(tmpdir(), 'zim-none-'));
      expect(await writeZim({ tree, dist: tree, edition, lang: 'en', required: false })).toBe(zimInstallHint);
      expect(zimInstallHint).not.toContain('\n');
      expect(zimInstallHint).toContain('apt-get install zim-tools');
      await expect(writeZim({ tree: mkdtempSync(join(tmpdir(), 'zim-none-')), dist: tree, edition, lang: 'en', required: true })).rejects.toThrow(
        zimInstallHint,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
