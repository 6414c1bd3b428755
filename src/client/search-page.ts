/** The /search/ page: Pagefind queries with facet counts, URL state, keyboard use. */

import { offlineRootMeta } from '../core/constants.ts';
import { fallbackLine, meaningfulWords, planFallback, searchTerms, suggestedQuery, suggestionLine } from '../core/search-fallback.ts';
import { bestSubResult, type FacetKey, facetKeys, landingUrl, pagefindFilters, readSearch, type SearchState, stateToSearch } from '../core/search-query.ts';
import { formerNameLine, searchRanking } from '../core/search-ranking.ts';
import { showUnread } from './unread-notice.ts';

interface Pagefind {
  init(): Promise<void>;
  options(o: unknown): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o?: { filters?: unknown },
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>>; unfilteredResultCount: number }>;
}
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string; excerpt: string; locations?: number[]; weighted_locations?: { weight: number }[] }[];
}

const facetLabels: Record<FacetKey, string> = { type: 'Type', sector: 'Sector', phase: 'Phase', edition: 'Edition' };

/**
 * Loads Pagefind. Online it is an ES module; in the offline bundle (file://) a classic
 * script shim provides it, with the options that make it work from disk.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const w = window as unknown as { __mcofPagefind?: () => Promise<Pagefind>; __mcofPagefindOptions?: Record<string, unknown> };
  // The site's base path (`/` or `/mcof/`); the offline copy's classic scripts have none.
  const base = import.meta.env?.BASE_URL ?? '/';
  const path = `${base}pagefind/pagefind.js`;
  const pf = w.__mcofPagefind ? await w.__mcofPagefind() : ((await import(/* @vite-ignore */ path)) as Pagefind);
  // One options call before init: Pagefind keeps only the last one given before init.
  // Online, result URLs get the base path; offline they stay site paths for siteHref.
  await pf.options({ ...(w.__mcofPagefindOptions ?? { baseUrl: base }), ranking: searchRanking });
  await pf.init();
  return pf;
}

/** A site address as a link from this page: unchanged online, a relative file path offline. */
export function siteHref(url: string, doc: Document = document): string {
  const root = doc.querySelector<HTMLMetaElement>(`meta[name="${offlineRootMeta}"]`)?.content;
  if (!root || !url.startsWith('/')) return url;
  const [, path = '/', query = '', hash = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url) ?? [];
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return `${root}${file.replace(/^\//, '')}${query}${hash}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How many results are fetched and shown at first, and each time "More results" is pressed. */
export const resultsPerBatch = 5;

/** One result: type and context, the page (or paragraph) title, the line for an old name, the excerpt. */
export function resultHtml(d: ResultData, query: string): string {
  const href = siteHref(landingUrl(d, query));
  const title = d.meta.title ?? d.url;
  const sub = bestSubResult(d.sub_results, d.content);
  // A section whose title only repeats the page's adds nothing to the link.
  const subTitle = sub && sub.title.trim().toLowerCase() !== title.trim().toLowerCase() ? sub.title : undefined;
  const context = [d.meta.sector, d.meta.phase].filter(Boolean).join(' · ');
  const former = d.meta.formerly ? formerNameLine(query, d.meta.formerly.split(' · '), title) : undefined;
  return `<li class="search-result"><p class="result-type">${escapeHtml(d.meta.type ?? 'Page')}${context ? ` · ${escapeHtml(context)}` : ''}</p>
          <a class="result-link" href="${escapeHtml(href)}">${escapeHtml(title)}${subTitle ? ` — ${escapeHtml(subTitle)}` : ''}</a>
          ${former ? `<p class="result-former">${escapeHtml(former)}</p>` : ''}
          <p class="result-excerpt">${sub?.excerpt ?? d.excerpt}</p></li>`;
}

export function enhanceSearchPage(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form.search-page');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const panel = form.querySelector<HTMLDetailsElement>('details.search-facets')!;
  // On a phone the filters start folded behind one "Filters" control, so the first results show at once.
  if (window.matchMedia('(min-width: 50rem)').matches) panel.open = true;
  const filterCount = panel.querySelector<HTMLElement>('.filter-count')!;
  const groups = form.querySelector<HTMLElement>('.facet-groups')!;
  const list = form.querySelector<HTMLOListElement>('.search-results')!;
  const status = form.querySelector<HTMLElement>('.search-status')!;
  const widened = form.querySelector<HTMLElement>('.search-fallback')!;
  const more = form.querySelector<HTMLButtonElement>('.more-results')!;
  const vocabulary = JSON.parse(doc.getElementById('search-vocabulary')?.textContent || '[]') as string[];
  const fromUrl = readSearch(window.location.search);
  let state: SearchState = fromUrl.state;
  showUnread(doc, form, fromUrl.unread);
  input.value = state.q;
  let pagefind: Pagefind | undefined;
  let run = 0;

  doc.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key === '/' && !/input|textarea|select/i.test(target.tagName) && !target.isContentEditable) {
      e.preventDefault();
      input.focus();
    }
  });

  const renderFacets = (all: Record<string, Record<string, number>>, current: Record<string, Record<string, number>>) => {
    panel.hidden = false;
    const active = Object.values(state.filters).flat().length;
    filterCount.textContent = active ? `(${active})` : '';
    groups.innerHTML = facetKeys
      .filter((key) => Object.keys(all[key] ?? {}).length)
      .map((key) => {
        const values = Object.keys(all[key]).sort((a, b) => a.localeCompare(b));
        const items = values
          .map((v) => {
            const checked = state.filters[key]?.includes(v) ?? false;
            const count = current[key]?.[v] ?? 0;
            const id = `f-${key}-${v.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
            // A value with no results is left out (unless it is ticked, so it can be unticked).
            if (!count && !checked) return '';
            return `<li><input type="checkbox" id="${id}" data-key="${key}" value="${escapeHtml(v)}"${checked ? ' checked' : ''}><label for="${id}">${escapeHtml(v)} <span class="count">(${count})</span></label></li>`;
          })
          .join('');
        return items
          ? `<div class="facet-group"><p class="facet-title" id="facet-${key}">${facetLabels[key]}</p><ul aria-labelledby="facet-${key}">${items}</ul></div>`
          : '';
      })
      .join('');
  };

  const update = async (push: boolean) => {
    const mine = ++run;
    if (push) window.history.replaceState(null, '', `${window.location.pathname}${stateToSearch(state)}`);
    pagefind ??= await loadPagefind();
    const all = await pagefind.filters();
    if (!state.q) {
      renderFacets(all, all);
      list.innerHTML = '';
      more.hidden = true;
      status.textContent = 'Type words to search.';
      return;
    }
    const filters = pagefindFilters(state);
    let search = await pagefind.search(state.q, { filters });
    if (mine !== run) return;
    // Stop words only blur the ranking ("what is a migrant"): when some page has every word,
    // the results are ranked on the words that mean something.
    const terms = searchTerms(state.q);
    if (search.results.length && terms !== state.q.trim()) search = await pagefind.search(terms, { filters });
    if (mine !== run) return;
    widened.hidden = true;
    const words = meaningfulWords(state.q);
    if (!search.results.length && words.length) {
      // No page has every word: find which words the site has, and search again with those.
      const found = new Set<string>();
      for (const word of words) if ((await pagefind.search(word)).results.length) found.add(word);
      if (mine !== run) return;
      const fallback = planFallback(state.q, found);
      const suggestion = suggestedQuery(state.q, fallback.unknown, vocabulary);
      const suggestionLink = suggestion
        ? `<a href="${escapeHtml(`${window.location.pathname}${stateToSearch({ ...state, q: suggestion })}`)}">${escapeHtml(suggestion)}</a>`
        : '';
      // Stop words and words found nowhere are dropped: what is left is searched for together.
      if (fallback.query) {
        search = await pagefind.search(fallback.query, { filters });
        widened.innerHTML = `${escapeHtml(fallbackLine(fallback))}${suggestion ? ` Did you mean ${suggestionLink}?` : ''}`;
      } else if (suggestion) {
        // No word of the query is in the site, but one is close to a word that is: show that word's results at once.
        search = await pagefind.search(searchTerms(suggestion), { filters });
        widened.innerHTML = `${escapeHtml(suggestionLine(fallback.unknown))} Showing results for ${suggestionLink}.`;
      } else widened.innerHTML = escapeHtml(fallbackLine(fallback));
      if (mine !== run) return;
      widened.hidden = false;
    }
    renderFacets(all, search.filters);
    list.innerHTML = '';
    shown = 0;
    results = search.results;
    await showMore(mine);
    if (mine !== run) return;
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${state.q}”${Object.keys(filters).length ? ' with the selected filters' : ''}.`;
  };

  /** Results are fetched and shown a few at a time: each one shown costs its fragment's download. */
  let results: { data(): Promise<ResultData> }[] = [];
  let shown = 0;
  const showMore = async (mine: number) => {
    const batch = results.slice(shown, shown + resultsPerBatch);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    shown += batch.length;
    list.insertAdjacentHTML('beforeend', data.map((d) => resultHtml(d, state.q)).join(''));
    more.hidden = shown >= results.length;
    more.textContent = `More results (${results.length - shown} more)`;
  };
  more.addEventListener('click', () => {
    const next = list.children.length;
    void showMore(run).then(() => list.querySelectorAll<HTMLAnchorElement>('.result-link')[next]?.focus());
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = { ...state, q: input.value.trim() };
    void update(true);
  });
  input.addEventListener('input', () => {
    state = { ...state, q: input.value.trim() };
    void update(true);
  });
  groups.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.dataset.key as FacetKey;
    const values = new Set(state.filters[key] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [key]: [...values] } };
    if (!values.size) delete state.filters[key];
    void update(true);
  });
  form.querySelector('.clear-facets')!.addEventListener('click', () => {
    state = { ...state, filters: {} };
    void update(true);
  });
  void update(false);
}
