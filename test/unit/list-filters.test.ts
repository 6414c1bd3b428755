import { describe, expect, it } from 'vitest';
import { interfaceText } from '../../src/core/interface.ts';
import { noPolicyFilters, policyFiltersToSearch, policyMatches, readPolicyFilters } from '../../src/core/policy-filter.ts';
import { foldText, matchesWords, queryWords } from '../../src/core/text-fold.ts';

const t = (key: string, values?: Record<string, string | number>) => interfaceText('en', key as never, values);
const known = { sectors: ['health', 'protection'], kinds: ['framework', 'policy'] };

describe('text folding for the glossary filter', () => {
  it('drops case and accents, so French and Spanish words match as typed without them', () => {
    expect(foldText('Réintégration DURABLE')).toBe('reintegration durable');
    expect(foldText('Niños, Año')).toBe('ninos, ano');
    expect(foldText('Œuvre  et\tcœur')).toBe('oeuvre et coeur');
  });
  it('drops Arabic short vowels, tatweel and the hamza and madda on alef', () => {
    expect(foldText('إدارةُ')).toBe('ادارة');
    expect(foldText('آمن')).toBe('امن');
    expect(foldText('الهـجرة')).toBe('الهجرة');
  });
  it('matches when every word of the query is in the text, in any order', () => {
    const text = foldText('DTM — Displacement Tracking Matrix: IOM’s system to track displacement');
    expect(matchesWords(text, queryWords('matrix dtm'))).toBe(true);
    expect(matchesWords(text, queryWords('TRACK  Displacé'))).toBe(true);
    expect(matchesWords(text, queryWords('camp'))).toBe(false);
    expect(queryWords('   ')).toEqual([]);
    expect(matchesWords(text, [])).toBe(true);
  });
});

describe('/policies/ filters', () => {
  it('round-trips through the URL and leaves empty filters out', () => {
    const f = { sector: 'health', kind: 'framework' };
    expect(policyFiltersToSearch(f)).toBe('?sector=health&kind=framework');
    expect(readPolicyFilters('?sector=health&kind=framework', known, t)).toEqual({ filters: f, unread: [] });
    expect(policyFiltersToSearch(noPolicyFilters)).toBe('');
    expect(policyFiltersToSearch({ sector: '', kind: 'policy' })).toBe('?kind=policy');
  });
  it('leaves out, and names, a parameter or value the page does not know', () => {
    const { filters, unread } = readPolicyFilters('?sector=atlantis&kind=policy&colour=red', known, t);
    expect(filters).toEqual({ sector: '', kind: 'policy' });
    expect(unread).toEqual(['“colour”', '“sector=atlantis”']);
  });
  it('keeps a policy that carries every chosen value', () => {
    const policy = { sectors: ['health', 'protection'], kind: 'framework' };
    expect(policyMatches(policy, noPolicyFilters)).toBe(true);
    expect(policyMatches(policy, { sector: 'protection', kind: 'framework' })).toBe(true);
    expect(policyMatches(policy, { sector: 'protection', kind: 'policy' })).toBe(false);
    expect(policyMatches(policy, { sector: 'shelter-and-settlements', kind: '' })).toBe(false);
    expect(policyMatches({ sectors: [], kind: 'policy' }, { sector: 'health', kind: '' })).toBe(false);
  });
});
