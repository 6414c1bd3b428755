/**
 * The "On this page" entries of a page built from components: its h2 and h3 headings that
 * carry an id, read from the rendered HTML so the list can never drift from the page.
 * Left out: headings without an id (nothing to link to), visually hidden ones, and the
 * numbered source paragraphs (`.para-heading`), which are anchors, not sections.
 *
 * It scans for the heading tags only instead of parsing the whole page: every page of the
 * site passes through here, and a full parse per page was the largest allocation of the
 * render phase (about 1.4 GB over a 5,000-note build; dropping it made that build ~12% faster).
 * The HTML is the site's own renderer output (quoted attributes, no headings nested in
 * headings), which is what makes a scan sound here.
 */
import { decodeHTML } from 'entities';

export interface PageHeading {
  depth: 2 | 3;
  slug: string;
  text: string;
}

const skipped = new Set(['sr-only', 'para-heading']);
// Attributes may be quoted with either quote and hold a ">", so they are matched one by one.
const headingTag = /<h([23])((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*>([\s\S]*?)<\/h\1\s*>/gi;
const attributePattern = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
const attributes = { id: attributePattern('id'), class: attributePattern('class') };

function attributeValue(attrs: string, name: keyof typeof attributes): string | undefined {
  const match = attributes[name].exec(attrs);
  return match ? decodeHTML(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

export function headingsFromHtml(html: string): PageHeading[] {
  const headings: PageHeading[] = [];
  for (const [, level, attrs, inner] of html.matchAll(headingTag)) {
    const id = attributeValue(attrs, 'id');
    const classes = (attributeValue(attrs, 'class') ?? '').split(/\s+/);
    if (!id || classes.some((c) => skipped.has(c))) continue;
    const text = decodeHTML(inner.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    headings.push({ depth: level === '2' ? 2 : 3, slug: id, text });
  }
  return headings;
}
