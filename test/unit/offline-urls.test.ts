import { describe, expect, it } from 'vitest';
import { fileForPath, offlineCss, offlineHtml, offlineSrcset, offlineUrl, rootFrom } from '../../config/offline/offline-urls.ts';

describe('offline URL rewriting', () => {
  it('turns root-absolute directory URLs into relative index.html paths', () => {
    expect(offlineUrl('/sectors/health/', 'index.html')).toBe('sectors/health/index.html');
    expect(offlineUrl('/', 'sectors/health/index.html')).toBe('../../index.html');
    expect(offlineUrl('/sectors/health/during/', 'sectors/health/index.html')).toBe('during/index.html');
    expect(offlineUrl('/sectors/health/', 'sectors/health/index.html')).toBe('index.html');
  });
  it('keeps hashes and queries', () => {
    expect(offlineUrl('/sources/mcof-2021-addendum/#p34', 'sectors/health/index.html')).toBe('../../sources/mcof-2021-addendum/index.html#p34');
    expect(offlineUrl('/search/?q=wash&phase=During', 'index.html')).toBe('search/index.html?q=wash&phase=During');
  });
  it('keeps files as files and treats extension-less paths as directories', () => {
    expect(offlineUrl('/_astro/page.js', 'a/b/index.html')).toBe('../../_astro/page.js');
    expect(fileForPath('/glossary')).toBe('glossary/index.html');
    expect(fileForPath('/data/mcof.json')).toBe('data/mcof.json');
  });
  it('leaves external, protocol-relative, fragment and data URLs alone', () => {
    for (const url of ['https://www.iom.int/', '//cdn.example/x.js', '#p3', 'mailto:dhrr@iom.int', 'data:image/png;base64,AA', 'relative/x.html']) {
      expect(offlineUrl(url, 'a/index.html')).toBe(url);
    }
  });
  it('rewrites srcset candidates and CSS url()', () => {
    expect(offlineSrcset('/img/a.png 1x, /img/b.png 2x', 'x/index.html')).toBe('../img/a.png 1x, ../img/b.png 2x');
    expect(offlineCss("a{background:url('/img/a.png')} b{src:url(/f.woff2)} c{x:url(data:abc)}", '_astro/s.css')).toBe(
      "a{background:url('../img/a.png')} b{src:url(../f.woff2)} c{x:url(data:abc)}",
    );
  });
  it('rewrites attributes in HTML but not text, including code blocks', () => {
    const html =
      '<a href="/sectors/">Sectors</a><img src="/favicon.svg" srcset="/a.png 2x"><pre><code>&lt;a href="/sectors/"&gt; fetch("/pagefind/")</code></pre><p style="background:url(/x.png)">see /sectors/ here</p><style>.a{background:url(/y.png)}</style>';
    expect(offlineHtml(html, 'matrix/index.html')).toBe(
      '<a href="../sectors/index.html">Sectors</a><img src="../favicon.svg" srcset="../a.png 2x"><pre><code>&lt;a href="/sectors/"&gt; fetch("/pagefind/")</code></pre><p style="background:url(../x.png)">see /sectors/ here</p><style>.a{background:url(../y.png)}</style>',
    );
  });
  it('leaves data attributes that are not URLs alone', () => {
    expect(offlineHtml('<tr data-sector="/x/" data-text="/y/">', 'index.html')).toBe('<tr data-sector="/x/" data-text="/y/">');
  });
  it('gives the path back to the root', () => {
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('sectors/health/index.html')).toBe('../../');
  });
});
