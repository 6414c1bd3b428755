/**
 * How search ranks, shared by the header search, the /search/ page and the offline copy.
 *
 * - Pagefind's BM25 over each page's text, with its length penalty lowered (0.15 instead
 *   of 0.75) so a paragraph quoted word for word is not buried under short pages that
 *   merely mention it.
 * - Metadata boosts (Pagefind 1.5+ `metaWeights`): a page's `names` (its title, acronym and
 *   the glossary's aliases for the thing it is the site's own page for) weigh most, so the
 *   sector, approach, policy or system page comes first for its name; `formerly` (the 2012
 *   names a 2021 sector took over) next, so an old name leads to today's sector; the
 *   glossary synonyms a page mentions (`aliases`) count like body text, and never show in
 *   an excerpt because metadata is not part of it.
 */
import { fillPlaceholders } from './placeholders.ts';

export const searchRanking = {
  pageLength: 0.15,
  termFrequency: 1.0,
  termSaturation: 1.4,
  termSimilarity: 1.0,
  metaWeights: { title: 5, names: 12, formerly: 14, aliases: 1 },
};

/** Metadata keys the build writes and the ranking above reads. */
export const searchMeta = { names: 'names', formerly: 'formerly', aliases: 'aliases' } as const;

/** A page that is the site's own page for a thing: a sector, approach, cross-cutting issue, policy or system. */
export interface NamedPage {
  url: string;
  /** The collection's id of the entry (a 2021 sector's id is what glossary terms point at). */
  id: string;
  title: string;
  acronym?: string;
  /** Other names the page is known by (a phase's 2021 framing, "Invest in anticipatory action"). */
  aliases?: string[];
}

export interface GlossaryNames {
  term: string;
  expansion?: string;
  aliases: string[];
  /** The 2021 sector this term names, if the glossary says so. */
  sector?: string;
}

/** Lower case, words only: "Cash-based interventions" and "cash based interventions" compare equal. */
export function normalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The page a glossary term is the name of: the page whose title or acronym is the term,
 * its expansion or an alias; else the sector the term points at, when one of the term's
 * names contains the sector's title or the other way round ("Displacement Tracking Matrix"
 * and Displacement tracking; not GBV and Protection, which is only related).
 */
export function ownerOf(term: GlossaryNames, pages: NamedPage[]): NamedPage | undefined {
  const names = [term.term, term.expansion ?? '', ...term.aliases].filter(Boolean).map(normalName);
  const exact = pages.find((p) => names.includes(normalName(p.title)) || (p.acronym !== undefined && names.includes(normalName(p.acronym))));
  if (exact) return exact;
  const sector = term.sector ? pages.find((p) => p.id === term.sector) : undefined;
  const title = sector ? normalName(sector.title) : '';
  return sector && names.some((n) => ` ${n} `.includes(` ${title} `) || ` ${title} `.includes(` ${n} `)) ? sector : undefined;
}

export interface PageNames {
  /** Every name the page is the site's own page for (title, acronym, glossary term and aliases). */
  names: string[];
  /** 2012 sector names this 2021 sector took over. */
  formerly: string[];
}

/**
 * The names each own page answers to, by URL. `formerlyOf(page)` gives the 2012 names of
 * the sectors a 2021 sector succeeds (from the crosswalk).
 */
export function pageNames(pages: NamedPage[], glossary: GlossaryNames[], formerlyOf: (page: NamedPage) => string[] = () => []): Map<string, PageNames> {
  const byUrl = new Map<string, PageNames>();
  for (const p of pages) byUrl.set(p.url, { names: [p.title, ...(p.acronym ? [p.acronym] : []), ...(p.aliases ?? [])], formerly: formerlyOf(p) });
  for (const term of glossary) {
    const owner = ownerOf(term, pages);
    if (!owner) continue;
    byUrl.get(owner.url)!.names.push(term.term, ...(term.expansion ? [term.expansion] : []), ...term.aliases);
  }
  for (const entry of byUrl.values()) {
    const seen = new Set<string>();
    entry.names = entry.names.filter((n) => !seen.has(normalName(n)) && seen.add(normalName(n)));
  }
  return byUrl;
}

/** The one line above a 2021 sector's result when the query names a 2012 sector it took over (`template`: the page's `search.formerName`). */
export function formerNameLine(query: string, formerly: string[], title: string, template = '2012: {old} → now {title}'): string | undefined {
  const q = normalName(query);
  if (q.length < 3) return undefined;
  const old = formerly.find((f) => {
    const name = normalName(f);
    // The whole old name in the query, or two or more of its words in a row ("transport assistance").
    return q.includes(name) || (q.includes(' ') && ` ${name} `.includes(` ${q} `));
  });
  return old ? fillPlaceholders(template, { old, title }) : undefined;
}

/** Collections whose entries each have a page that is the site's own page for the thing. */
export const namedCollections = ['sectors', 'approaches', 'crossCutting', 'policies', 'systems'] as const;

/**
 * The own pages among some entries (2021 sectors, approaches, cross-cutting issues,
 * policies, systems; in that order), with their address from `urlOf` (with or without the base).
 */
export function namedPages(
  entries: { collection: string; id: string; data: unknown }[],
  urlOf: (collection: (typeof namedCollections)[number], id: string, data: unknown) => string,
): NamedPage[] {
  // Sectors first: when a sector and a cluster share a name (CCCM), the sector is the thing's page.
  const order = (c: string) => namedCollections.indexOf(c as never);
  return [...entries]
    .sort((a, b) => order(a.collection) - order(b.collection))
    .flatMap((e) => {
      const d = e.data as { title?: string; acronym?: string; edition?: number };
      const collection = namedCollections.find((c) => c === e.collection);
      if (!collection || !d.title || (collection === 'sectors' && d.edition !== 2021)) return [];
      return [{ url: urlOf(collection, e.id, e.data), id: e.id, title: d.title, ...(d.acronym ? { acronym: d.acronym } : {}) }];
    });
}
