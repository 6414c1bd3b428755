/**
 * The header's search dialog (components/starlight/Search.astro), loaded on first use: the
 * /search/ page's query handling (search-engine.ts) over Pagefind's JS API, five results at
 * a time, each fetched (`result.data()`) only when shown.
 */

import { answerQuery, dialogResultHtml, loadPagefind, moreLine, readMessages, resultsPerBatch, type SearchResult, statusLine } from './search-engine.ts';

/** How long typing pauses before a query runs, so a word typed fast costs one search. */
const typingPause = 150;

/** The spelling vocabulary is the search page's own (its `#search-vocabulary`), fetched only when a word is unknown. */
async function searchPageVocabulary(searchPage: string): Promise<string[]> {
  try {
    const html = await (await fetch(searchPage)).text();
    const json = new DOMParser().parseFromString(html, 'text/html').getElementById('search-vocabulary')?.textContent;
    return JSON.parse(json || '[]') as string[];
  } catch {
    return [];
  }
}

export function startSearchDialog(root: HTMLElement): void {
  const dialog = root.querySelector('dialog')!;
  const input = dialog.querySelector('input')!;
  const status = dialog.querySelector<HTMLElement>('.dialog-status')!;
  const widened = dialog.querySelector<HTMLElement>('.dialog-widened')!;
  const list = dialog.querySelector<HTMLOListElement>('.dialog-results')!;
  const more = dialog.querySelector<HTMLButtonElement>('.dialog-more')!;
  const all = dialog.querySelector<HTMLAnchorElement>('.dialog-all a')!;
  const messages = readMessages(root);
  // The search page in the page's language: where the header button's form goes without JavaScript.
  const searchPage = root.querySelector<HTMLFormElement>('form.site-search-open')!.action;
  let vocabulary: Promise<string[]> | undefined;
  let run = 0;
  let query = '';
  let results: SearchResult[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const withQuery = (q: string) => `${searchPage}?q=${encodeURIComponent(q)}`;

  /** Fetches the next five results' data (only theirs); what it returns adds them to the list. */
  const nextBatch = async (mine: number) => {
    const data = await Promise.all(results.slice(shown, shown + resultsPerBatch).map((r) => r.data()));
    if (mine !== run) return undefined;
    return () => {
      shown += data.length;
      list.insertAdjacentHTML('beforeend', data.map((d) => dialogResultHtml(d, query, messages)).join(''));
      more.hidden = shown >= results.length;
      more.textContent = moreLine(results.length - shown, messages);
    };
  };

  const update = async () => {
    const mine = ++run;
    query = input.value.trim();
    all.href = query ? withQuery(query) : searchPage;
    if (!query) {
      list.innerHTML = '';
      widened.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const pagefind = await loadPagefind({ worker: false });
    const answer = await answerQuery(pagefind, query, {
      messages,
      vocabulary: () => (vocabulary ??= searchPageVocabulary(searchPage)),
      suggestionHref: withQuery,
      current: () => mine === run,
    });
    if (!answer) return;
    results = answer.search.results;
    shown = 0;
    const show = await nextBatch(mine);
    if (!show) return;
    // Everything of one answer appears at once: the line, the results, the count.
    widened.hidden = !answer.widened;
    widened.innerHTML = answer.widened ?? '';
    list.innerHTML = '';
    show();
    status.textContent = statusLine(results.length, query, messages);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), typingPause);
  });
  more.addEventListener('click', () => {
    const next = list.children.length;
    void nextBatch(run).then((show) => {
      show?.();
      list.querySelectorAll<HTMLAnchorElement>(':scope > li > .result-link')[next]?.focus();
    });
  });
  // A suggestion stays in the dialog: it becomes the query.
  widened.addEventListener('click', (e) => {
    const link = (e.target as Element).closest('a');
    if (!link) return;
    e.preventDefault();
    e.stopPropagation();
    input.value = link.textContent ?? '';
    input.focus();
    void update();
  });
  // Arrow keys walk the input and the result links; Tab reaches them too.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0) return;
    e.preventDefault();
    stops[Math.max(0, Math.min(stops.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
  });
  // Keys typed before this code loaded are already in the input: search them now.
  if (input.value.trim()) void update();
  // Pagefind starts loading with the dialog's code, so the first query does not wait for it.
  void loadPagefind({ worker: false });
}
