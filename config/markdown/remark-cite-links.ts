/**
 * Turns citation links written in Markdown as `[¶37](cite:mcof-2021-addendum#p37)`
 * into links to the cited paragraph (`/sources/mcof-2021-addendum/#p37`) that carry
 * the cited text for a hover/focus preview. An unresolvable citation fails the build
 * with the file name and a fix.
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { citationHref, citationLabel } from '../lib/citations.ts';
import { parseCiteTarget, resolveCitation, type SourceIndex } from '../lib/integrity.ts';
import { excerpt } from '../lib/text.ts';
import { sourceCatalogue } from './project-content.ts';

interface Options {
  /** Injected in tests; defaults to the project's content. */
  index?: SourceIndex;
  shortTitles?: Map<string, string>;
}

export function remarkCiteLinks(options: Options = {}) {
  return (tree: Root, file: { path?: string }) => {
    let catalogue: { index: SourceIndex; shortTitles: Map<string, string> } | undefined;
    const get = () => (catalogue ??= options.index ? { index: options.index, shortTitles: options.shortTitles ?? new Map() } : sourceCatalogue());
    visit(tree, 'link', (node: Link) => {
      if (!node.url.startsWith('cite:')) return;
      const target = node.url.slice('cite:'.length);
      const cite = parseCiteTarget(target);
      const where = `${file.path ?? 'a Markdown file'}: citation link "${node.url}"`;
      if (!cite) throw new Error(`${where} is malformed. Fix: write (cite:<source>#p<N>) or (cite:<source>#<section-slug>).`);
      const { index, shortTitles } = get();
      const resolved = resolveCitation(index, cite);
      if ('message' in resolved) throw new Error(`${where}: ${resolved.message}. Fix: ${resolved.fix}.`);
      const sectionTitle = cite.section ? index.structures.get(cite.source)?.sections.get(cite.section)?.title : undefined;
      node.url = citationHref(cite);
      node.data = {
        ...node.data,
        hProperties: {
          className: ['cite'],
          'data-cite': citationLabel(cite, shortTitles.get(cite.source) ?? cite.source, sectionTitle),
          'data-cite-text': excerpt(resolved.text, 280),
        },
      };
    });
  };
}
