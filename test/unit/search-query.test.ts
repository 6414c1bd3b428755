import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../src/client/highlight.ts';
import { landingUrl, pagefindFilters, stateFromSearch, stateToSearch, topSubResults } from '../../src/core/search-query.ts';

describe('search URL state', () => {
  it('round-trips query and repeated facets', () => {
    const state = { q: 'camp management', filters: { phase: ['During a crisis'], type: ['Sector', 'Sector in a phase'] } };
    const search = stateToSearch(state);
    expect(search).toBe('?q=camp+management&type=Sector&type=Sector+in+a+phase&phase=During+a+crisis');
    expect(stateFromSearch(search)).toEqual(state);
  });
  it('ignores unknown keys and empty values', () => {
    expect(stateFromSearch('?q=&foo=bar&phase=')).toEqual({ q: '', filters: {} });
  });
  it('turns facets into Pagefind filters: OR within a key, AND across keys', () => {
    expect(pagefindFilters({ q: 'x', filters: { type: ['Sector', 'Policy'], edition: ['2012'] } })).toEqual({
      type: { any: ['Sector', 'Policy'] },
      edition: { any: ['2012'] },
    });
  });
});

describe('where a result lands', () => {
  it('lands on the sub-result with most matched words (a numbered paragraph), carrying the words to highlight', () => {
    expect(
      landingUrl(
        {
          url: '/sources/mcof-2021-addendum/',
          sub_results: [
            { url: '/sources/mcof-2021-addendum/#_top', title: '', excerpt: '', locations: [1, 2, 3, 4] },
            { url: '/sources/mcof-2021-addendum/#introduction', title: 'Introduction', excerpt: '', locations: [9] },
            { url: '/sources/mcof-2021-addendum/#p7', title: 'Paragraph 7', excerpt: '', locations: [40, 41, 42] },
          ],
        },
        '131 coordination platforms',
      ),
    ).toBe('/sources/mcof-2021-addendum/?highlight=131%20coordination%20platforms#p7');
  });
  it('prefers a weighted source paragraph over a footnote section with as many matches', () => {
    expect(
      landingUrl(
        {
          url: '/s/',
          sub_results: [
            { url: '/s/#p2', title: 'Paragraph 2', excerpt: '', locations: [1, 2], weighted_locations: [{ weight: 3 }, { weight: 3 }] },
            {
              url: '/s/#footnote-label',
              title: 'Footnotes',
              excerpt: '',
              locations: [8, 9, 10],
              weighted_locations: [{ weight: 1 }, { weight: 1 }, { weight: 1 }],
            },
          ],
        },
        'x',
      ),
    ).toBe('/s/?highlight=x#p2');
  });
  it('prefers the section holding more of the different query words over one repeating a single word', () => {
    const content = 'general general general general thematic evaluation office general';
    expect(
      landingUrl(
        {
          url: '/s/',
          content,
          sub_results: [
            {
              url: '/s/#p6',
              title: 'Paragraph 6',
              excerpt: '',
              locations: [0, 1, 2, 3],
              weighted_locations: [{ weight: 3 }, { weight: 3 }, { weight: 3 }, { weight: 3 }],
            },
            {
              url: '/s/#p2',
              title: 'Paragraph 2',
              excerpt: '',
              locations: [4, 5, 6, 7],
              weighted_locations: [{ weight: 3 }, { weight: 3 }, { weight: 3 }, { weight: 3 }],
            },
          ],
        },
        'thematic evaluation office general',
      ),
    ).toBe('/s/?highlight=thematic%20evaluation%20office%20general#p2');
  });
  it('lands on the page when there is no better anchor', () => {
    expect(landingUrl({ url: '/sectors/health/', sub_results: [{ url: '/sectors/health/#_top', title: '', excerpt: '' }] }, 'health')).toBe(
      '/sectors/health/?highlight=health',
    );
  });
});

describe('the paragraphs a header search result lists', () => {
  const sub = (anchor: string, weights: number[]) => ({
    url: `/s/#${anchor}`,
    title: anchor,
    excerpt: '',
    weighted_locations: weights.map((weight) => ({ weight })),
  });
  it('lists the sections with most matches first, ties in page order, never the page top, at most n', () => {
    const subs = [
      { url: '/s/#_top', title: 'S', excerpt: '', weighted_locations: [{ weight: 9 }] },
      sub('p1', [1]),
      sub('p2', [2, 2]),
      sub('p3', [1]),
      sub('p4', [1]),
    ];
    expect(topSubResults(subs, undefined, 3).map((s) => s.title)).toEqual(['p2', 'p1', 'p3']);
    expect(topSubResults(undefined, undefined, 3)).toEqual([]);
  });
});

describe('highlight ranges', () => {
  it('marks each occurrence of each query word at word starts, ignoring case', () => {
    expect(highlightRanges('Health and health-care; shealth', 'health')).toEqual([
      [0, 6],
      [11, 17],
    ]);
    expect(highlightRanges('x', 'a')).toEqual([]);
  });
});
