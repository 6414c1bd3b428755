/**
 * Search results that are smaller than a page: every numbered paragraph of a source
 * document and every glossary term is a record of its own in Pagefind's index, with its
 * own address (`/sources/mcof-2021-addendum/#p7`, `/glossary/#cbi`), title ("MCOF 2021
 * Addendum ¶7") and text. A lookup of a principle stated in one paragraph then finds that
 * paragraph, several paragraphs of one document can appear, and a long document no longer
 * wins a query by holding its words far apart. The pages themselves leave these blocks
 * out of their own index text (`data-pagefind-ignore`), so nothing is found twice.
 * Pure: the build hands the records to Pagefind as small HTML documents.
 */
import { citationPath, entryPath } from './addresses.ts';
import { readSourceStructure } from './source-text.ts';

export interface SearchRecord {
  /** Site path without the base, with the anchor. */
  url: string;
  title: string;
  /** The `type` facet and label: "Source paragraph", "Glossary term". */
  type: string;
  text: string;
  editions?: number[];
  /** Names the record answers to first (see `searchRanking.metaWeights.names`). */
  names?: string[];
}

export interface SourceForRecords {
  id: string;
  shortTitle: string;
  numbered: boolean;
  body: string;
}

/** The edition of the framework a source document belongs to, if it is one of the framework's own texts. */
export function sourceEdition(id: string): number[] {
  return id === 'mcof-2012' ? [2012] : id === 'mcof-2021-addendum' ? [2021] : [];
}

/** One record per numbered paragraph of each numbered source document. */
export function paragraphRecords(sources: SourceForRecords[]): SearchRecord[] {
  return sources
    .filter((s) => s.numbered)
    .flatMap((s) =>
      [...readSourceStructure(s.body).paragraphs.values()].map((p) => ({
        url: citationPath({ source: s.id, paragraph: p.n }),
        title: `${s.shortTitle} ¶${p.n}`,
        type: 'Source paragraph',
        text: p.text,
        editions: sourceEdition(s.id),
      })),
    );
}

export interface GlossaryForRecords {
  id: string;
  term: string;
  expansion?: string;
  aliases: string[];
  definition: string;
  official?: string;
  /** True when another page (a sector, approach, policy …) is the site's own page for the term. */
  owned: boolean;
}

/**
 * One record per glossary term. A term with no page of its own (do no harm, durable
 * solutions) answers to its names first; one that names a sector or approach leaves that
 * to the sector's or approach's page and comes after it.
 */
export function glossaryRecords(terms: GlossaryForRecords[]): SearchRecord[] {
  return terms.map((t) => ({
    url: entryPath('glossary', t.id),
    title: t.expansion ? `${t.term} — ${t.expansion}` : t.term,
    type: 'Glossary term',
    text: [t.definition, t.official ?? ''].filter(Boolean).join('\n'),
    names: t.owned ? undefined : [t.term, ...(t.expansion ? [t.expansion] : []), ...t.aliases],
  }));
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * The record as a small HTML document for Pagefind's `addHTMLFile`: its title and type as
 * metadata, its facets as filters, its text as the indexed body (the title is not repeated
 * in the body, so a document's name does not make every paragraph match). `lang` is the
 * index it joins: Pagefind keeps one index per language.
 */
export function recordHtml(record: SearchRecord, lang = 'en'): string {
  const meta = [
    `<span data-pagefind-meta="title:${escapeAttr(record.title)}"></span>`,
    `<span data-pagefind-meta="type:${escapeAttr(record.type)}"></span>`,
    ...(record.names?.length ? [`<span data-pagefind-meta="names:${escapeAttr(record.names.join(' · '))}"></span>`] : []),
    `<span data-pagefind-filter="type">${escapeText(record.type)}</span>`,
    ...(record.editions ?? []).map((e) => `<span data-pagefind-filter="edition">${e}</span>`),
  ].join('');
  const paragraphs = record.text
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeText(record.title)}</title></head><body><main data-pagefind-body><div hidden data-pagefind-ignore>${meta}</div>${paragraphs}</main></body></html>`;
}
