/** How a citation looks and where it points: pure helpers used by pages and plugins. */
import type { Citation } from '../schemas/shared.ts';

/** The anchor of a cited place: `p34` for ¶34, the heading slug for a section. */
export function citationAnchor(cite: Citation): string {
  return cite.paragraph !== undefined ? `p${cite.paragraph}` : (cite.section ?? '');
}

/** Root-relative address of the cited place, e.g. `/sources/mcof-2021-addendum/#p34`. */
export function citationHref(cite: Citation): string {
  return `/sources/${cite.source}/#${citationAnchor(cite)}`;
}

/** Human label, e.g. "MCOF 2021 Addendum ¶34" or "Operations and emergencies 2020, “Displacement tracking”". */
export function citationLabel(cite: Citation, shortTitle: string, sectionTitle?: string): string {
  if (cite.paragraph !== undefined) return `${shortTitle} ¶${cite.paragraph}`;
  return `${shortTitle}, “${sectionTitle ?? cite.section}”`;
}

/** Stable string key for de-duplicating and indexing citations. */
export function citationKey(cite: Citation): string {
  return `${cite.source}#${citationAnchor(cite)}`;
}
