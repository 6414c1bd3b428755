/**
 * The one citation implementation: parse a `cite:` target, resolve a citation against the
 * parsed sources (or say why it cannot be), label it, address it, excerpt it. The model,
 * the Markdown plugin and the content check all use it, so a citation looks and behaves
 * the same on every page and fails the same way in every check.
 */
import { type Addresses, citationAnchor } from './addresses.ts';
import { interfaceText, type Translate } from './interface.ts';
import { sourceLocale } from './locales.ts';
import type { Citation } from './schemas/shared.ts';
import { readSourceStructure, type SourceStructure } from './source-text.ts';
import { closest } from './suggest.ts';
import { excerpt } from './text.ts';

export { citationAnchor } from './addresses.ts';

/** A citation as found in content (before its schema check, fields may be loose). */
export interface CitationLike {
  source: string;
  paragraph?: number;
  section?: string;
}

/** The source documents, each parsed once, and their short titles for labels. */
export interface SourceCatalogue {
  structures: Map<string, SourceStructure>;
  shortTitles: Map<string, string>;
}

export function sourceCatalogue(sources: { id: string; data: unknown; body?: string }[]): SourceCatalogue {
  return {
    structures: new Map(sources.map((s) => [s.id, readSourceStructure(s.body ?? '')])),
    shortTitles: new Map(sources.map((s) => [s.id, String((s.data as { shortTitle?: string } | undefined)?.shortTitle ?? s.id)])),
  };
}

/** Parses `source#p12` or `source#section-slug` (the part after `cite:` in Markdown). */
export function parseCiteTarget(target: string): CitationLike | undefined {
  const match = /^([a-z0-9-]+)#(?:p(\d+)|([a-z0-9-]+))$/.exec(target);
  if (!match) return undefined;
  return match[2] ? { source: match[1], paragraph: Number(match[2]) } : { source: match[1], section: match[3] };
}

/** Resolves a citation to its text, or explains why it cannot be resolved and how to fix it. */
export function resolveCitation(catalogue: Pick<SourceCatalogue, 'structures'>, cite: CitationLike): { text: string } | { message: string; fix: string } {
  const source = catalogue.structures.get(cite.source);
  if (!source) {
    const guess = closest(cite.source, catalogue.structures.keys());
    return {
      message: `source "${cite.source}" does not exist`,
      fix: guess
        ? `did you mean "${guess}"? Sources are the files in content/sources/`
        : `use the id of a file in content/sources/: ${[...catalogue.structures.keys()].join(', ')}`,
    };
  }
  if (cite.paragraph !== undefined) {
    const paragraph = source.paragraphs.get(cite.paragraph);
    if (paragraph) return { text: paragraph.text };
    const numbers = [...source.paragraphs.keys()];
    return {
      message: numbers.length
        ? `paragraph ${cite.paragraph} does not exist in "${cite.source}" (it has ¶${Math.min(...numbers)}–${Math.max(...numbers)})`
        : `"${cite.source}" has no numbered paragraphs`,
      fix: numbers.length
        ? 'cite a paragraph number as printed in the source'
        : `cite a section instead: { source: ${cite.source}, section: <heading slug> } (sections: ${[...source.sections.keys()].slice(0, 8).join(', ')}…)`,
    };
  }
  const section = source.sections.get(cite.section ?? '');
  if (section) return { text: section.text };
  const guess = closest(cite.section ?? '', source.sections.keys());
  return {
    message: `section "${cite.section}" does not exist in "${cite.source}"`,
    fix: guess ? `did you mean "${guess}"?` : `use the slug of one of its headings: ${[...source.sections.keys()].join(', ')}`,
  };
}

const english: Translate = (key, values) => interfaceText(sourceLocale, key, values);

/**
 * Human label, e.g. "MCOF 2021 Addendum ¶34" or "Operations and emergencies 2020, “Displacement tracking”",
 * punctuated as the language of `t` writes it (French « … »).
 */
export function citationLabel(cite: Citation, shortTitle: string, sectionTitle?: string, t: Translate = english): string {
  if (cite.paragraph !== undefined) return t('cite.paragraph', { source: shortTitle, paragraph: cite.paragraph });
  return t('cite.section', { source: shortTitle, section: sectionTitle ?? cite.section ?? '' });
}

/** Stable string key for de-duplicating and indexing citations. */
export function citationKey(cite: Citation): string {
  return `${cite.source}#${citationAnchor(cite)}`;
}

/** A citation ready to show: where it points, what it is called, and the cited text for the preview. */
export interface ResolvedCitation {
  key: string;
  href: string;
  label: string;
  /** The cited text, shortened for the hover/focus preview; empty when it cannot be resolved. */
  text: string;
  cite: Citation;
}

/** Length of the hover/focus preview of a citation, in characters. */
export const citationPreviewLength = 320;

/**
 * `resolved` may be passed by a caller that has already resolved the citation (to report an error);
 * `t` labels it in a page's language (English by default: open data, the book, the Markdown plugin).
 */
export function presentCitation(
  catalogue: SourceCatalogue,
  cite: Citation,
  at: Addresses,
  resolved = resolveCitation(catalogue, cite),
  t: Translate = english,
): ResolvedCitation {
  const structure = catalogue.structures.get(cite.source);
  const sectionTitle = cite.section ? structure?.sections.get(cite.section)?.title : undefined;
  return {
    key: citationKey(cite),
    href: at.cite(cite),
    label: citationLabel(cite, catalogue.shortTitles.get(cite.source) ?? cite.source, sectionTitle, t),
    text: 'text' in resolved ? excerpt(resolved.text, citationPreviewLength) : '',
    cite,
  };
}
