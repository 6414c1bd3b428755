/**
 * After the pages are written and before Pagefind indexes them (this integration is
 * listed before Starlight, whose hook runs Pagefind), adds each page's glossary
 * synonyms as hidden, indexed text inside <main>.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { searchSynonymsClass } from '../../src/core/constants.ts';
import { type SynonymSource, synonymGroups, synonymsFor } from '../../src/core/search-synonyms.ts';
import { projectEntries } from '../../src/project/content.ts';
import { listFiles } from '../../src/project/files.ts';

/**
 * The visible text of a page's <main>, read with an HTML parser: what decides which
 * glossary terms a page mentions. Scripts, styles and hidden blocks are left out.
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
        if (skipping || name === 'script' || name === 'style' || (attrs.hidden !== undefined && attrs['data-pagefind-ignore'] !== undefined)) skipping++;
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
  parser.end(html);
  return parts.join('');
}

export function searchSynonyms(): AstroIntegration {
  return {
    name: 'mcof-atlas:search-synonyms',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const entries = projectEntries()
          .filter((e) => e.collection === 'glossary')
          .map((e) => {
            const d = e.data as SynonymSource;
            return { term: d.term, kind: d.kind, expansion: d.expansion, aliases: d.aliases ?? [] };
          });
        const groups = synonymGroups(entries);
        let pages = 0;
        for (const file of listFiles(fileURLToPath(dir)).filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('</main>')) continue;
          const words = synonymsFor(mainText(html), groups);
          if (!words.length) continue;
          const escaped = words.join(' · ').replace(/&/g, '&amp;').replace(/</g, '&lt;');
          writeFileSync(file, html.replace('</main>', `<div hidden class="${searchSynonymsClass}">${escaped}</div></main>`));
          pages++;
        }
        logger.info(`added glossary synonyms to ${pages} pages for search`);
      },
    },
  };
}
