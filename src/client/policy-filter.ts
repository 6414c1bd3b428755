/**
 * /policies/: shows the sector and kind filters, narrows the list, says "Showing n of N" and
 * keeps the choice in the URL (`?sector=health&kind=framework`). Without this script the page
 * shows every policy; the rule itself is core/policy-filter.ts.
 */
import { type PolicyFilters, policyFiltersToSearch, policyMatches, readPolicyFilters } from '../core/policy-filter.ts';
import { scriptText } from './page-text.ts';
import { showUnread } from './unread-notice.ts';

export function enhancePolicyList(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form.policy-filters');
  const status = doc.getElementById('policy-status');
  const none = doc.querySelector<HTMLElement>('.policy-none');
  if (!form || !status || !none) return;
  const t = scriptText(form);
  const sector = form.elements.namedItem('sector') as HTMLSelectElement;
  const kind = form.elements.namedItem('kind') as HTMLSelectElement;
  const values = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);
  const rows = [...doc.querySelectorAll<HTMLElement>('.policy-list > li')].map((li) => ({
    li,
    facets: { sectors: (li.dataset.sectors ?? '').split(' ').filter(Boolean), kind: li.dataset.kind ?? '' },
  }));

  const apply = (f: PolicyFilters, keepInUrl: boolean) => {
    let shown = 0;
    for (const row of rows) {
      const match = policyMatches(row.facets, f);
      row.li.hidden = !match;
      if (match) shown++;
    }
    none.hidden = shown > 0;
    status.textContent = t('policies.filter.status', { shown, total: rows.length });
    if (keepInUrl) window.history.replaceState(null, '', `${window.location.pathname}${policyFiltersToSearch(f)}${window.location.hash}`);
  };
  const read = (): PolicyFilters => ({ sector: sector.value, kind: kind.value });

  const { filters, unread } = readPolicyFilters(window.location.search, { sectors: values(sector), kinds: values(kind) }, t);
  sector.value = filters.sector;
  kind.value = filters.kind;
  form.hidden = false;
  showUnread(doc, form, unread, t);
  apply(filters, false);
  form.addEventListener('change', () => apply(read(), true));
  // A reset clears the selects after its event: read them once it has.
  form.addEventListener('reset', () => setTimeout(() => apply(read(), true)));
  // The list follows each change already; Apply (a form needs a way to submit) applies it again.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(read(), true);
  });
}
