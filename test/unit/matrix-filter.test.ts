import { describe, expect, it } from 'vitest';
import { defaultFilters, editionRedirect, filtersFromSearch, filtersToSearch, rowMatches, withSearch } from '../../src/core/matrix-filter.ts';

const health = { crossCutting: ['law-and-policy'], systems: ['health-cluster'], approaches: [], text: 'health to reduce the mortality' };

describe('matrix filters', () => {
  it('round-trips through the URL and omits defaults', () => {
    const f = { ...defaultFilters, crossCutting: 'gender-equality', q: 'camp' };
    expect(filtersToSearch(f)).toBe('?crossCutting=gender-equality&q=camp');
    expect(filtersFromSearch('?crossCutting=gender-equality&q=camp')).toEqual(f);
    expect(filtersToSearch(defaultFilters)).toBe('');
  });
  it('still reads the filters of an old link that names its edition', () => {
    expect(filtersFromSearch('?edition=2012&crossCutting=gender-equality&q=camp')).toEqual({ ...defaultFilters, crossCutting: 'gender-equality', q: 'camp' });
  });
  it('keeps rows matching every active facet and every word of the text', () => {
    expect(rowMatches(health, { ...defaultFilters, system: 'health-cluster', q: 'Mortality health' })).toBe(true);
    expect(rowMatches(health, { ...defaultFilters, crossCutting: 'gender-equality' })).toBe(false);
    expect(rowMatches(health, { ...defaultFilters, q: 'camps' })).toBe(false);
  });
});

describe('old links to an edition', () => {
  it('send ?edition=2012 on the 2021 page to the 2012 page with the rest of the query', () => {
    expect(editionRedirect('?edition=2012&q=health')).toEqual({ edition: '2012', search: '?q=health' });
    expect(editionRedirect('?crossCutting=gender-equality&edition=2012&q=a+b')).toEqual({ edition: '2012', search: '?crossCutting=gender-equality&q=a+b' });
    expect(editionRedirect('?edition=2012')).toEqual({ edition: '2012', search: '' });
    expect(editionRedirect('?edition=2021&q=camp', '2012')).toEqual({ edition: '2021', search: '?q=camp' });
  });
  it('stay where they are on their own edition’s page, without an edition or with an unknown one', () => {
    expect(editionRedirect('?edition=2021&q=health')).toBeUndefined();
    expect(editionRedirect('?edition=2012', '2012')).toBeUndefined();
    expect(editionRedirect('?q=health')).toBeUndefined();
    expect(editionRedirect('')).toBeUndefined();
    expect(editionRedirect('?edition=1999')).toBeUndefined();
  });
});

describe('the edition links', () => {
  it('carry the filters: the query replaced, the fragment kept', () => {
    expect(withSearch('/matrix/2012/', '?q=health')).toBe('/matrix/2012/?q=health');
    expect(withSearch('/fr/matrix/?q=old', '?system=x')).toBe('/fr/matrix/?system=x');
    expect(withSearch('/matrix/?q=old', '')).toBe('/matrix/');
    expect(withSearch('2012/index.html#top', '?q=a')).toBe('2012/index.html?q=a#top');
    expect(withSearch('../index.html?q=x#t', '')).toBe('../index.html#t');
  });
});
