import { describe, expect, it } from 'vitest';
import { meetsGoals, score, scoreByClass, withoutLocale } from '../../scripts/bench-search.ts';
import {
  clearOwner,
  firstResultsOrder,
  holdsWords,
  isParagraph,
  movedAhead,
  nameFit,
  namePairs,
  phraseOf,
  recordFit,
  type ShownRecord,
  sameWord,
} from '../../src/core/search-ranking.ts';

const record = (url: string, meta: Record<string, string> = {}, content = '', edition?: string): ShownRecord => ({
  url,
  meta: { title: url, ...meta },
  content,
  ...(edition ? { filters: { edition: [edition] } } : {}),
});

describe('a typed word and a word of a name', () => {
  it('are the same word with one typo in a word of five letters or more, two from eleven', () => {
    expect(sameWord('shleter', 'shelter')).toBe(true);
    expect(sameWord('peacbuilding', 'peacebuilding')).toBe(true);
    expect(sameWord('displacment', 'displacement')).toBe(true);
    expect(sameWord('migrants', 'migrant')).toBe(true);
  });
  it('are different words when short ones differ at all, or longer ones by more than the typos allowed', () => {
    expect(sameWord('idp', 'idps')).toBe(false);
    expect(sameWord('cash', 'camp')).toBe(false);
    expect(sameWord('health', 'wealth-x')).toBe(false);
    expect(sameWord('protection', 'production')).toBe(false);
  });
});

describe('how well a name answers the query', () => {
  it('is 0 when the meaningful words are the name, 1 when they begin it, 2 otherwise', () => {
    expect(nameFit(['migrant'], 'Migrant')).toBe(0);
    expect(nameFit(['peacbuilding'], 'Peacebuilding and social cohesion')).toBe(1);
    expect(nameFit(['social', 'cohesion'], 'Peacebuilding and social cohesion')).toBe(2);
    expect(nameFit(['stranded', 'migrants', 'crisis'], 'Stranded migrants')).toBe(2);
  });
  it('reads the title, the names and the 2012 names a 2021 sector took over', () => {
    expect(recordFit('what is a migrant', { title: 'Migrant' })).toBe(0);
    expect(recordFit('IDP', { title: 'IDP — Internally displaced person', names: 'Internally displaced person · IDP' })).toBe(0);
    expect(
      recordFit('Transport Assistance for Affected Populations', { title: 'Movement assistance', formerly: 'Transport Assistance for Affected Populations' }),
    ).toBe(0);
    expect(recordFit('camp', { title: 'Health' })).toBe(2);
  });
});

describe('the order of the first results shown', () => {
  it('puts the record named by the query first, keeping the others in Pagefind’s order', () => {
    const records = [
      record('/policies/micic-guidelines/', { names: 'Migrants in Countries in Crisis' }),
      record('/glossary/#stranded-migrants'),
      record('/glossary/#migrant', { title: 'Migrant' }),
    ];
    expect(firstResultsOrder('what is a migrant', records)).toEqual([2, 0, 1]);
  });
  it('puts today’s text before the 2012 text when both answer alike', () => {
    const records = [record('/sources/mcof-2012/#p9', {}, '', '2012'), record('/sources/mcof-2021-addendum/#p8', {}, '', '2021')];
    expect(firstResultsOrder('States bear the primary responsibility to protect', records, [{ asTyped: true }, { asTyped: true }])).toEqual([1, 0]);
  });
  it('puts a paragraph holding the query as typed before a page quoting it, but not before the page the query names', () => {
    const records = [record('/policies/mcof/'), record('/sources/mcof-2021-addendum/#p1')];
    expect(firstResultsOrder('Resolution No. 1243', records, [{ asTyped: true }, { asTyped: true }])).toEqual([1, 0]);
    const named = [record('/policies/gcm/', { names: 'Global Compact for Migration' }), record('/sources/x/#p3')];
    expect(firstResultsOrder('Global Compact for Migration', named, [{}, { asTyped: true }])).toEqual([0, 1]);
  });
  it('keeps a page the query partly names before the paragraph when both hold the words as typed (a sector quoting its objective)', () => {
    const records = [record('/sectors/cccm/'), record('/sources/mcof-2021-addendum/#p34')];
    expect(firstResultsOrder('interim living conditions of displaced persons', records, [{ asTyped: true, named: true }, { asTyped: true }])).toEqual([0, 1]);
  });
  it('puts a sector before the cluster of the same name when the query names both alike', () => {
    const records = [
      record('/systems/shelter-cluster/', { title: 'Shelter cluster' }),
      record('/sectors/shelter-and-settlements/', { title: 'Shelter and settlements' }),
    ];
    expect(firstResultsOrder('shleter', records)).toEqual([1, 0]);
  });
  it('puts today’s page the query begins the name of before a thing that had the very name only in 2012', () => {
    const records = [
      record('/systems/shelter-cluster/', { title: 'Shelter' }, '', '2012'),
      record('/sectors/shelter-and-settlements/', { title: 'Shelter and settlements' }),
    ];
    expect(firstResultsOrder('shleter', records)).toEqual([1, 0]);
  });
  it('brings a paragraph holding every word of a long lookup into the first three, never first over the pages before it', () => {
    const records = [
      record('/glossary/#cccm'),
      record('/guidance/cccm/'),
      record('/sectors/cccm/'),
      record('/sectors/cccm/during/'),
      record('/sources/mcof-2021-addendum/#p35', {}, 'camps may be established as a last resort'),
    ];
    expect(firstResultsOrder('camps as a last resort', records)).toEqual([0, 1, 4, 2, 3]);
  });
  it('leaves the order alone for a short query, or when the paragraph lacks one of the words', () => {
    const records = [record('/a/'), record('/b/'), record('/c/'), record('/sources/s/#p2', {}, 'a last resort')];
    expect(firstResultsOrder('last resort', records)).toEqual([0, 1, 2, 3]);
    expect(firstResultsOrder('camps as a last resort', records)).toEqual([0, 1, 2, 3]);
  });
});

describe('the searches before the first results', () => {
  it('look for a query of three words or more as typed, unless it is quoted already', () => {
    expect(phraseOf('camps as a last resort')).toBe('"camps as a last resort"');
    expect(phraseOf('Resolution No. 1243')).toBe('"resolution no 1243"');
    expect(phraseOf('camp management')).toBeUndefined();
    expect(phraseOf('"camps as a last resort"')).toBeUndefined();
  });
  it('look for names in adjacent pairs of a long question’s meaningful words', () => {
    expect(namePairs('how does IOM work with local actors')).toEqual(['iom work', 'work local', 'local actors']);
    expect(namePairs('cash instead of food')).toEqual([]);
  });
  it('take a pair’s first result as its owner only when it matched a name and clearly leads', () => {
    expect(clearOwner([{ score: 68, matchedMetaFields: ['names'] }, { score: 13 }])?.score).toBe(68);
    expect(clearOwner([{ score: 20, matchedMetaFields: ['names'] }, { score: 13 }])).toBeUndefined();
    // A glossary entry of the same name between them does not hide the owner.
    expect(clearOwner([{ score: 75, matchedMetaFields: ['names'] }, { score: 61, matchedMetaFields: ['names'] }, { score: 18 }])?.score).toBe(75);
    expect(clearOwner([{ score: 68, matchedMetaFields: ['aliases'] }, { score: 13 }])).toBeUndefined();
  });
  it('move the picked records ahead and keep each group’s order', () => {
    expect(movedAhead([1, 2, 3, 4, 5], (n) => n % 2 === 0)).toEqual([2, 4, 1, 3, 5]);
  });
  it('know a numbered paragraph’s address online and offline, and words that begin the text’s words', () => {
    expect(isParagraph('/sources/mcof-2021-addendum/#p35')).toBe(true);
    expect(isParagraph('/sources/mcof-2021-addendum/index.html#p35')).toBe(true);
    expect(isParagraph('/sources/mcof-2021-addendum/#footnotes')).toBe(false);
    expect(holdsWords('camps as a last resort', 'Camps may be established as a last resort.')).toBe(true);
    expect(holdsWords('camps as a last resort', 'A camp is the last option.')).toBe(false);
  });
});

describe('the relevance bench’s classes and languages', () => {
  const run = (cls: string, results: string[], accept: string[]) => ({ query: { class: cls, q: 'q', accept }, results });
  it('scores each class on its own, and a class misses when any goal is missed', () => {
    const classes = scoreByClass([run('acronym', ['/a/'], ['/a/']), run('question', ['/x/', '/y/', '/z/', '/b/'], ['/b/']), run('acronym', ['/c/'], ['/c/'])]);
    expect(classes.map(([c]) => c)).toEqual(['acronym', 'question']);
    expect(classes[0][1].top1).toBe(1);
    expect(meetsGoals(classes[0][1])).toBe(true);
    expect(meetsGoals(classes[1][1])).toBe(false);
    expect(meetsGoals(score([run('x', [], ['/a/'])]))).toBe(false);
  });
  it('reads a result of another language without its prefix', () => {
    expect(withoutLocale('/fr/sectors/health/#about', 'fr')).toBe('/sectors/health/#about');
    expect(withoutLocale('/sectors/health/', 'en')).toBe('/sectors/health/');
    expect(withoutLocale('/frontier/', 'fr')).toBe('/frontier/');
  });
});
