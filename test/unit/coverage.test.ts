/**
 * The fundamentals are covered: every numbered paragraph of the two framework documents
 * is presented or cited somewhere outside its own source page, so no part of MCOF is only
 * reachable by reading the source from top to bottom.
 */
import { describe, expect, it } from 'vitest';
import { buildSidebar } from '../../config/sidebar.ts';
import { findCitations, findCiteLinks } from '../../src/core/check/integrity.ts';
import { parseCiteTarget, sourceCatalogue } from '../../src/core/citations.ts';
import { entry, realContent } from '../helpers/content.ts';

const content = realContent();
const catalogue = sourceCatalogue(content.entries.filter((e) => e.collection === 'sources'));

function citedParagraphs(source: string): Set<number> {
  const cited = new Set<number>();
  for (const entry of content.entries) {
    if (entry.collection === 'sources') continue;
    for (const { cite } of findCitations(entry.data)) if (cite.source === source && cite.paragraph !== undefined) cited.add(cite.paragraph);
    for (const { target } of findCiteLinks(entry.body ?? '')) {
      const cite = parseCiteTarget(target);
      if (cite?.source === source && cite.paragraph !== undefined) cited.add(cite.paragraph);
    }
  }
  return cited;
}

describe('coverage of the framework documents', () => {
  it.each(['mcof-2021-addendum', 'mcof-2012'])('every numbered paragraph of %s is cited outside its source page', (source) => {
    const numbers = [...(catalogue.structures.get(source)?.paragraphs.keys() ?? [])];
    expect(numbers.length).toBeGreaterThan(10);
    const cited = citedParagraphs(source);
    expect(numbers.filter((n) => !cited.has(n)).map((n) => `¶${n}`)).toEqual([]);
  });

  it('names States’ primary responsibility (2021 ¶8) on the atlas’s own pages', () => {
    expect(citedParagraphs('mcof-2021-addendum').has(8)).toBe(true);
  });

  it('presents ¶8 in a section of its own on the About page, which the sidebar links', () => {
    const body = entry(content, 'docs', 'about').body ?? '';
    const section = body.split(/^## /m).find((part) => part.includes('cite:mcof-2021-addendum#p8'));
    expect(section?.split('\n')[0]).toBe('Whose responsibility');
    expect(section).toContain('primary responsibility');
    expect(section).toContain('at their request and with their consent');
    const links = JSON.stringify(buildSidebar(content));
    expect(links).toContain('"link":"/about/"');
  });
});
