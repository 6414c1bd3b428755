/**
 * The /policies/ filters, by 2021 sector and by kind of instrument, read from and written
 * to the page URL (`/policies/?sector=health&kind=framework`) so a trainer can link a
 * filtered list. Pure so it is unit-tested; src/client/policy-filter.ts applies it.
 */
import type { Translate } from './interface.ts';

export interface PolicyFilters {
  sector: string;
  kind: string;
}

/** What one policy is filtered on: the 2021 sectors it anchors and its kind. */
export interface PolicyFacets {
  sectors: readonly string[];
  kind: string;
}

export const noPolicyFilters: PolicyFilters = { sector: '', kind: '' };

/**
 * Reads the filters from a query string; never throws. A parameter or a value the page does
 * not know is left out and listed, in the words of `t`, for the "could not be read" line.
 */
export function readPolicyFilters(
  search: string,
  known: { sectors: readonly string[]; kinds: readonly string[] },
  t: Translate,
): { filters: PolicyFilters; unread: string[] } {
  const p = new URLSearchParams(search);
  const unread: string[] = [];
  for (const key of new Set(p.keys())) if (!(key in noPolicyFilters)) unread.push(t('unread.parameter', { name: key.slice(0, 60) }));
  const value = (name: keyof PolicyFilters, allowed: readonly string[]) => {
    const v = p.get(name) ?? '';
    if (v && !allowed.includes(v)) {
      unread.push(t('unread.parameter', { name: `${name}=${v.slice(0, 60)}` }));
      return '';
    }
    return v;
  };
  return { filters: { sector: value('sector', known.sectors), kind: value('kind', known.kinds) }, unread };
}

/** The query string for a set of filters: empty filters leave no parameter. */
export function policyFiltersToSearch(f: PolicyFilters): string {
  const p = new URLSearchParams();
  if (f.sector) p.set('sector', f.sector);
  if (f.kind) p.set('kind', f.kind);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function policyMatches(policy: PolicyFacets, f: PolicyFilters): boolean {
  return (!f.sector || policy.sectors.includes(f.sector)) && (!f.kind || policy.kind === f.kind);
}
