/**
 * Makes every numbered paragraph of a source document addressable: the document's
 * top-level ordered lists (`34. text`) become blocks with `id="p34"`, led by the
 * paragraph number as a visible self-link. Numbers are read from the text itself, so a
 * heading between paragraphs 15 and 16 cannot restart the count. Only applies to files
 * in the sources collection.
 */
import type { BlockContent, List, Paragraph, Root, RootContent } from 'mdast';
import { isNumberedParagraphList, itemNumber } from '../../src/core/source-text.ts';

function isSourceFile(path: string | undefined): boolean {
  return Boolean(path && /[\\/]sources[\\/][^\\/]+\.md$/.test(path));
}

/**
 * Each numbered paragraph becomes `<div class="para">` led by a small heading
 * `<hN id="pN">` (one level below its section's heading) holding the visible number. A heading (not just an id on the block)
 * because headings are what screen readers jump between and what Pagefind turns into
 * sub-results, so a search can land on the paragraph itself.
 */
export function paragraphBlocks(list: List, markdown: string, depth: 2 | 3 | 4 | 5 | 6 = 4): RootContent[] {
  return list.children.map((item) => {
    const n = itemNumber(markdown, item);
    if (n === undefined) return { type: 'paragraph', children: [] } as Paragraph;
    const heading = {
      type: 'heading' as const,
      depth,
      data: { hProperties: { id: `p${n}`, className: ['para-heading'] } },
      children: [
        {
          type: 'link' as const,
          url: `#p${n}`,
          data: { hProperties: { className: ['para-num'] } },
          children: [
            {
              type: 'emphasis' as const,
              data: { hName: 'span', hProperties: { className: ['sr-only'] } },
              children: [{ type: 'text' as const, value: 'Paragraph ' }],
            },
            { type: 'text' as const, value: String(n) },
          ],
        },
      ],
    };
    return {
      type: 'blockquote', // any block container; hName below decides the element
      children: [heading, ...(item.children as BlockContent[])],
      // Each paragraph is a search record of its own (src/core/search-records.ts), not part of the page's text.
      data: { hName: 'div', hProperties: { className: ['para'], 'data-para': String(n), 'data-pagefind-ignore': 'all' } },
    } as RootContent;
  });
}

export function remarkSourceParagraphs() {
  return (tree: Root, file: { path?: string; value?: unknown }) => {
    if (!isSourceFile(file.path)) return;
    const markdown = String(file.value ?? '');
    // A paragraph's heading sits one level below the section it is in (h3 under an h2).
    let sectionDepth = 1;
    tree.children = tree.children.flatMap((node) => {
      if (node.type === 'heading') sectionDepth = node.depth;
      if (!isNumberedParagraphList(node)) return [node];
      return paragraphBlocks(node, markdown, Math.min(6, sectionDepth + 1) as 2 | 3 | 4 | 5 | 6);
    });
  };
}
