/**
 * Shapes the search index after the pages are written and before Pagefind indexes them
 * (this integration is listed before Starlight, whose hook runs Pagefind):
 *  - each page's glossary synonyms become its `aliases` metadata: searchable, never in an excerpt;
 *  - footnote sections are left out of the index (apparatus; a paragraph's record carries its notes);
 *  - every numbered source paragraph and glossary term is handed to Pagefind as a record of
 *    its own (src/core/search-records.ts), through the list Starlight's patched Pagefind step reads.
 * Per language: a page's synonyms come from the glossary in its language (EAH and "eau,
 * assainissement et hygiène" on a French page), and each language's index gets its own
 * records (Pagefind keeps one index per `<html lang>`), addressed to that language's pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { entryPath, localizedPath, splitLocalePath } from '../../src/core/addresses.ts';
import { pagefindRecordsKey, searchSynonymsClass } from '../../src/core/constants.ts';
import { interfaceDictionaries, interfaceText } from '../../src/core/interface.ts';
import { type LocaleCode, locales } from '../../src/core/locales.ts';
import { namedPages, ownerOf, searchMeta } from '../../src/core/search-ranking.ts';
import { glossaryRecords, paragraphRecords, recordHtml } from '../../src/core/search-records.ts';
import { type SynonymSource, synonymGroups, synonymsFor } from '../../src/core/search-synonyms.ts';
import { translateEntries } from '../../src/core/translations.ts';
import { projectContent } from '../../src/project/content.ts';
import { listFiles } from '../../src/project/files.ts';

/**
 * The indexed text of a page's <main>, read with an HTML parser: what decides which
 * glossary terms a page mentions. Scripts, styles and blocks left out of the index are left out.
 */
export function mainText(html: string): string {
  const parts: string[] = [];
  let inMain = 0;
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'main') inMain++;
        if (!inMain) return;
        if (skipping || name === 'script' || name === 'style' || attrs['data-pagefind-ignore'] !== undefined) skipping++;
      },
      ontext(text) {
        if (inMain && !skipping) parts.push(text);
      },
      onclosetag(name) {
        if (!inMain) return;
        if (skipping) skipping--;
        if (name === 'main') inMain--;
        parts.push(' ');
      },
    },
    { decodeEntities: true },
  );
  // Only the <main> element is read: parsing the header and sidebar of every page was most of this step.
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  parser.end(start < 0 ? '' : html.slice(start, end < 0 ? html.length : end + '</main>'.length));
  return parts.join('');
}

export function searchSynonyms(): AstroIntegration {
  return {
    name: 'mcof-atlas:search-synonyms',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { raw } = projectContent();
        const all = raw.entries;
        const dictionaries = interfaceDictionaries(raw.interfaces ?? []);
        const glossaryIn = (locale: LocaleCode) =>
          translateEntries(
            all.filter((e) => e.collection === 'glossary'),
            raw.translations ?? [],
            locale,
          );
        const groupsIn = new Map(
          locales.map(({ code }) => [
            code,
            synonymGroups(
              glossaryIn(code).map((e) => {
                const d = e.data as SynonymSource;
                return { term: d.term, kind: d.kind, expansion: d.expansion, aliases: d.aliases ?? [] };
              }),
            ),
          ]),
        );
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of listFiles(root).filter((f) => f.endsWith('.html'))) {
          let html = readFileSync(file, 'utf8');
          if (!html.includes('</main>')) continue;
          const footnotes = html.replaceAll(
            '<section data-footnotes="" class="footnotes">',
            '<section data-footnotes="" class="footnotes" data-pagefind-ignore="all">',
          );
          const { locale } = splitLocalePath(
            `/${file
              .slice(root.length)
              .replace(/^[\\/]+/, '')
              .replaceAll('\\', '/')}`,
          );
          const words = synonymsFor(mainText(footnotes), groupsIn.get(locale) ?? []);
          if (words.length) {
            const escaped = words.join(' · ').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
            html = footnotes.replace(
              '</main>',
              `<div hidden data-pagefind-ignore class="${searchSynonymsClass}" data-pagefind-meta="${searchMeta.aliases}:${escaped}"></div></main>`,
            );
            pages++;
          } else html = footnotes;
          writeFileSync(file, html);
        }
        const own = namedPages(all, (collection, id, data) => entryPath(collection, id, data));
        const paragraphs = paragraphRecords(
          all
            .filter((e) => e.collection === 'sources')
            .map((e) => {
              const d = e.data as { shortTitle: string; numbered: boolean };
              return { id: e.id, shortTitle: d.shortTitle, numbered: d.numbered, body: e.body ?? '' };
            }),
        );
        const records = locales.flatMap(({ code, lang }) => {
          const typeName = (type: string) =>
            interfaceText(code, type === 'Source paragraph' ? 'facet.type.sourceParagraph' : 'facet.type.glossaryTerm', {}, dictionaries);
          const terms = glossaryRecords(
            glossaryIn(code).map((e) => {
              const d = e.data as SynonymSource & { definition: { text: string }; official?: { text: string }; sector?: string };
              const names = { term: d.term, expansion: d.expansion, aliases: d.aliases ?? [], sector: d.sector };
              return { id: e.id, ...names, definition: d.definition.text, official: d.official?.text, owned: Boolean(ownerOf(names, own)) };
            }),
          );
          return [...paragraphs, ...terms].map((r) => ({ url: localizedPath(r.url, code), content: recordHtml({ ...r, type: typeName(r.type) }, lang) }));
        });
        (globalThis as Record<symbol, unknown>)[Symbol.for(pagefindRecordsKey)] = records;
        logger.info(`${records.length} paragraph and glossary records for search`);
        logger.info(`added glossary synonyms to ${pages} pages for search`);
      },
    },
  };
}
