import { describe, expect, it } from 'vitest';
import { interfaceStrings } from '../../src/core/interface-strings.ts';
import {
  arabicSpelling,
  englishSearchMessages,
  fallbackLine,
  meaningfulWords,
  narrowerWords,
  planFallback,
  searchMessageKeys,
  searchTerms,
  spellingSuggestion,
  suggestedQuery,
  suggestionLine,
} from '../../src/core/search-fallback.ts';

describe('search that never comes back empty for a question with answers', () => {
  it('keeps the words that mean something', () => {
    expect(meaningfulWords('cash instead of food')).toEqual(['cash', 'food']);
    expect(meaningfulWords('When did IOM join the UN?')).toEqual(['iom', 'join', 'un']);
  });

  it('searches again with the words the site has, and says so in one line', () => {
    const fallback = planFallback('when did IOM join the UN', new Set(['iom', 'un']));
    expect(fallback).toEqual({ query: 'iom un', kept: ['iom', 'un'], unknown: ['join'] });
    expect(fallbackLine(fallback)).toBe('No page has all your words; showing pages with iom and un.');
    expect(fallbackLine(planFallback('cash instead of food', new Set(['cash', 'food'])))).toBe('No page has all your words; showing pages with cash and food.');
  });

  it('gives up only when no word of the query is in the site', () => {
    const fallback = planFallback('zzxq qqvb', new Set());
    expect(fallback.query).toBeUndefined();
    expect(fallbackLine(fallback)).toBe('No page has any of these words.');
  });

  it('suggests a spelling from the site’s own vocabulary', () => {
    const vocabulary = ['shelter', 'settlements', 'displacement', 'tracking', 'cccm', 'wash'];
    expect(spellingSuggestion('shleter', vocabulary)).toBe('shelter');
    expect(spellingSuggestion('displacment', vocabulary)).toBe('displacement');
    expect(spellingSuggestion('xyzzy', vocabulary)).toBeUndefined();
    expect(suggestedQuery('shleter kits', ['shleter'], vocabulary)).toBe('shelter kits');
    expect(suggestedQuery('kits', ['kits'], ['zzzzzz'])).toBeUndefined();
  });

  it('asks the index for the meaningful words, or the query itself when it has none', () => {
    expect(searchTerms('What is a migrant?')).toBe('migrant');
    expect(searchTerms('the')).toBe('the');
  });

  it('says which words no page has when a close word stands in for them', () => {
    expect(suggestionLine(['shleter'])).toBe('No page has “shleter”.');
    expect(suggestionLine(['shleter', 'kitz'])).toBe('No page has “shleter” and “kitz”.');
  });
});

describe('the search lines in the page’s language', () => {
  it('writes the English lines with the English dictionary’s own strings', () => {
    for (const [name, key] of Object.entries(searchMessageKeys)) {
      expect(englishSearchMessages[name as keyof typeof englishSearchMessages], key).toBe(interfaceStrings[key]);
    }
  });

  it('fills a translation’s words, list and quotes (French)', () => {
    const fr = {
      ...englishSearchMessages,
      fallback: 'Aucune page ne contient tous vos mots ; voici les pages contenant {words}.',
      wordsAnd: '{words} et {last}',
      unknownWords: 'Aucune page ne contient {words}.',
      quoted: '« {word} »',
    };
    expect(fallbackLine(planFallback('cash instead of food shelter', new Set(['cash', 'food', 'shelter'])), fr)).toBe(
      'Aucune page ne contient tous vos mots ; voici les pages contenant cash, food et shelter.',
    );
    expect(suggestionLine(['shleter', 'kitz'], fr)).toBe('Aucune page ne contient « shleter » et « kitz ».');
  });
});

describe('narrower searches when no page has every known word', () => {
  it('drop the commonest word first, then the next, keeping the order typed', () => {
    const pagesWith = new Map([
      ['المنظمة', 310],
      ['أثناء', 40],
      ['الأزمة', 176],
    ]);
    expect(narrowerWords(['المنظمة', 'أثناء', 'الأزمة'], pagesWith)).toEqual([['أثناء', 'الأزمة'], ['أثناء']]);
  });
  it('are none for a single word', () => {
    expect(narrowerWords(['cash'], new Map([['cash', 3]]))).toEqual([]);
  });
});

describe('stop words in every language of the site', () => {
  it('leave the words that mean something in a question in French, Spanish or Arabic', () => {
    expect(meaningfulWords('qu’est-ce qu’un migrant')).toEqual(['migrant']);
    expect(meaningfulWords('comment l’OIM travaille avec les acteurs locaux')).toEqual(['oim', 'travaille', 'acteurs', 'locaux']);
    expect(meaningfulWords('qué es un migrante')).toEqual(['migrante']);
  });
  it('keep a stop word typed in capitals: an acronym (the UN)', () => {
    expect(meaningfulWords('when did IOM join the UN')).toEqual(['iom', 'join', 'un']);
    expect(meaningfulWords('when did iom join the un')).toEqual(['iom', 'join']);
    expect(meaningfulWords('ما هو المهاجر')).toEqual(['المهاجر']);
  });
  it('keep words that are part of a name (المساواة بين الجنسين, gender equality)', () => {
    expect(meaningfulWords('المساواة بين الجنسين')).toEqual(['المساواة', 'بين', 'الجنسين']);
  });
});

describe('a common Arabic slip', () => {
  it('reads a final ه as the ta marbuta ة, word by word', () => {
    expect(arabicSpelling('الحمايه')).toBe('الحماية');
    expect(arabicSpelling('الصحه النفسيه')).toBe('الصحة النفسية');
  });
  it('leaves a query without the slip, or in another script, alone', () => {
    expect(arabicSpelling('الحماية')).toBeUndefined();
    expect(arabicSpelling('protection')).toBeUndefined();
  });
});
