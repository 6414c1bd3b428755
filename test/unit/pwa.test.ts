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
    expect(pwaHead('/mcof/', false)).toBe(
      '<link rel="manifest" href="/mcof/manifest.webmanifest"><meta name="theme-color" content="#0b3d6b"><script src="/mcof/sw-register.js" defer></script>',
    );
    expect(pwaHead('/', true)).toContain('<script src="/sw-save.js" defer></script>');
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
