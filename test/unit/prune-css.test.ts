/** Pruning Starlight's stylesheet to what the pages use, without touching the project's own rules. */
import { describe, expect, it } from 'vitest';
import { pageWords, pruneStylesheet } from '../../config/outputs/prune-css.ts';

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
