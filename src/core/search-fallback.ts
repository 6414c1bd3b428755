/**
 * When no page holds every word of a query ("cash instead of food"), search again with the
 * words that mean something and that the site has, say so, and suggest a spelling for a
 * word the site does not know. Pure: the search page asks Pagefind which words exist.
 */
import type { InterfaceKey } from './interface-strings.ts';
import { fillPlaceholders } from './placeholders.ts';
import { closest } from './suggest.ts';

/**
 * The interface strings search writes its lines with (keys of interface-strings.ts). A page
 * renders them in its language into an attribute (`searchMessagesAttribute`) for its script.
 */
export const searchMessageKeys = {
  typeWords: 'search.typeWords',
  statusOne: 'search.status.one',
  statusMany: 'search.status.many',
  statusOneFiltered: 'search.status.oneFiltered',
  statusManyFiltered: 'search.status.manyFiltered',
  fallback: 'search.fallback',
  fallbackNone: 'search.fallbackNone',
  wordsAnd: 'search.wordsAnd',
  didYouMean: 'search.didYouMean',
  unknownWords: 'search.unknownWords',
  quoted: 'search.quoted',
  showingFor: 'search.showingFor',
  formerName: 'search.formerName',
  more: 'search.more',
  facetType: 'facet.type',
  facetSector: 'facet.sector',
  facetPhase: 'facet.phase',
  facetEdition: 'facet.edition',
} as const satisfies Record<string, InterfaceKey>;
export type SearchMessages = Record<keyof typeof searchMessageKeys, string>;

/** The data attribute that carries a page's `SearchMessages` as JSON. */
export const searchMessagesAttribute = 'data-search-messages';

/**
 * The English lines, for a page that hands its script no messages (a unit test holds them
 * equal to interface-strings.ts, which stays out of the browser bundle).
 */
export const englishSearchMessages: SearchMessages = {
  typeWords: 'Type words to search.',
  statusOne: '{count} result for “{query}”.',
  statusMany: '{count} results for “{query}”.',
  statusOneFiltered: '{count} result for “{query}” with the selected filters.',
  statusManyFiltered: '{count} results for “{query}” with the selected filters.',
  fallback: 'No page has all your words; showing pages with {words}.',
  fallbackNone: 'No page has any of these words.',
  wordsAnd: '{words} and {last}',
  didYouMean: 'Did you mean {suggestion}?',
  unknownWords: 'No page has {words}.',
  quoted: '“{word}”',
  showingFor: 'Showing results for {suggestion}.',
  formerName: '2012: {old} → now {title}',
  more: 'More results ({count} more)',
  facetType: 'Type',
  facetSector: 'Sector',
  facetPhase: 'Phase',
  facetEdition: 'Edition',
};

/**
 * Words that carry no meaning of their own in a search ("when did IOM join the UN", "qu’est-ce
 * qu’un migrant", "¿qué es un migrante?", "ما هو المهاجر"), in every language of the site:
 * one list, because a reader may type in any of them on any page. None of them is a word
 * that names something in another of the languages, except "un": typed in capitals it is the
 * UN, and a word typed in capitals is an acronym, never a stop word.
 */
export const stopWords = new Set(
  [
    // English
    'a an and are as at be by can did do does for from has have how i in into is it its of on or than that the their there these this to was were what when where which who why will with instead about should could would',
    // French
    'le la les l un une des du de d au aux et ou est sont ce cet cette ces qu que qui quoi quel quelle quels quelles comment pourquoi quand où dans pour par sur avec se sa son ses leur leurs il elle ils elles est-ce c n s fait font faire',
    // Spanish
    'el los las lo un una unos unas del al y e u en es son qué cómo como cuál cuáles cuándo dónde quién quiénes por para con se su sus hace hacen hacer',
    // Arabic
    'ما ماذا هو هي هل كيف متى أين لماذا من في على إلى عن مع التي الذي و أو ثم تفعل يفعل',
  ]
    .join(' ')
    .split(' '),
);

/** The query's words, lower case, without punctuation. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/** The words worth searching for on their own: not stop words, not single letters. */
export function meaningfulWords(query: string): string[] {
  const acronyms = new Set(query.match(/\b\p{Lu}{2,}\b/gu)?.map((w) => w.toLowerCase()));
  return [...new Set(queryWords(query).filter((w) => w.length > 1 && (!stopWords.has(w) || acronyms.has(w))))];
}

/** What to ask the index for: the meaningful words, or the query as typed when it has none. */
export function searchTerms(query: string): string {
  const words = meaningfulWords(query);
  return words.length ? words.join(' ') : query.trim();
}

export interface Fallback {
  /** The query to run instead, or undefined when no word of it is in the site. */
  query?: string;
  /** Words kept, in the order typed. */
  kept: string[];
  /** Meaningful words found on no page. */
  unknown: string[];
}

/** Which words to search for again, given which of them the site has (`found`). */
export function planFallback(query: string, found: Set<string>): Fallback {
  const words = meaningfulWords(query);
  const kept = words.filter((w) => found.has(w));
  return { query: kept.length ? kept.join(' ') : undefined, kept, unknown: words.filter((w) => !found.has(w)) };
}

/**
 * When no page has all the words the site knows, the narrower searches to try, one after
 * the other: each drops the commonest word left (the one on most pages, `pagesWith`), so the
 * rarest, most telling words stay ("المنظمة أثناء الأزمة" → "أثناء الأزمة").
 */
export function narrowerWords(kept: string[], pagesWith: Map<string, number>): string[][] {
  const byCommonness = [...kept].sort((a, b) => (pagesWith.get(b) ?? 0) - (pagesWith.get(a) ?? 0));
  const tries: string[][] = [];
  for (let drop = 1; drop < kept.length; drop++) {
    const dropped = new Set(byCommonness.slice(0, drop));
    tries.push(kept.filter((w) => !dropped.has(w)));
  }
  return tries;
}

/**
 * The query as it is usually meant when typed with a common Arabic slip: a final ه for the
 * ta marbuta ة ("الحمايه" for الحماية), which Pagefind treats as another word. Undefined
 * when the query has no such word.
 */
export function arabicSpelling(query: string): string | undefined {
  const fixed = query.replace(/(\p{Script=Arabic}{2,})ه(?=$|[^\p{L}])/gu, '$1ة');
  return fixed === query ? undefined : fixed;
}

/** "cash and food", "cash, food and shelter" (the last link from `wordsAnd`). */
export function listWords(words: string[], m: Pick<SearchMessages, 'wordsAnd'> = englishSearchMessages): string {
  return words.length < 2 ? (words[0] ?? '') : fillPlaceholders(m.wordsAnd, { words: words.slice(0, -1).join(', '), last: words.at(-1)! });
}

/** The one line above the results when the search was widened. */
export function fallbackLine(fallback: Fallback, m: SearchMessages = englishSearchMessages): string {
  return fallback.query ? fillPlaceholders(m.fallback, { words: listWords(fallback.kept, m) }) : m.fallbackNone;
}

/** The line when no word of the query is in the site and a close word stands in for it. */
export function suggestionLine(unknown: string[], m: SearchMessages = englishSearchMessages): string {
  return fillPlaceholders(m.unknownWords, {
    words: listWords(
      unknown.map((word) => fillPlaceholders(m.quoted, { word })),
      m,
    ),
  });
}

/** The site's word nearest to an unknown one (a glossary term, an acronym, a title word), if one is near enough. */
export function spellingSuggestion(word: string, vocabulary: Iterable<string>): string | undefined {
  if (word.length < 3) return undefined;
  const guess = closest(word, vocabulary);
  return guess && guess !== word ? guess : undefined;
}

/** The query with each unknown word replaced by its suggestion, or undefined when there is none. */
export function suggestedQuery(query: string, unknown: string[], vocabulary: string[]): string | undefined {
  let changed = false;
  const words = queryWords(query).map((w) => {
    if (!unknown.includes(w)) return w;
    const guess = spellingSuggestion(w, vocabulary);
    if (guess) changed = true;
    return guess ?? w;
  });
  return changed ? words.join(' ') : undefined;
}

/** The words spelling suggestions come from: glossary terms, acronyms, expansions and aliases, and every entry's title. */
export function searchVocabulary(names: string[]): string[] {
  return [...new Set(names.flatMap((n) => queryWords(n)).filter((w) => w.length > 2 && !stopWords.has(w)))].sort();
}
