/** The /search/ page: Pagefind queries with facet counts, URL state, keyboard use. */

import { type FacetKey, facetKeys, pagefindFilters, readSearch, type SearchState, stateToSearch } from '../core/search-query.ts';
import {
  answerQuery,
  escapeHtml,
  loadPagefind,
  moreLine,
  type Pagefind,
  type ResultData,
  readMessages,
  resultHtml,
  resultsPerBatch,
  statusLine,
} from './search-engine.ts';
import { showUnread } from './unread-notice.ts';

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
  const messages = readMessages(form);
  const facetLabel = (key: FacetKey) =>
    ({ type: messages.facetType, sector: messages.facetSector, phase: messages.facetPhase, edition: messages.facetEdition })[key];
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
          ? `<div class="facet-group"><p class="facet-title" id="facet-${key}">${facetLabel(key)}</p><ul aria-labelledby="facet-${key}">${items}</ul></div>`
          : '';
      })
      .join('');
  };

  const update = async (push: boolean) => {
    const mine = ++run;
    if (push) window.history.replaceState(null, '', `${window.location.pathname}${stateToSearch(state)}`);
    pagefind ??= await loadPagefind({ worker: true });
    const all = await pagefind.filters();
    if (!state.q) {
      renderFacets(all, all);
      list.innerHTML = '';
      more.hidden = true;
      status.textContent = messages.typeWords;
      return;
    }
    const filters = pagefindFilters(state);
    const answer = await answerQuery(pagefind, state.q, {
      filters,
      messages,
      vocabulary: async () => vocabulary,
      suggestionHref: (q) => `${window.location.pathname}${stateToSearch({ ...state, q })}`,
      current: () => mine === run,
    });
    if (!answer) return;
    const { search } = answer;
    widened.hidden = !answer.widened;
    widened.innerHTML = answer.widened ?? '';
    renderFacets(all, search.filters);
    list.innerHTML = '';
    shown = 0;
    results = search.results;
    await showMore(mine);
    if (mine !== run) return;
    status.textContent = statusLine(search.results.length, state.q, messages, Object.keys(filters).length > 0);
  };

  /** Results are fetched and shown a few at a time: each one shown costs its fragment's download. */
  let results: { data(): Promise<ResultData> }[] = [];
  let shown = 0;
  const showMore = async (mine: number) => {
    const batch = results.slice(shown, shown + resultsPerBatch);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    shown += batch.length;
    list.insertAdjacentHTML('beforeend', data.map((d) => resultHtml(d, state.q, messages)).join(''));
    more.hidden = shown >= results.length;
    more.textContent = moreLine(results.length - shown, messages);
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
