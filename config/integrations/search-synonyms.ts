/**
 * After the pages are written and before Pagefind indexes them (this integration is
 * listed before Starlight, whose hook runs Pagefind), adds each page's glossary
 * synonyms as hidden, indexed text inside <main>.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchSynonymsClass } from '../../src/core/constants.ts';
import { type SynonymSource, synonymGroups, synonymsFor } from '../../src/core/search-synonyms.ts';
import { projectEntries } from '../../src/project/content.ts';
import { listFiles } from '../../src/project/files.ts';

/** Visible text of <main>, roughly: enough to tell which terms a page mentions. */
export function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<div hidden[^>]*data-pagefind-ignore[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, ' ');
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
