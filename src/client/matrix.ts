/** Enhances the matrix table of one edition's page: filters kept in the URL and carried by the links to the other edition. */
import { editionRedirect, filtersToSearch, type MatrixEdition, type MatrixFilters, readFilters, rowMatches, withSearch } from '../core/matrix-filter.ts';
import { scriptText } from './page-text.ts';
import { showUnread } from './unread-notice.ts';

export function enhanceMatrix(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form.matrix-filters');
  const wrap = doc.querySelector<HTMLElement>('.matrix-wrap');
  if (!form || !wrap) return;
  const edition = wrap.dataset.edition as MatrixEdition;
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('.matrix-editions a[data-edition]')];
  // A link from before each edition had its page (?edition=2012) goes on to that page, before anything is drawn.
  const moved = editionRedirect(window.location.search, edition);
  const target = moved && links.find((a) => a.dataset.edition === moved.edition);
  if (moved && target) {
    window.location.replace(withSearch(target.href, moved.search) + window.location.hash);
    return;
  }
  const t = scriptText(form);
  form.hidden = false;
  const status = doc.getElementById('matrix-status')!;
  const field = (name: keyof MatrixFilters) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const hrefs = links.map((a) => a.getAttribute('href') ?? '');

  const read = (): MatrixFilters => ({
    crossCutting: field('crossCutting').value,
    system: field('system').value,
    approach: field('approach').value,
    q: field('q').value,
  });
  const write = (f: MatrixFilters) => {
    for (const [name, value] of Object.entries(f)) field(name as keyof MatrixFilters).value = value;
  };
  const apply = (f: MatrixFilters, push: boolean) => {
    let shown = 0;
    let total = 0;
    wrap.querySelectorAll<HTMLTableRowElement>('tbody tr').forEach((row) => {
      const facets = {
        crossCutting: (row.dataset.crossCutting ?? '').split(' ').filter(Boolean),
        systems: (row.dataset.systems ?? '').split(' ').filter(Boolean),
        approaches: (row.dataset.approaches ?? '').split(' ').filter(Boolean),
        text: row.dataset.text ?? '',
      };
      const match = rowMatches(facets, f);
      row.hidden = !match;
      total++;
      if (match) shown++;
    });
    status.textContent = t('matrix.status', { shown, total, edition });
    const search = filtersToSearch(f);
    links.forEach((a, i) => {
      a.setAttribute('href', withSearch(hrefs[i], search));
    });
    if (push) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  };
  const { filters, unread } = readFilters(window.location.search, t);
  write(filters);
  showUnread(doc, form, unread, t);
  apply(read(), false);
  form.addEventListener('input', () => apply(read(), true));
  form.addEventListener('change', () => apply(read(), true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(read(), true);
  });
  form.addEventListener('reset', () => window.setTimeout(() => apply(read(), true)));
}
