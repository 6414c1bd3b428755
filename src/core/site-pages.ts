/**
 * The pages a build makes, as site paths, known before anything renders, so the content
 * check can refuse a link in a Markdown body that goes nowhere. Fixed pages are the
 * routes in src/pages/ that are not one per entry (test/e2e/build-smoke.test.ts checks
 * this list against the built site); the rest comes from the registry's addresses.
 * Every page exists in every language (`/fr/sectors/health/`); files are shared.
 */
import { entryPath, localizedPath } from './addresses.ts';
import type { CollectionName } from './collections.ts';
import { translationLocales } from './locales.ts';
import type { SourceStructure } from './source-text.ts';

export const fixedPages = [
  '/',
  '/sectors/',
  '/sectors/2012/',
  '/sectors/crosswalk/',
  '/phases/',
  '/matrix/',
  '/matrix/2012/',
  '/matrix/planner/',
  '/approaches/',
  '/cross-cutting/',
  '/policies/',
  '/guidance/',
  '/systems/',
  '/glossary/',
  '/sources/',
  '/download/',
  '/organization/',
  '/search/',
  '/translations/',
  '/data/mcof.json',
  '/data/translation-status.json',
  '/data/mcof.schema.json',
  '/data/matrix.csv',
] as const;

const phaseIds = ['before', 'during', 'after'];

interface Entry {
  collection: CollectionName;
  id: string;
  data: unknown;
}

/** Every site path the build will write, and the anchors known on the pages that hold entries. */
export function sitePages(entries: Entry[], structures: Map<string, SourceStructure>): { pages: Set<string>; anchors: Map<string, Set<string>> } {
  const pages = new Set<string>(fixedPages);
  const anchors = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.collection === 'crosswalk') continue;
    const [page, anchor] = entryPath(e.collection, e.id, e.data).split('#');
    pages.add(page);
    if (anchor) anchors.set(page, (anchors.get(page) ?? new Set()).add(anchor));
    if (e.collection === 'sectors' && (e.data as { edition?: number }).edition === 2021) {
      for (const phase of phaseIds) pages.add(`${page}${phase}/`);
      pages.add(`${page}handout/`);
    }
  }
  for (const [id, structure] of structures) {
    const page = entryPath('sources', id);
    anchors.set(page, new Set([...[...structure.paragraphs.keys()].map((n) => `p${n}`), ...structure.sections.keys()]));
  }
  for (const { code } of translationLocales) pages.add(`/data/mcof-${code}.json`);
  for (const page of [...pages]) {
    for (const { code } of translationLocales) {
      const localized = localizedPath(page, code);
      if (localized === page) continue;
      pages.add(localized);
      const known = anchors.get(page);
      if (known) anchors.set(localized, known);
    }
  }
  return { pages, anchors };
}
