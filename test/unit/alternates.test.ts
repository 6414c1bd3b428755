/** hreflang alternates: the same page in every language, absolute, and none without the site's address. */
import { describe, expect, it } from 'vitest';
import { alternateLinks } from '../../src/core/addresses.ts';

describe('hreflang alternates', () => {
  it('lists the page in every language and x-default the English, under the base', () => {
    expect(alternateLinks('/ar/sources/mcof-2021-addendum/', { site: 'https://atlas.example.net', base: '/mcof/' })).toEqual([
      { hreflang: 'en', href: 'https://atlas.example.net/mcof/sources/mcof-2021-addendum/' },
      { hreflang: 'fr', href: 'https://atlas.example.net/mcof/fr/sources/mcof-2021-addendum/' },
      { hreflang: 'es', href: 'https://atlas.example.net/mcof/es/sources/mcof-2021-addendum/' },
      { hreflang: 'ar', href: 'https://atlas.example.net/mcof/ar/sources/mcof-2021-addendum/' },
      { hreflang: 'x-default', href: 'https://atlas.example.net/mcof/sources/mcof-2021-addendum/' },
    ]);
  });

  it('writes none without the site’s address rather than relative ones', () => {
    expect(alternateLinks('/fr/sectors/health/', { base: '/' })).toEqual([]);
  });
});
