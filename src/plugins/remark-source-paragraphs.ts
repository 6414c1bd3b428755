/**
 * Makes every numbered paragraph of a source document addressable: the document's
 * top-level ordered lists (`34. text`) become blocks with `id="p34"`, led by the
 * paragraph number as a visible self-link. Numbers are read from the text itself, so a
 * heading between paragraphs 15 and 16 cannot restart the count. Only applies to files
 * in the sources collection.
 */
import type { BlockContent, List, Paragraph, Root, RootContent } from 'mdast';
import { isNumberedParagraphList, itemNumber } from '../lib/source-text.ts';

function isSourceFile(path: string | undefined): boolean {
  return Boolean(path && /[\\/]sources[\\/][^\\/]+\.md$/.test(path));
}

export function paragraphBlocks(list: List, markdown: string): RootContent[] {
  return list.children.map((item) => {
    const n = itemNumber(markdown, item);
    if (n === undefined) return { type: 'paragraph', children: [] } as Paragraph;
    const numberLink = {
      type: 'link' as const,
      url: `#p${n}`,
      children: [{ type: 'text' as const, value: String(n) }],
      data: { hProperties: { className: ['para-num'], 'aria-label': `Paragraph ${n}` } },
    };
    const children = [...item.children] as BlockContent[];
    const first = children[0];
    if (first?.type === 'paragraph') {
      children[0] = { ...first, children: [numberLink, { type: 'text', value: ' ' }, ...first.children] };
    } else {
      children.unshift({ type: 'paragraph', children: [numberLink] });
    }
    return {
      type: 'blockquote', // any block container; hName below decides the element
      children,
      data: { hName: 'div', hProperties: { id: `p${n}`, className: ['para'], 'data-para': String(n) } },
    } as RootContent;
  });
}

export function remarkSourceParagraphs() {
  return (tree: Root, file: { path?: string; value?: unknown }) => {
    if (!isSourceFile(file.path)) return;
    const markdown = String(file.value ?? '');
    tree.children = tree.children.flatMap((node) =>
      isNumberedParagraphList(node) ? paragraphBlocks(node, markdown) : [node],
    );
  };
}
