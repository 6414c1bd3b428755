/** The web app manifest, the files "Save the whole atlas" stores, and the markup pages get, under a base path too. */
import { describe, expect, it } from 'vitest';
import { offlineFileList, pwaHead, saveButtonHtml, webManifest } from '../../src/core/pwa.ts';

describe('installable site', () => {
  it('scopes the manifest, icons and scripts to the base path', () => {
    expect(webManifest('/mcof/')).toMatchObject({
      start_url: '/mcof/',
      scope: '/mcof/',
      icons: [{ src: '/mcof/icons/atlas-192.png' }, { src: '/mcof/icons/atlas-512.png' }],
    });
    expect(pwaHead('/mcof/', false)).toMatch(
      /^<link rel="manifest" href="\/mcof\/manifest.webmanifest"><meta name="theme-color" content="#0b3d6b"><script src="\/mcof\/sw-register.js" data-strings="[^"]+" defer><\/script>$/,
    );
    expect(pwaHead('/', true)).toContain('<script src="/sw-save.js" defer></script>');
    expect(pwaHead('/', false)).toContain('data-strings="{&quot;update.available&quot;:&quot;A new version of the atlas is available.&quot;');
  });

  it('saves every page by its address and the search index, but not the big downloads or the worker itself', () => {
    const list = offlineFileList(
      [
        'index.html',
        'sectors/health/index.html',
        'pagefind/pagefind.js',
        'download/index.html',
        'download/mcof-atlas-en-2026-12-01.pdf',
        'download/a.zip',
        'sw.js',
        '_headers',
        'data/mcof.json',
      ],
      '/mcof/',
    );
    expect(list.map((f) => f.url)).toEqual(['/mcof/', '/mcof/data/mcof.json', '/mcof/download/', '/mcof/pagefind/pagefind.js', '/mcof/sectors/health/']);
  });

  it('saves one language: its pages and the shared files, not the other languages’ pages', () => {
    const files = [
      'index.html',
      'fr/index.html',
      'fr/sectors/health/index.html',
      'ar/index.html',
      'sectors/health/index.html',
      'pagefind/pagefind.js',
      'offline-files-fr.json',
    ];
    expect(offlineFileList(files, '/', 'fr').map((f) => f.url)).toEqual(['/fr/', '/fr/sectors/health/', '/pagefind/pagefind.js']);
    expect(offlineFileList(files, '/').map((f) => f.url)).toEqual(['/', '/pagefind/pagefind.js', '/sectors/health/']);
  });

  it('says the size and the progress in the page’s language', () => {
    const french = (key: string, values?: Record<string, string | number>) => `${key}:${JSON.stringify(values ?? {})}`;
    const html = saveButtonHtml(
      { version: 'x', edition: 'e', caches: { pages: 'p', assets: 'a' }, urls: ['/a/'], bytes: 2_000_000 },
      '/offline-files-fr.json',
      french,
    );
    expect(html).toContain('>save.button:{"size":"2.0 MB"}</button>');
    // The script's words travel with the box, for sw-save.js to use.
    expect(html).toContain('data-strings="{&quot;save.unsupported&quot;:&quot;save.unsupported:{}&quot;');
  });

  it('says the size on the button before anything is downloaded', () => {
    const html = saveButtonHtml(
      { version: 'x', edition: 'e', caches: { pages: 'p', assets: 'a' }, urls: ['/a/', '/b/'], bytes: 10_900_000 },
      '/offline-files.json',
    );
    expect(html).toContain('>Save the whole atlas on this device (10.9 MB)</button>');
    expect(html).toContain('Saving downloads 2 files, 10.9 MB');
    expect(html).toContain('role="status"');
  });
});
