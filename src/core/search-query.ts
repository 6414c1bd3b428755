/**
 * The search page's state and its URL: `/search/?q=camp&phase=During+a+crisis&type=Sector`.
 * Facet values of one key combine with OR, different keys with AND (Pagefind's
 * `{ key: { any: [...] } }`). Pure, so the URL format is pinned by unit tests.
 */

export const facetKeys = ['type', 'sector', 'phase', 'edition'] as const;
export type FacetKey = (typeof facetKeys)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
}

/** Longest query kept from a URL: more is not a search anyone typed. */
export const queryLimit = 500;

/** Reads the search state from a query string; never throws, and lists what it could not read. */
export function readSearch(search: string): { state: SearchState; unread: string[] } {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  const unread: string[] = [];
  for (const key of facetKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  for (const key of new Set(params.keys())) if (key !== 'q' && !(facetKeys as readonly string[]).includes(key)) unread.push(`“${key.slice(0, 60)}”`);
  const q = (params.get('q') ?? '').trim();
  if (q.length > queryLimit) unread.push(`the end of the search words (over ${queryLimit} characters)`);
  return { state: { q: q.slice(0, queryLimit).trim(), filters }, unread };
}

export function stateFromSearch(search: string): SearchState {
  return readSearch(search).state;
}

export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of facetKeys) for (const v of state.filters[key] ?? []) params.append(key, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, v]) => v?.length)
      .map(([k, v]) => [k, { any: v! }]),
  );
}

interface ResultData {
  url: string;
  /** The page's indexed text; `locations` are word positions in it. */
  content?: string;
  sub_results?: SubResult[];
}

interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
  /** Matches with the weight of the element they sit in (source paragraphs weigh more than footnotes). */
  weighted_locations?: { weight: number }[];
}

/**
 * How well a section answers the query: first how many different query words it holds
 * (a paragraph with all of them beats one that repeats a single common word), then the
 * weighted number of matches.
 */
function subScore(s: SubResult, words?: string[]): number {
  const distinct =
    words && s.locations
      ? new Set(
          s.locations.map((i) =>
            (words[i] ?? '')
              .toLowerCase()
              .replace(/[^\p{L}\p{N}]/gu, '')
              .slice(0, 5),
          ),
        ).size
      : 0;
  const weighted = s.weighted_locations?.length ? s.weighted_locations.reduce((sum, w) => sum + w.weight, 0) : (s.locations?.length ?? 0);
  return distinct * 1000 + weighted;
}

/** A sub-result that is a section of its page (a heading's anchor), not the page's top. */
const isSection = (s: SubResult) => /#(?!_top$)[^#]+$/.test(s.url);

/**
 * The `n` sub-results (a heading's section: a numbered paragraph, a glossary term …) with
 * the most (weighted) matched words, best first, ignoring the page top; ties keep page order.
 */
export function topSubResults<T extends SubResult>(subs: T[] | undefined, content: string | undefined, n: number): T[] {
  const words = content?.split(/\s+/);
  return (subs ?? [])
    .filter(isSection)
    .map((s, i) => ({ s, i, score: subScore(s, words) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .map((x) => x.s);
}

/** The sub-result with the most (weighted) matched words; undefined when the page itself is best. */
export function bestSubResult<T extends SubResult>(subs: T[] | undefined, content?: string): T | undefined {
  return topSubResults(subs, content, 1)[0];
}

/** `target` (a path, maybe with an anchor) with `highlight` carrying the query words, so the landing page can mark them. */
export function highlightedUrl(target: string, query: string): string {
  const [path, hash] = target.split('#');
  const words = query.trim();
  return `${path}${words ? `?highlight=${encodeURIComponent(words)}` : ''}${hash ? `#${hash}` : ''}`;
}

/** Where a /search/ result should land: its best sub-result, else the page, with the query words to mark. */
export function landingUrl(data: ResultData, query: string): string {
  return highlightedUrl(bestSubResult(data.sub_results, data.content)?.url ?? data.url, query);
}
