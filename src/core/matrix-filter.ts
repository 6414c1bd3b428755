/**
 * Which matrix rows stay visible for a set of filters, and how filters read from and
 * write to the page URL (`/matrix/?edition=2012&crossCutting=gender-equality&q=health`).
 * Pure so it is unit-tested; the browser script applies it to the table rows.
 */
import type { Translate } from './interface.ts';

export interface MatrixFilters {
  edition: '2021' | '2012';
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

export const defaultFilters: MatrixFilters = { edition: '2021', crossCutting: '', system: '', approach: '', q: '' };

/** Reads the matrix filters from a query string; never throws, and lists what it could not read, in the words of `t`. */
export function readFilters(search: string, t: Translate): { filters: MatrixFilters; unread: string[] } {
  const p = new URLSearchParams(search);
  const unread: string[] = [];
  const edition = p.get('edition');
  if (edition !== null && edition !== '2012' && edition !== '2021') unread.push(t('unread.edition', { edition: edition.slice(0, 20) }));
  for (const key of new Set(p.keys())) if (!(key in defaultFilters)) unread.push(t('unread.parameter', { name: key.slice(0, 60) }));
  const filters: MatrixFilters = {
    edition: edition === '2012' ? '2012' : '2021',
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
  for (const [k, v] of Object.entries(f)) if (v && !(k === 'edition' && v === '2021')) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function rowMatches(row: RowFacets, f: MatrixFilters): boolean {
  if (f.crossCutting && !row.crossCutting.includes(f.crossCutting)) return false;
  if (f.system && !row.systems.includes(f.system)) return false;
  if (f.approach && !row.approaches.includes(f.approach)) return false;
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => row.text.includes(w));
}
