/**
 * The one place addresses are made. Every entry's address comes from its collection's
 * `path` in the registry; every address a page, component, plugin or script hands to a
 * browser goes through `withBase`, so the whole site can live under `BASE_PATH`.
 */
import { type CollectionName, collections } from './collections.ts';
import { withBase } from './deploy.ts';
import type { Citation } from './schemas/shared.ts';

/** The anchor of a cited place: `p34` for ¶34, the heading slug for a section. */
export function citationAnchor(cite: Citation): string {
  return cite.paragraph !== undefined ? `p${cite.paragraph}` : (cite.section ?? '');
}

/** An entry's address inside the site, without the base: `/sectors/health/`. */
export function entryPath(collection: CollectionName, id: string, data?: unknown): string {
  return collections[collection].path(id, data);
}

/** Site path of a cited place: `/sources/mcof-2021-addendum/#p34`. */
export function citationPath(cite: Citation): string {
  return `${entryPath('sources', cite.source)}#${citationAnchor(cite)}`;
}

export interface Addresses {
  /** An entry's address as a browser follows it (base included). */
  entry(collection: CollectionName, id: string, data?: unknown): string;
  /** A fixed page of the site (`/matrix/`) or a file (`/data/mcof.json`), base included. */
  page(sitePath: string): string;
  /** A citation's target, base included. */
  cite(cite: Citation): string;
}

export function addresses(base = '/'): Addresses {
  return {
    entry: (collection, id, data) => withBase(base, entryPath(collection, id, data)),
    page: (sitePath) => withBase(base, sitePath),
    cite: (cite) => withBase(base, citationPath(cite)),
  };
}

/**
 * The same addresses inside a book (the EPUB and the PDF), where every place is an anchor
 * in one document: the site path with its slashes and `#` turned into hyphens, so
 * `/sources/mcof-2021-addendum/#p34` becomes `sources-mcof-2021-addendum-p34` and
 * `/sectors/health/` becomes `sectors-health`. Derived from the site path, so the two
 * cannot disagree on what a citation points at.
 */
export function bookAnchor(sitePath: string): string {
  return sitePath.replace(/^\/+|\/+$/g, '').replace(/[/#]+/g, '-') || 'home';
}

/** Addresses as a book hands them out: `#<bookAnchor>` (a renderer maps the anchor to its chapter file or PDF label). */
export function bookAddresses(): Addresses {
  return {
    entry: (collection, id, data) => `#${bookAnchor(entryPath(collection, id, data))}`,
    page: (sitePath) => `#${bookAnchor(sitePath)}`,
    cite: (cite) => `#${bookAnchor(citationPath(cite))}`,
  };
}
