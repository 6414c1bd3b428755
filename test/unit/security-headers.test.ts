import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, scriptElements } from '../../config/outputs/security-headers.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = `<!doctype html><html><head>
<script>document.documentElement.dataset.theme = 'dark';</script>
<script type="application/ld+json">{"@type":"WebPage"}</script>
<script type="module" src="/_astro/page.abc.js"></script>
</head><body><p>A &lt;script&gt; in text is not a script.</p>
<SCRIPT data-x="a>b">if (1 < 2) console.log('</scrip' + 't>');</SCRIPT >
</body></html>`;

describe('security headers', () => {
  it('hashes every inline script of a page, not JSON data or scripts with src', () => {
    expect(inlineScriptHashes(page)).toEqual([sha("document.documentElement.dataset.theme = 'dark';"), sha("if (1 < 2) console.log('</scrip' + 't>');")]);
  });

  it('finds the same scripts in the page cut to its script elements as in the whole page', () => {
    expect(scriptElements(page)).not.toContain('<p>');
    expect(inlineScriptHashes(scriptElements(page))).toEqual(inlineScriptHashes(page));
  });

  it('allows only the site itself and the hashed inline scripts, each once', () => {
    const csp = contentSecurityPolicy([sha('a'), sha('a')]);
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a')};`);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
