/** Pruning Starlight's stylesheet to what the pages use, without touching the project's own rules. */
import { describe, expect, it } from 'vitest';
import { pageStylesheets, pageWords, pruneStylesheet } from '../../config/outputs/prune-css.ts';

const css = [
  '@layer starlight.core{.starlight-aside{border:1px solid}.sl-flex{display:flex}:root[data-theme=light]{--sl-x:1}}',
  '@layer starlight.components{.sl-badge{font-size:.8rem}}',
  '@layer starlight.content{.sl-markdown-content :not(h1)+:is(h2):not(:where(.not-content *)){margin-top:1.5em}}',
  '.planner select[data-level=critical]{color:red}',
  '.never-in-a-page{color:blue}',
].join('');

describe('pruneStylesheet', () => {
  const words = pageWords('<html data-theme="dark"><div class="sl-flex md:sl-hidden"><h2>x</h2></div></html>');

  it('drops Starlight rules no page uses (asides, badges) and keeps those a page uses', async () => {
    const pruned = await pruneStylesheet(css, words);
    expect(pruned).not.toContain('.starlight-aside');
    expect(pruned).not.toContain('.sl-badge');
    expect(pruned).toContain('.sl-flex{display:flex}');
  });

  it('keeps the theme a script switches to, the Markdown rhythm and every project rule, used or not', async () => {
    const pruned = await pruneStylesheet(css, words);
    expect(pruned).toContain('[data-theme=light]');
    expect(pruned).toContain(':not(:where(.not-content *))');
    expect(pruned).toContain('.planner select[data-level=critical]');
    expect(pruned).toContain('.never-in-a-page');
    expect(pruned).not.toContain('purgecss');
  });
});

describe('pageWords', () => {
  it('keeps class names with a colon whole and in parts', () => {
    const words = pageWords('<a class="md:sl-hidden" data-theme="dark">');
    expect(words).toContain('md:sl-hidden');
    expect(words).toContain('sl-hidden');
    expect(words).toContain('dark');
  });
});

describe('Starlight’s print sheet', () => {
  const print =
    '@media print{:root{--sl-color-white:#17181c}.print\\:hidden{display:none}.expressive-code .copy{display:none}starlight-tabs{break-inside:avoid}}';

  it('is pruned whole: rules for code frames and tabs no page has go, the print utilities pages use stay', async () => {
    const pruned = await pruneStylesheet(print, pageWords('<div class="sl-flex print:hidden">'), { whole: true });
    expect(pruned).toContain('.print\\:hidden{display:none}');
    expect(pruned).toContain('--sl-color-white:#17181c');
    expect(pruned).not.toContain('expressive-code');
    expect(pruned).not.toContain('starlight-tabs');
  });

  it('is found beside the page’s first screen stylesheet, the one it joins', () => {
    const head =
      '<link rel="stylesheet" href="/mcof/_astro/print.ehPL0gv-.css" media="print"><link rel="stylesheet" href="/mcof/_astro/middleware.UwvyJ0et.css"><link rel="stylesheet" href="/mcof/_astro/MatrixGlance.C9oe9r1Z.css">';
    expect(pageStylesheets(head)).toEqual({ print: 'print.ehPL0gv-.css', screen: 'middleware.UwvyJ0et.css' });
    expect(pageStylesheets('<link rel="stylesheet" href="/_astro/handout.x1.css">')).toEqual({ print: undefined, screen: 'handout.x1.css' });
  });
});
