import { describe, expect, it } from 'vitest';
import { findBrokenLinks, targetFile } from '../../src/core/link-check.ts';

describe('internal link check', () => {
  const pages = [
    {
      file: 'index.html',
      html: '<a href="/sectors/health/">ok</a><a href="/sectors/nope/">bad</a><a href="/sources/doc/#p3">ok</a><a href="/sources/doc/#p99">bad anchor</a><a href="https://www.iom.int/">external</a><img src="/favicon.svg">',
    },
    {
      file: 'sectors/health/index.html',
      html: '<h2 id="about">About</h2><a href="#about">self</a><a href="../../index.html">up</a><a href="#missing">bad</a>',
    },
    { file: 'sources/doc/index.html', html: '<h4 id="p3">3</h4>' },
  ];
  it('reports missing pages and anchors with the page they are on', () => {
    expect(findBrokenLinks(pages, new Set(['favicon.svg']))).toEqual([
      { page: 'index.html', link: '/sectors/nope/', reason: 'no such page or file' },
      { page: 'index.html', link: '/sources/doc/#p99', reason: 'no element with id "p99" on sources/doc/index.html' },
      { page: 'sectors/health/index.html', link: '#missing', reason: 'no element with id "missing" on sectors/health/index.html' },
    ]);
  });
  it('reads pages given lazily at most twice each (own links, then as a fragment target)', () => {
    const reads = new Map<string, number>();
    const lazy = pages.map((p) => ({
      file: p.file,
      get html() {
        reads.set(p.file, (reads.get(p.file) ?? 0) + 1);
        return p.html;
      },
    }));
    expect(findBrokenLinks(lazy, new Set(['favicon.svg']))).toHaveLength(3);
    expect(Math.max(...reads.values())).toBeLessThanOrEqual(2);
    expect(reads.size).toBe(3);
  });
  it('resolves relative, root-absolute and directory links', () => {
    expect(targetFile('../x/', 'a/b/index.html')).toEqual({ file: 'a/x/index.html', fragment: undefined });
    expect(targetFile('/data/mcof.json', 'index.html')).toEqual({ file: 'data/mcof.json', fragment: undefined });
    expect(targetFile('mailto:a@b.c', 'index.html')).toBeUndefined();
  });
});
