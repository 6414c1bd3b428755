/** Fails the build when any built page links to a missing page, file or anchor. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/files.ts';
import { findBrokenLinks, type BuiltPage } from '../lib/link-check.ts';

export function linkCheck(): AstroIntegration {
  return {
    name: 'mcof-atlas:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root).map((f) => relative(root, f).split(sep).join('/'));
        // Each page is read when checked, not all up front: at thousands of pages, holding
        // every page's HTML at once was the build's largest use of memory.
        const pages: BuiltPage[] = files.filter((f) => f.endsWith('.html')).map((file) => ({ file, get html() { return readFileSync(join(root, file), 'utf8'); } }));
        // Pagefind writes its files after this hook; links to them are checked by the crawl test.
        const others = new Set([...files.filter((f) => !f.endsWith('.html')), 'pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css']);
        const broken = findBrokenLinks(pages, others);
        if (broken.length) {
          const list = broken.slice(0, 50).map((b) => `  ${b.page}: ${b.link} (${b.reason})`).join('\n');
          throw new Error(`MCOF Atlas link check: ${broken.length} broken internal link(s)\n${list}\nFix the link in the content or page that produces it.`);
        }
        logger.info(`link check: ${pages.length} pages, no broken internal links or anchors`);
      },
    },
  };
}
