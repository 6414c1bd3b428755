/**
 * The "On this page" entries of a page built from components: its h2 and h3 headings that
 * carry an id, read from the rendered HTML so the list can never drift from the page.
 * Left out: headings without an id (nothing to link to), visually hidden ones, and the
 * numbered source paragraphs (`.para-heading`), which are anchors, not sections.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

export interface PageHeading { depth: 2 | 3; slug: string; text: string }

const skipped = new Set(['sr-only', 'para-heading']);

export function headingsFromHtml(html: string): PageHeading[] {
  const tree = fromHtml(html, { fragment: true });
  const headings: PageHeading[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const depth = child.tagName === 'h2' ? 2 : child.tagName === 'h3' ? 3 : undefined;
      const id = child.properties.id;
      const classes = (child.properties.className as string[] | undefined) ?? [];
      if (depth && typeof id === 'string' && id && !classes.some((c) => skipped.has(c))) {
        headings.push({ depth, slug: id, text: toString(child).replace(/\s+/g, ' ').trim() });
      }
      walk(child);
    }
  };
  walk(tree);
  return headings;
}
