/** Enhances the matrix tables: edition switch and filters, kept in the URL. */
import { filtersToSearch, type MatrixFilters, readFilters, rowMatches } from '../core/matrix-filter.ts';
import { scriptText } from './page-text.ts';
import { showUnread } from './unread-notice.ts';

export function enhanceMatrix(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form.matrix-filters');
  if (!form) return;
  const t = scriptText(form);
  form.hidden = false;
  doc.querySelectorAll<HTMLElement>('.matrix-edition-heading').forEach((h) => {
    h.hidden = true;
  });
  const status = doc.getElementById('matrix-status')!;
  const field = (name: keyof MatrixFilters) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList;

  const read = (): MatrixFilters => ({
    edition: ((field('edition') as RadioNodeList).value || '2021') as MatrixFilters['edition'],
    crossCutting: (field('crossCutting') as HTMLSelectElement).value,
    system: (field('system') as HTMLSelectElement).value,
    approach: (field('approach') as HTMLSelectElement).value,
    q: (field('q') as HTMLInputElement).value,
  });
  const write = (f: MatrixFilters) => {
    (field('edition') as RadioNodeList).value = f.edition;
    (field('crossCutting') as HTMLSelectElement).value = f.crossCutting;
    (field('system') as HTMLSelectElement).value = f.system;
    (field('approach') as HTMLSelectElement).value = f.approach;
    (field('q') as HTMLInputElement).value = f.q;
  };
  const apply = (f: MatrixFilters, push: boolean) => {
    let shown = 0;
    let total = 0;
    doc.querySelectorAll<HTMLElement>('.matrix-wrap').forEach((wrap) => {
      const active = wrap.dataset.edition === f.edition;
      wrap.hidden = !active;
      if (!active) return;
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
    });
    status.textContent = t('matrix.status', { shown, total, edition: f.edition });
    const url = `${window.location.pathname}${filtersToSearch(f)}${window.location.hash}`;
    if (push) window.history.replaceState(null, '', url);
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
