/**
 * What the /search/ page and the header's search dialog share: loading Pagefind's JS API,
 * running a query the way both answer it (stop words dropped for ranking; when no page has
 * every word, the words the site has, with one line saying so and a spelling suggestion),
 * and writing a result. Every line a reader sees comes from the page's `SearchMessages`.
 */

import { offlineRootMeta } from '../core/constants.ts';
import { fillPlaceholders } from '../core/placeholders.ts';
import {
  arabicSpelling,
  englishSearchMessages,
  fallbackLine,
  meaningfulWords,
  narrowerWords,
  planFallback,
  type SearchMessages,
  searchMessagesAttribute,
  searchTerms,
  suggestedQuery,
  suggestionLine,
} from '../core/search-fallback.ts';
import { bestSubResult, highlightedUrl, landingUrl, topSubResults } from '../core/search-query.ts';
import {
  clearOwner,
  firstResultsOrder,
  formerNameLine,
  movedAhead,
  namePairs,
  phraseOf,
  recordFit,
  searchMeta,
  searchRanking,
} from '../core/search-ranking.ts';

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  sub_results: { url: string; title: string; excerpt: string; locations?: number[]; weighted_locations?: { weight: number }[] }[];
}
export interface SearchResult {
  id: string;
  score: number;
  /** Metadata fields the query matched (Pagefind 1.5+). */
  matchedMetaFields?: string[];
  data(): Promise<ResultData>;
}
export interface SearchResponse {
  results: SearchResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export interface Pagefind {
  init(): Promise<void>;
  options(o: unknown): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: unknown }): Promise<SearchResponse>;
}

/**
 * Loads Pagefind. Online it is an ES module; in the offline bundle (file://) a classic
 * script shim provides it, with the options that make it work from disk. `worker: false`
 * runs it on the page: its web worker is a second copy of its runtime (12 kB gzip) to fetch,
 * which the header dialog saves. /search/ keeps the worker: it loads Pagefind with the page,
 * and a first visit's service worker fetches the page's own resources again once it takes
 * over (src/client/sw-register.js), which would then include the WebAssembly.
 */
let loading: Promise<Pagefind> | undefined;
export function loadPagefind({ worker }: { worker: boolean }): Promise<Pagefind> {
  loading ??= (async () => {
    const w = window as unknown as { __mcofPagefind?: () => Promise<Pagefind>; __mcofPagefindOptions?: Record<string, unknown> };
    // The site's base path (`/` or `/mcof/`); the offline copy's classic scripts have none.
    const base = import.meta.env?.BASE_URL ?? '/';
    const path = `${base}pagefind/pagefind.js`;
    const pf = w.__mcofPagefind ? await w.__mcofPagefind() : ((await import(/* @vite-ignore */ path)) as Pagefind);
    // One options call before init: Pagefind keeps only the last one given before init.
    // Online, result URLs get the base path; offline they stay site paths for siteHref.
    await pf.options({ ...(w.__mcofPagefindOptions ?? { baseUrl: base, noWorker: !worker }), ranking: searchRanking });
    await pf.init();
    return pf;
  })();
  return loading;
}

/** The page's search lines in its language (the attribute `searchMessagesAttribute` on `el`), else the English. */
export function readMessages(el: Element | null): SearchMessages {
  try {
    return { ...englishSearchMessages, ...JSON.parse(el?.getAttribute(searchMessagesAttribute) || '{}') };
  } catch {
    return englishSearchMessages;
  }
}

/** A site address as a link from this page: unchanged online, a relative file path offline. */
export function siteHref(url: string, doc: Document = document): string {
  const root = doc.querySelector<HTMLMetaElement>(`meta[name="${offlineRootMeta}"]`)?.content;
  if (!root || !url.startsWith('/')) return url;
  const [, path = '/', query = '', hash = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url) ?? [];
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return `${root}${file.replace(/^\//, '')}${query}${hash}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How many results are fetched and shown at first, and each time "More results" is pressed. */
export const resultsPerBatch = 5;

/** "12 results for “camp”." in the page's language. */
export function statusLine(count: number, query: string, m: SearchMessages, filtered = false): string {
  const one = count === 1;
  return fillPlaceholders(filtered ? (one ? m.statusOneFiltered : m.statusManyFiltered) : one ? m.statusOne : m.statusMany, { count, query });
}

/** The "More results (7 more)" button's words. */
export function moreLine(left: number, m: SearchMessages): string {
  return fillPlaceholders(m.more, { count: left });
}

function formerLine(d: ResultData, query: string, m: SearchMessages): string {
  const title = d.meta.title ?? d.url;
  const former = d.meta.formerly ? formerNameLine(query, d.meta.formerly.split(' · '), title, m.formerName) : undefined;
  return former ? `<p class="result-former">${escapeHtml(former)}</p>` : '';
}

/** A /search/ result: type and context, the page (or its best paragraph) title, the line for an old name, the excerpt. */
export function resultHtml(d: ResultData, query: string, m: SearchMessages = englishSearchMessages): string {
  const href = siteHref(landingUrl(d, query));
  const title = d.meta.title ?? d.url;
  const sub = bestSubResult(d.sub_results, d.content);
  // A section whose title only repeats the page's adds nothing to the link.
  const subTitle = sub && sub.title.trim().toLowerCase() !== title.trim().toLowerCase() ? sub.title : undefined;
  const context = [d.meta.sector, d.meta.phase].filter(Boolean).join(' · ');
  return `<li class="search-result"><p class="result-type">${escapeHtml(d.meta.type ?? 'Page')}${context ? ` · ${escapeHtml(context)}` : ''}</p>
          <a class="result-link" href="${escapeHtml(href)}">${escapeHtml(title)}${subTitle ? ` — ${escapeHtml(subTitle)}` : ''}</a>
          ${formerLine(d, query, m)}
          <p class="result-excerpt">${sub?.excerpt ?? d.excerpt}</p></li>`;
}

/** How many paragraphs (sub-results) a header dialog result lists under its page. */
export const dialogSubResults = 3;

/**
 * A header dialog result: the page's title and excerpt, the line for an old name, then its
 * best-matching sections (numbered paragraphs, glossary terms…), none repeating the page's title.
 */
export function dialogResultHtml(d: ResultData, query: string, m: SearchMessages): string {
  const title = d.meta.title ?? d.url;
  const same = (s: string) => s.trim().toLowerCase() === title.trim().toLowerCase();
  const subs = topSubResults(
    d.sub_results.filter((s) => !same(s.title)),
    d.content,
    dialogSubResults,
  );
  const link = (url: string, text: string) => `<a class="result-link" href="${escapeHtml(siteHref(highlightedUrl(url, query)))}">${escapeHtml(text)}</a>`;
  const subList = subs.length
    ? `<ul class="result-subs">${subs.map((s) => `<li>${link(s.url, s.title)}<p class="result-excerpt">${s.excerpt}</p></li>`).join('')}</ul>`
    : '';
  return `<li class="search-result">${link(d.url, title)}${formerLine(d, query, m)}<p class="result-excerpt">${d.excerpt}</p>${subList}</li>`;
}

export interface AnsweredSearch {
  search: SearchResponse;
  /** The line above the results (HTML: it may hold the suggestion's link) when the search was widened. */
  widened?: string;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  messages: SearchMessages;
  /** The site's own words, for a spelling suggestion; asked for only when a word is unknown. */
  vocabulary: () => Promise<string[]>;
  /** Where the suggestion's link goes. */
  suggestionHref: (query: string) => string;
  /** False once a newer query has started: the answer is then dropped (undefined). */
  current: () => boolean;
}

/**
 * Answers `query` as /search/ and the header dialog both do: ranked on the words that mean
 * something; when no page holds every word, searched again with the words the site has, or
 * with the closest spelling of them, and one line saying so.
 */
export async function answerQuery(pagefind: Pagefind, query: string, o: SearchOptions): Promise<AnsweredSearch | undefined> {
  const { filters, messages: m } = o;
  let search = await pagefind.search(query, { filters });
  if (!o.current()) return undefined;
  // Stop words only blur the ranking ("what is a migrant"): when some page has every word,
  // the results are ranked on the words that mean something.
  const terms = searchTerms(query);
  if (search.results.length && terms !== query.trim()) search = await pagefind.search(terms, { filters });
  if (!o.current()) return undefined;
  const words = meaningfulWords(query);
  if (search.results.length || !words.length) return reranked(pagefind, query, search, o);
  // No page has every word: find which words the site has, and search again with those.
  const pagesWith = new Map<string, number>();
  for (const word of words) {
    const count = (await pagefind.search(word)).results.length;
    if (count) pagesWith.set(word, count);
  }
  if (!o.current()) return undefined;
  let fallback = planFallback(query, new Set(pagesWith.keys()));
  const suggestion = fallback.unknown.length ? suggestedQuery(query, fallback.unknown, await o.vocabulary()) : undefined;
  const suggestionLink = suggestion ? `<a href="${escapeHtml(o.suggestionHref(suggestion))}">${escapeHtml(suggestion)}</a>` : '';
  let widened: string;
  // Stop words and words found nowhere are dropped: what is left is searched for together.
  if (fallback.query) {
    search = await pagefind.search(fallback.query, { filters });
    // Still no page with every known word: the commonest are dropped until one has the rest.
    for (const kept of narrowerWords(fallback.kept, pagesWith)) {
      if (search.results.length) break;
      search = await pagefind.search(kept.join(' '), { filters });
      fallback = { ...fallback, query: kept.join(' '), kept };
    }
    widened = `${escapeHtml(fallbackLine(fallback, m))}${suggestion ? ` ${fillPlaceholders(escapeHtml(m.didYouMean), { suggestion: suggestionLink })}` : ''}`;
  } else if (suggestion) {
    // No word of the query is in the site, but one is close to a word that is: show that word's results at once.
    search = await pagefind.search(searchTerms(suggestion), { filters });
    widened = `${escapeHtml(suggestionLine(fallback.unknown, m))} ${fillPlaceholders(escapeHtml(m.showingFor), { suggestion: suggestionLink })}`;
  } else widened = escapeHtml(fallbackLine(fallback, m));
  if (!o.current()) return undefined;
  const ranked = await reranked(pagefind, query, search, o);
  return ranked && { ...ranked, widened };
}

/**
 * Pagefind's order, corrected where the reader's words say more than its scores (see
 * src/core/search-ranking.ts and the README's "Search"): a long query found as typed puts
 * the records holding it first, beside the pages it names; a question that names a thing
 * among other words ("how does IOM work with local actors") has that thing's own page
 * first; the first results shown are ordered by `firstResultsOrder`. The extra searches
 * reuse the index chunks already fetched; the first results' data is what the list loads anyway.
 */
async function reranked(pagefind: Pagefind, query: string, search: SearchResponse, o: SearchOptions): Promise<AnsweredSearch | undefined> {
  const { filters } = o;
  let results = search.results;
  if (!results.length) return { search };
  const named = (r: SearchResult) => r.matchedMetaFields?.some((f) => f === searchMeta.names || f === searchMeta.formerly) ?? false;
  const phrase = phraseOf(query);
  const exact = phrase ? new Set((await pagefind.search(phrase, { filters })).results.map((r) => r.id)) : new Set<string>();
  if (exact.size) results = movedAhead(results, (r) => exact.has(r.id) || named(r));
  else {
    const owners: SearchResult[] = [];
    for (const pair of namePairs(query)) {
      const owner = clearOwner((await pagefind.search(pair, { filters })).results);
      if (owner && !owners.some((o) => o.id === owner.id)) owners.push(owner);
    }
    // The pair that names a thing most strongly first ("actores locales" before "trabaja oim").
    owners.sort((a, b) => b.score - a.score);
    if (owners.length) results = [...owners, ...results.filter((r) => !owners.some((o) => o.id === r.id))];
  }
  // A newer query has started (a key typed): its answer is what will be shown, not this one's.
  if (!o.current()) return undefined;
  // No first result is named by the query, but its Arabic spelling corrected names a page clearly: that page first.
  const respelt = arabicSpelling(query);
  if (respelt) {
    const shown = await Promise.all(results.slice(0, resultsPerBatch).map((r) => r.data()));
    const owner = shown.every((d) => recordFit(query, d.meta) === 2)
      ? clearOwner((await pagefind.search(searchTerms(respelt), { filters })).results)
      : undefined;
    if (owner) results = [owner, ...results.filter((r) => r.id !== owner.id)];
  }
  const firstBatch = results.slice(0, resultsPerBatch);
  const order = firstResultsOrder(
    query,
    await Promise.all(firstBatch.map((r) => r.data())),
    // Names count here, as in the move above, only when the query was found as typed somewhere.
    firstBatch.map((r) => ({ asTyped: exact.has(r.id), named: exact.size > 0 && named(r) })),
  );
  return { search: { ...search, results: [...order.map((i) => firstBatch[i]), ...results.slice(resultsPerBatch)] } };
}
