/**
 * The planner, the matrix and the search page read their state from the URL, which anyone
 * can edit, truncate or paste half of. Driven with random input by fast-check: the readers
 * never throw, report what they could not read, and read back whatever the writers wrote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFilters, editionRedirect, filtersToSearch, type MatrixFilters, readFilters } from '../../src/core/matrix-filter.ts';
import { encodeState, levels, noteLimit, type PlannerState, readState, titleLimit } from '../../src/core/planner-state.ts';
import { facetKeys, readSearch, type SearchState, stateToSearch } from '../../src/core/search-query.ts';
import { textIn } from '../helpers/text.ts';

const sectors = ['health', 'protection', 'shelter-and-settlements'];
const phases = ['before', 'during', 'after'];
const en = textIn('en');
/** Input a tampered link can hold: any text, URL-ish text, or a 100 kB blob. */
const anyLink = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.webQueryParameters(),
  fc.constantFrom('#v=1&r=CIRX%', '?edition=2012&edition=1999', '#v=2&r=CC', '%E0%A4%A', 'v=1&title=%', `#v=1&title=${'x'.repeat(100_000)}`),
);

describe('the planner’s link', () => {
  it('never throws on any fragment, and keeps only known sectors and levels', () => {
    fc.assert(
      fc.property(anyLink, (fragment) => {
        const { state, unread } = readState(fragment, sectors, phases, en);
        expect(Array.isArray(unread)).toBe(true);
        for (const [key, level] of Object.entries(state.ratings)) {
          expect(sectors).toContain(key.split('/')[0]);
          expect(levels).toContain(level);
        }
        expect(state.title.length).toBeLessThanOrEqual(titleLimit);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every state it writes', () => {
    const note = fc
      .string({ minLength: 1, maxLength: noteLimit })
      .map((s) => s.trim())
      .filter(Boolean);
    const state = fc.record({
      title: fc.string({ maxLength: titleLimit }),
      ratings: fc.dictionary(fc.constantFrom(...sectors.flatMap((s) => phases.map((p) => `${s}/${p}`))), fc.constantFrom(...levels)),
      notes: fc.dictionary(fc.constantFrom(...sectors), note),
    }) as fc.Arbitrary<PlannerState>;
    fc.assert(
      fc.property(state, (written) => {
        const { state: read, unread } = readState(encodeState(written, sectors, phases), sectors, phases, en);
        expect(read).toEqual(written);
        expect(unread).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('says what it could not read and keeps the rest', () => {
    const { state, unread } = readState('#v=1&title=Sahel&r=CXR&n-atlantis=hi&n-health=Cholera', sectors, phases, en);
    expect(state).toEqual({ title: 'Sahel', ratings: { 'health/before': 'critical', 'health/after': 'recommended' }, notes: { health: 'Cholera' } });
    expect(unread).toEqual(['the rating “X” for health (during)', 'a note for “atlantis”, which is not a sector']);
    expect(readState('#v=7&r=C', sectors, phases, en).unread).toEqual(['a planner link of version 7']);
  });
});

describe('the matrix filters in the URL', () => {
  it('never throw, and send a link only to an edition that exists', () => {
    fc.assert(
      fc.property(anyLink, (search) => {
        const { filters } = readFilters(search, en);
        expect(filters.q.length).toBeLessThanOrEqual(200);
        expect([undefined, '2012']).toContain(editionRedirect(search)?.edition);
      }),
      { numRuns: 500 },
    );
  });

  it('read back what they write', () => {
    const filters = fc.record({
      crossCutting: fc.string(),
      system: fc.string(),
      approach: fc.string(),
      q: fc.string({ maxLength: 200 }),
    }) as fc.Arbitrary<MatrixFilters>;
    fc.assert(
      fc.property(filters, (f) => {
        expect(readFilters(filtersToSearch(f), en)).toEqual({ filters: f, unread: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('name an unknown edition and unknown parts', () => {
    expect(readFilters('?edition=1999&colour=red', en)).toEqual({
      filters: defaultFilters,
      unread: ['the edition “1999” (there are 2012 and 2021)', '“colour”'],
    });
    expect(readFilters('?edition=1999&colour=red', textIn('fr')).unread).toEqual(['l’édition « 1999 » (il existe 2012 et 2021)', '« colour »']);
  });
});

describe('the search page’s URL', () => {
  it('never throws, and keeps the query within bounds', () => {
    fc.assert(
      fc.property(anyLink, (search) => {
        const { state } = readSearch(search);
        expect(state.q.length).toBeLessThanOrEqual(500);
        for (const key of Object.keys(state.filters)) expect(facetKeys).toContain(key);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what it writes', () => {
    const values = fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 3 });
    const state = fc.record({
      q: fc.string({ maxLength: 500 }).map((s) => s.trim()),
      filters: fc.record(Object.fromEntries(facetKeys.map((k) => [k, values])) as Record<(typeof facetKeys)[number], typeof values>, { requiredKeys: [] }),
    }) as fc.Arbitrary<SearchState>;
    fc.assert(
      fc.property(state, (s) => {
        const expected = { ...s, filters: Object.fromEntries(Object.entries(s.filters).filter(([, v]) => v?.length)) };
        expect(readSearch(stateToSearch(s)).state).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
