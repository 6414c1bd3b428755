/** One-language offline copies: which files each keeps, and how its pages lead to what it does not hold. */
import { describe, expect, it } from 'vitest';
import { belongsToLanguage, languageRedirect, oneLanguageHtml, pagefindEntryFor, sitePathOf } from '../../config/offline/one-language.ts';
import { bundleName } from '../../src/core/downloads.ts';

const line = 'This copy holds one language; the others are on the online site.';

describe('one-language offline copies', () => {
  it('names the ZIP with every language and each one-language ZIP', () => {
    const edition = { version: '0.1.0', contentDate: '2026-12-01' };
    expect([bundleName(edition), bundleName(edition, 'fr')]).toEqual(['mcof-atlas-0.1.0-2026-12-01.zip', 'mcof-atlas-fr-0.1.0-2026-12-01.zip']);
  });

  it('keeps the pages of its language, every shared asset and its own search index only', () => {
    const keeps = (path: string) => ({ en: belongsToLanguage(path, 'en'), fr: belongsToLanguage(path, 'fr'), ar: belongsToLanguage(path, 'ar') });
    expect(keeps('sectors/health/index.html')).toEqual({ en: true, fr: false, ar: false });
    expect(keeps('fr/sectors/health/index.html')).toEqual({ en: false, fr: true, ar: false });
    expect(keeps('fr/sectors/health/handout/qr.svg')).toEqual({ en: false, fr: true, ar: false });
    expect(keeps('_astro/page-1a2b.offline.js')).toEqual({ en: true, fr: true, ar: true });
    expect(keeps('data/mcof-fr.json')).toEqual({ en: true, fr: true, ar: true });
    expect(keeps('pagefind/index/fr_1b95ab5.pf_index.js')).toEqual({ en: false, fr: true, ar: false });
    expect(keeps('pagefind/fragment/ar_0385bf3.pf_fragment.js')).toEqual({ en: false, fr: false, ar: true });
    expect(keeps('pagefind/pagefind.en_f77fb167f8.pf_meta.js')).toEqual({ en: true, fr: false, ar: false });
    expect(keeps('pagefind/wasm.fr.pagefind.js')).toEqual({ en: false, fr: true, ar: false });
    expect(keeps('pagefind/wasm.unknown.pagefind.js')).toEqual({ en: true, fr: true, ar: true });
    expect(keeps('pagefind/pagefind.offline.js')).toEqual({ en: true, fr: true, ar: true });
  });

  it("lists only the copy's language in Pagefind's entry file", () => {
    const entry = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1' }, fr: { hash: 'fr_2' }, ar: { hash: 'ar_3' } } });
    expect(JSON.parse(pagefindEntryFor(entry, 'fr'))).toEqual({ version: '1.6.0', languages: { fr: { hash: 'fr_2' } } });
  });

  it('reads the site path of a page of the copy', () => {
    expect([sitePathOf('index.html'), sitePathOf('fr/sectors/health/index.html'), sitePathOf('data/mcof.json')]).toEqual([
      '/',
      '/fr/sectors/health/',
      '/data/mcof.json',
    ]);
  });

  const page = [
    '<link rel="alternate" hreflang="en" href="../../../sectors/health/index.html"/>',
    '<link rel="alternate" hreflang="fr" href="index.html"/>',
    '<details class="language-menu x"><summary>Français</summary><ul>',
    '<li><a href="../../../sectors/health/index.html" hreflang="en" lang="en" dir="ltr" data-language-link class="x">English</a></li>',
    '<li><a href="index.html" hreflang="fr" lang="fr" dir="ltr" aria-current="page" data-language-link class="x">Français</a></li>',
    '</ul></details>',
    '<p><a href="../../../sectors/health/index.html#p4">Lire l’anglais actuel</a> · <a href="../water-sanitation-and-hygiene/index.html#before">EAH</a></p>',
  ].join('');
  const held = new Set(['fr/sectors/health/index.html', 'fr/sectors/water-sanitation-and-hygiene/index.html']);
  const context = { file: 'fr/sectors/health/index.html', holds: (p: string) => held.has(p), otherLanguagesLine: line };

  it('keeps links to pages it holds and drops alternates to pages it does not', () => {
    const html = oneLanguageHtml(page, context);
    expect(html).toContain('<link rel="alternate" hreflang="fr" href="index.html"/>');
    expect(html).not.toContain('hreflang="en" href=');
    expect(html).toContain('<a href="../water-sanitation-and-hygiene/index.html#before">EAH</a>');
  });

  it('without the online address, shows the other languages as words and says they are online', () => {
    const html = oneLanguageHtml(page, context);
    expect(html).toContain('<span lang="en" dir="ltr" class="x" style="display:block;padding:0.4rem 0.6rem">English</span>');
    expect(html).toContain('<span>Lire l’anglais actuel</span>');
    expect(html).toMatch(new RegExp(`<li class="language-menu-note"[^>]*>${line}</li></ul></details>`));
    expect(html).not.toContain('../../../sectors/health/');
  });

  it('with the online address, links the other languages and the English there, anchor kept', () => {
    const html = oneLanguageHtml(page, { ...context, online: 'https://atlas.example.net/mcof/' });
    expect(html).toContain('<a href="https://atlas.example.net/mcof/sectors/health/" hreflang="en" lang="en"');
    expect(html).toContain('<a href="https://atlas.example.net/mcof/sectors/health/#p4">Lire l’anglais actuel</a>');
  });

  it("opens a translated copy's home from its root index.html", () => {
    const html = languageRedirect('ar', 'افتح MCOF Atlas');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=ar/index.html">');
    expect(html).toContain('<a href="ar/index.html">افتح MCOF Atlas</a>');
  });
});
