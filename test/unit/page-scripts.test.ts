import { describe, expect, it } from 'vitest';
import { pageModuleScripts, withMergedScript } from '../../config/outputs/page-scripts.ts';

const page = (base: string) =>
  `<head><script src="${base}sw-register.js" defer></script><script type="module" src="${base}_astro/Search.a1.js"></script></head>` +
  `<body><script type="module">inline()</script><script type="module" src="${base}_astro/TableOfContents.b2.js"></script>` +
  `<script type="module" src="${base}pagefind/pagefind.js"></script></body>`;

describe('one script per page', () => {
  it('finds the page’s own module scripts in the order they run, not classic, inline or Pagefind’s', () => {
    expect(pageModuleScripts(page('/'), '/')).toEqual(['/_astro/Search.a1.js', '/_astro/TableOfContents.b2.js']);
    expect(pageModuleScripts(page('/mcof/'), '/mcof/')).toEqual(['/mcof/_astro/Search.a1.js', '/mcof/_astro/TableOfContents.b2.js']);
  });

  it('puts the bundle where the first of them stood and removes the others', () => {
    const merged = withMergedScript(page('/mcof/'), '/mcof/', '/mcof/_astro/page.x.js');
    expect(merged).toBe(
      '<head><script src="/mcof/sw-register.js" defer></script><script type="module" src="/mcof/_astro/page.x.js"></script></head>' +
        '<body><script type="module">inline()</script><script type="module" src="/mcof/pagefind/pagefind.js"></script></body>',
    );
  });
});
