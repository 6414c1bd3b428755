/**
 * Which matrix rows stay visible for a set of filters, and how filters read from and
 * write to the page URL (`/matrix/2012/?crossCutting=gender-equality&q=health`).
 * Each edition has its own page (/matrix/ and /matrix/2012/); links written before that
 * named the edition in the query (`/matrix/?edition=2012&q=health`) still lead there.
 * Pure so it is unit-tested; the browser script applies it to the table rows.
 */
import type { Translate } from './interface.ts';

export type MatrixEdition = '2021' | '2012';

export interface MatrixFilters {
  crossCutting: string;
  system: string;
  approach: string;
  q: string;
}

export interface RowFacets {
  crossCutting: string[];
  systems: string[];
  approaches: string[];
  text: string;
}

export const defaultFilters: MatrixFilters = { crossCutting: '', system: '', approach: '', q: '' };

/** Reads the matrix filters from a query string; never throws, and lists what it could not read, in the words of `t`. */
export function readFilters(search: string, t: Translate): { filters: MatrixFilters; unread: string[] } {
  const p = new URLSearchParams(search);
  const unread: string[] = [];
  // An old link's edition is read by editionRedirect; only an edition that does not exist is worth a word.
  const edition = p.get('edition');
  if (edition !== null && edition !== '2012' && edition !== '2021') unread.push(t('unread.edition', { edition: edition.slice(0, 20) }));
  for (const key of new Set(p.keys())) if (key !== 'edition' && !(key in defaultFilters)) unread.push(t('unread.parameter', { name: key.slice(0, 60) }));
  const filters: MatrixFilters = {
    crossCutting: p.get('crossCutting') ?? '',
    system: p.get('system') ?? '',
    approach: p.get('approach') ?? '',
    q: (p.get('q') ?? '').slice(0, 200),
  };
  return { filters, unread };
}

export function filtersFromSearch(search: string): MatrixFilters {
  return readFilters(search, () => '').filters;
}

export function filtersToSearch(f: MatrixFilters): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/**
 * Where an old link (`?edition=2012&q=health`) opened on the page of edition `here` belongs:
 * the other edition's page and the rest of its query, or undefined when it is on the right page.
 */
export function editionRedirect(search: string, here: MatrixEdition = '2021'): { edition: MatrixEdition; search: string } | undefined {
  const p = new URLSearchParams(search);
  const edition = p.get('edition');
  if ((edition !== '2012' && edition !== '2021') || edition === here) return undefined;
  p.delete('edition');
  const rest = p.toString();
  return { edition, search: rest ? `?${rest}` : '' };
}

/** `href` with its query replaced by `search` (its fragment kept): the edition links carry the filters across. */
export function withSearch(href: string, search: string): string {
  const hash = href.indexOf('#');
  const fragment = hash < 0 ? '' : href.slice(hash);
  const beforeHash = hash < 0 ? href : href.slice(0, hash);
  const query = beforeHash.indexOf('?');
  return `${query < 0 ? beforeHash : beforeHash.slice(0, query)}${search}${fragment}`;
}

export function rowMatches(row: RowFacets, f: MatrixFilters): boolean {
  if (f.crossCutting && !row.crossCutting.includes(f.crossCutting)) return false;
  if (f.system && !row.systems.includes(f.system)) return false;
  if (f.approach && !row.approaches.includes(f.approach)) return false;
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => row.text.includes(w));
}
