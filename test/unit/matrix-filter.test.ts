import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromSearch, filtersToSearch, rowMatches } from '../../src/core/matrix-filter.ts';

const health = { crossCutting: ['law-and-policy'], systems: ['health-cluster'], approaches: [], text: 'health to reduce the mortality' };

describe('matrix filters', () => {
  it('round-trips through the URL and omits defaults', () => {
    const f = { ...defaultFilters, edition: '2012' as const, crossCutting: 'gender-equality', q: 'camp' };
    expect(filtersToSearch(f)).toBe('?edition=2012&crossCutting=gender-equality&q=camp');
    expect(filtersFromSearch('?edition=2012&crossCutting=gender-equality&q=camp')).toEqual(f);
    expect(filtersToSearch(defaultFilters)).toBe('');
  });
  it('keeps rows matching every active facet and every word of the text', () => {
    expect(rowMatches(health, { ...defaultFilters, system: 'health-cluster', q: 'Mortality health' })).toBe(true);
    expect(rowMatches(health, { ...defaultFilters, crossCutting: 'gender-equality' })).toBe(false);
    expect(rowMatches(health, { ...defaultFilters, q: 'camps' })).toBe(false);
  });
  it('falls back to the current edition for an unknown edition', () => {
    expect(filtersFromSearch('?edition=1999').edition).toBe('2021');
  });
});
