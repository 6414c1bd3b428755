/**
 * How search ranks, shared by the header search, the /search/ page and the offline copy.
 *
 * - Pagefind's BM25 over each page's text, with its length penalty lowered (0.15 instead
 *   of 0.75) so a paragraph quoted word for word is not buried under short pages that
 *   merely mention it.
 * - Metadata boosts (Pagefind 1.5+ `metaWeights`): a page's `names` (its title, acronym and
 *   the glossary's aliases for the thing it is the site's own page for) weigh most, so the
 *   sector, approach, policy or system page comes first for its name; `formerly` (the 2012
 *   names a 2021 sector took over) next, so an old name leads to today's sector; the
 *   glossary synonyms a page mentions (`aliases`) count like body text, and never show in
 *   an excerpt because metadata is not part of it.
 */
import { fillPlaceholders } from './placeholders.ts';
import { meaningfulWords, queryWords } from './search-fallback.ts';
import { editDistance } from './suggest.ts';

export const searchRanking = {
  pageLength: 0.15,
  termFrequency: 1.0,
  termSaturation: 1.4,
  termSimilarity: 1.0,
  metaWeights: { title: 5, names: 12, formerly: 14, aliases: 1 },
};

/** Metadata keys the build writes and the ranking above reads. */
export const searchMeta = { names: 'names', formerly: 'formerly', aliases: 'aliases' } as const;

/** A page that is the site's own page for a thing: a sector, approach, cross-cutting issue, policy or system. */
export interface NamedPage {
  url: string;
  /** The collection's id of the entry (a 2021 sector's id is what glossary terms point at). */
  id: string;
  title: string;
  acronym?: string;
  /** Other names the page is known by (a phase's 2021 framing, "Invest in anticipatory action"). */
  aliases?: string[];
}

export interface GlossaryNames {
  term: string;
  expansion?: string;
  aliases: string[];
  /** The 2021 sector this term names, if the glossary says so. */
  sector?: string;
}

/** Lower case, words only: "Cash-based interventions" and "cash based interventions" compare equal. */
export function normalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The page a glossary term is the name of: the page whose title or acronym is the term,
 * its expansion or an alias; else the sector the term points at, when one of the term's
 * names contains the sector's title or the other way round ("Displacement Tracking Matrix"
 * and Displacement tracking; not GBV and Protection, which is only related).
 */
export function ownerOf(term: GlossaryNames, pages: NamedPage[]): NamedPage | undefined {
  const names = [term.term, term.expansion ?? '', ...term.aliases].filter(Boolean).map(normalName);
  const exact = pages.find((p) => names.includes(normalName(p.title)) || (p.acronym !== undefined && names.includes(normalName(p.acronym))));
  if (exact) return exact;
  const sector = term.sector ? pages.find((p) => p.id === term.sector) : undefined;
  const title = sector ? normalName(sector.title) : '';
  return sector && names.some((n) => ` ${n} `.includes(` ${title} `) || ` ${title} `.includes(` ${n} `)) ? sector : undefined;
}

export interface PageNames {
  /** Every name the page is the site's own page for (title, acronym, glossary term and aliases). */
  names: string[];
  /** 2012 sector names this 2021 sector took over. */
  formerly: string[];
}

/**
 * The names each own page answers to, by URL. `formerlyOf(page)` gives the 2012 names of
 * the sectors a 2021 sector succeeds (from the crosswalk).
 */
export function pageNames(pages: NamedPage[], glossary: GlossaryNames[], formerlyOf: (page: NamedPage) => string[] = () => []): Map<string, PageNames> {
  const byUrl = new Map<string, PageNames>();
  for (const p of pages) byUrl.set(p.url, { names: [p.title, ...(p.acronym ? [p.acronym] : []), ...(p.aliases ?? [])], formerly: formerlyOf(p) });
  for (const term of glossary) {
    const owner = ownerOf(term, pages);
    if (!owner) continue;
    byUrl.get(owner.url)!.names.push(term.term, ...(term.expansion ? [term.expansion] : []), ...term.aliases);
  }
  for (const entry of byUrl.values()) {
    const seen = new Set<string>();
    entry.names = entry.names.filter((n) => !seen.has(normalName(n)) && seen.add(normalName(n)));
  }
  return byUrl;
}

/** The one line above a 2021 sector's result when the query names a 2012 sector it took over (`template`: the page's `search.formerName`). */
export function formerNameLine(query: string, formerly: string[], title: string, template = '2012: {old} → now {title}'): string | undefined {
  const q = normalName(query);
  if (q.length < 3) return undefined;
  const old = formerly.find((f) => {
    const name = normalName(f);
    // The whole old name in the query, or two or more of its words in a row ("transport assistance").
    return q.includes(name) || (q.includes(' ') && ` ${name} `.includes(` ${q} `));
  });
  return old ? fillPlaceholders(template, { old, title }) : undefined;
}

/** Collections whose entries each have a page that is the site's own page for the thing. */
export const namedCollections = ['sectors', 'approaches', 'crossCutting', 'policies', 'systems'] as const;

/**
 * The own pages among some entries (2021 sectors, approaches, cross-cutting issues,
 * policies, systems; in that order), with their address from `urlOf` (with or without the base).
 */
export function namedPages(
  entries: { collection: string; id: string; data: unknown }[],
  urlOf: (collection: (typeof namedCollections)[number], id: string, data: unknown) => string,
): NamedPage[] {
  // Sectors first: when a sector and a cluster share a name (CCCM), the sector is the thing's page.
  const order = (c: string) => namedCollections.indexOf(c as never);
  return [...entries]
    .sort((a, b) => order(a.collection) - order(b.collection))
    .flatMap((e) => {
      const d = e.data as { title?: string; acronym?: string; edition?: number };
      const collection = namedCollections.find((c) => c === e.collection);
      if (!collection || !d.title || (collection === 'sectors' && d.edition !== 2021)) return [];
      return [{ url: urlOf(collection, e.id, e.data), id: e.id, title: d.title, ...(d.acronym ? { acronym: d.acronym } : {}) }];
    });
}

/** Two words one swap of neighbouring letters apart ("shleter", "shelter"): one slip of the fingers, two edits. */
function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A typed word and a word of a name are the same word: equal, two neighbouring letters swapped, or one typo apart in a word of
 * five letters or more, two in one of eleven or more ("peacbuilding", "migrants" for "migrant").
 */
export function sameWord(typed: string, word: string): boolean {
  if (typed === word || swappedPair(typed, word)) return true;
  const allowed = typed.length >= 11 ? 2 : typed.length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(typed.length - word.length) <= allowed && editDistance(typed, word) <= allowed;
}

/**
 * How well a name answers the query's meaningful words: 0 when they are the name ("IDP",
 * "what is a migrant" → Migrant), 1 when they are its first words ("peacbuilding" →
 * Peacebuilding and social cohesion), 2 otherwise. Typos as `sameWord` allows.
 */
export function nameFit(terms: string[], name: string): 0 | 1 | 2 {
  const words = meaningfulWords(name);
  if (!terms.length || terms.length > words.length || !terms.every((t, i) => sameWord(t, words[i]))) return 2;
  return terms.length === words.length ? 0 : 1;
}

/** The best fit of a record's title, `names` and `formerly` metadata for the query (see `nameFit`). */
export function recordFit(query: string, meta: Record<string, string | undefined>): 0 | 1 | 2 {
  const terms = meaningfulWords(query);
  const names = [meta.title ?? '', ...(meta[searchMeta.names]?.split(' · ') ?? []), ...(meta[searchMeta.formerly]?.split(' · ') ?? [])].filter(Boolean);
  return Math.min(2, ...names.map((n) => nameFit(terms, n))) as 0 | 1 | 2;
}

/** What the ordering of the first results reads of each: its address, metadata, filters and text. */
export interface ShownRecord {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  content: string;
}

/** A numbered source paragraph's record (`/sources/mcof-2021-addendum/#p35`, see search-records.ts). */
export const isParagraph = (url: string): boolean => /\/sources\/[^/]+\/(index\.html)?#p\d+$/.test(url);

/** A record of the 2012 framework only (superseded; today's text comes first when both answer). */
const only2012 = (r: ShownRecord): boolean => r.filters?.edition?.length === 1 && r.filters.edition[0] === '2012';

/** Whether every meaningful word of the query begins a word of the text (camps, last, resort in ¶35). */
export function holdsWords(query: string, text: string): boolean {
  const words = ` ${normalName(text)}`;
  return meaningfulWords(query).every((w) => words.includes(` ${normalName(w)}`));
}

/** What the searches before knew of a record: it holds a long query word for word; the query matched its names (Pagefind's `matchedMetaFields`). */
export interface RecordSignals {
  asTyped?: boolean;
  named?: boolean;
}

/** The site's own pages by kind, in the order a thing's page is chosen (a sector before the cluster of the same name). */
const ownPageOrder = (url: string): number => {
  const i = namedCollectionPaths.findIndex((p) => url.includes(`/${p}/`));
  return i < 0 ? namedCollectionPaths.length : i;
};
const namedCollectionPaths = ['sectors', 'approaches', 'cross-cutting', 'policies', 'systems'];

/**
 * The order of the first results shown, as indices into `records` (already in Pagefind's
 * order, corrected by the searches before): the records whose name the query is, then those
 * whose name it begins (in each, a sector before an approach … before a system), then those
 * named so only in 2012; then the pages the query partly names and the numbered paragraphs
 * holding a long query as typed (the source's own words before a page that only quotes
 * them); then the rest. In
 * each group, today's text before the 2012 text. Then a lookup of three words or more that
 * one numbered paragraph holds has that paragraph among the first three.
 */
export function firstResultsOrder(query: string, records: ShownRecord[], signals: RecordSignals[] = []): number[] {
  const group = (i: number) => {
    const fit = recordFit(query, records[i].meta);
    const old = only2012(records[i]) ? 1 : 0;
    // A thing named only in 2012 (the 2012 annex's "Shelter" cluster) comes after today's pages of that name.
    if (fit < 2) return old * 20 + fit * 10 + ownPageOrder(records[i].url);
    const { asTyped, named } = signals[i] ?? {};
    return (named || (asTyped && isParagraph(records[i].url)) ? 40 : 50) + old;
  };
  const key = group;
  const order = records.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
  if (meaningfulWords(query).length < 3 || order.slice(0, 3).some((i) => isParagraph(records[i].url))) return order;
  const at = order.findIndex((i) => isParagraph(records[i].url) && holdsWords(query, records[i].content));
  if (at > 2) order.splice(2, 0, ...order.splice(at, 1));
  return order;
}

/** `items` with those `first` picks moved ahead, each group keeping its order (a stable partition). */
export function movedAhead<T>(items: T[], first: (item: T) => boolean): T[] {
  return [...items.filter(first), ...items.filter((i) => !first(i))];
}

/** Adjacent pairs of a long query's meaningful words ("how does IOM work with local actors" → … "local actors"), where a name may hide. */
export function namePairs(query: string): string[] {
  const words = meaningfulWords(query);
  return words.length < 3 ? [] : words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/**
 * The clear owner among a pair's results: the first result, when the pair matched its names
 * and it scores at least twice the best result the pair did not name (a glossary entry of
 * the same name may sit between them).
 */
export function clearOwner<T extends { score: number; matchedMetaFields?: string[] }>(results: T[]): T | undefined {
  const [top] = results;
  const unnamed = results.find((r) => !r.matchedMetaFields?.includes(searchMeta.names));
  return top?.matchedMetaFields?.includes(searchMeta.names) && (!unnamed || top.score >= 2 * unnamed.score) ? top : undefined;
}

/** Whether a query is long enough for its words in order to be a phrase worth finding as typed. */
export function phraseOf(query: string): string | undefined {
  const words = queryWords(query);
  return words.length >= 3 && !/^\s*".*"\s*$/.test(query) ? `"${words.join(' ')}"` : undefined;
}
