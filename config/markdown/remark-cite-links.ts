/**
 * Turns citation links written in Markdown as `[¶37](cite:mcof-2021-addendum#p37)` into
 * the same markup as the Cite component on generated pages: a link to the cited paragraph
 * followed by the cited text as a hover/focus preview (CSS only). Parsing, resolving,
 * labelling and addressing are the one implementation in src/core/citations.ts.
 * An unresolvable citation fails the build with the file name and a fix.
 */
import type { Link, Parent, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { addresses } from '../../src/core/addresses.ts';
import { parseCiteTarget, presentCitation, resolveCitation, type SourceCatalogue } from '../../src/core/citations.ts';
import { sourceLocale } from '../../src/core/locales.ts';
import type { Citation } from '../../src/core/schemas/shared.ts';
import { projectContent } from '../../src/project/content.ts';
import { contentError } from '../errors.ts';
import { documentLocale } from './document-locale.ts';

interface Options {
  /** Injected in tests; defaults to the project's content. */
  catalogue?: SourceCatalogue;
  /** The base path the site is served under. */
  base?: string;
}

/**
 * The citation as phrasing content: `<span class="cite-wrap"><a class="cite">…</a><span class="cite-tip">…</span></span>`.
 * On a translated page the preview is the source's English, marked so (as the Cite component does).
 */
function citationNodes(link: Link, href: string, label: string, text: string, english = false): PhrasingContent {
  link.url = href;
  link.data = { ...link.data, hProperties: { className: ['cite'], 'data-cite': label } };
  const children: PhrasingContent[] = [link];
  if (text) {
    children.push({
      type: 'emphasis',
      data: { hName: 'span', hProperties: { className: ['cite-tip'], role: 'tooltip', 'data-pagefind-ignore': '', ...(english ? { lang: 'en' } : {}) } },
      children: english
        ? [{ type: 'emphasis', data: { hName: 'span', hProperties: { dir: 'ltr' } }, children: [{ type: 'text', value: text }] }]
        : [{ type: 'text', value: text }],
    });
  }
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['cite-wrap'] } }, children } as PhrasingContent;
}

export function remarkCiteLinks(options: Options = {}) {
  return (tree: Root, file: { path?: string }) => {
    const locale = documentLocale(file.path);
    const at = addresses(options.base, locale);
    let catalogue = options.catalogue;
    visit(tree, 'link', (node: Link, index, parent: Parent | undefined) => {
      if (!node.url.startsWith('cite:')) return;
      const target = node.url.slice('cite:'.length);
      const cite = parseCiteTarget(target);
      const where = `${file.path ?? 'a Markdown file'}: citation link "${node.url}"`;
      if (!cite) throw contentError(`${where} is malformed.`, 'write (cite:<source>#p<N>) or (cite:<source>#<section-slug>).');
      catalogue ??= projectContent().catalogue;
      const resolved = resolveCitation(catalogue, cite);
      if ('message' in resolved) throw contentError(`${where}: ${resolved.message}.`, `${resolved.fix}.`);
      const shown = presentCitation(catalogue, cite as Citation, at, resolved);
      if (parent && index !== undefined)
        parent.children.splice(index, 1, citationNodes(node, shown.href, shown.label, shown.text, locale !== sourceLocale) as never);
    });
  };
}
