/** Fails the build when any built page links to a missing page, file or anchor. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type BuiltPage, findBrokenLinks } from '../../src/core/link-check.ts';
import { listFiles } from '../../src/project/files.ts';
import { contentError } from '../errors.ts';

/** Checks the pages in `root` (the build's output folder), served under `base`. */
export function checkBuiltLinks(root: string, base: string): { pages: number } {
  const files = listFiles(root).map((f) => relative(root, f).split(sep).join('/'));
  // Each page is read when checked, not all up front: at thousands of pages, holding
  // every page's HTML at once was the build's largest use of memory.
  const pages: BuiltPage[] = files
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({
      file,
      get html() {
        return readFileSync(join(root, file), 'utf8');
      },
    }));
  const others = new Set(files.filter((f) => !f.endsWith('.html')));
  const broken = findBrokenLinks(pages, others, base);
  if (broken.length) {
    const list = broken
      .slice(0, 50)
      .map((b) => `  ${b.page}: ${b.link} (${b.reason})`)
      .join('\n');
    throw contentError(`MCOF Atlas link check: ${broken.length} broken internal link(s)\n${list}`, 'Fix the link in the content or page that produces it.');
  }
  return { pages: pages.length };
}
