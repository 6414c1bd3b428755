/**
 * Links the first use of each glossary term on a page (guidance notes and free pages) to
 * its definition at /glossary/#<id>, with the definition as an accessible inline tooltip.
 * Skips headings, links, code and the source documents (official text stays untouched).
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { addresses } from '../../src/core/addresses.ts';
import { compileTerms, firstUses, type GlossaryTerm, inlineDefinition, splitByTerms } from '../../src/core/glossary-terms.ts';
import { excerpt } from '../../src/core/text.ts';
import { projectEntries } from '../../src/project/content.ts';

// Terms are derived from the memoised content; a new read (an edit in `astro dev`) derives them again.
let cachedFor: unknown;
let cachedTerms: GlossaryTerm[] = [];
function projectTerms(): GlossaryTerm[] {
  const entries = projectEntries();
  if (cachedFor === entries) return cachedTerms;
  cachedFor = entries;
  cachedTerms = entries
    .filter((e) => e.collection === 'glossary')
    .map((e) => {
      const d = e.data as { term: string; kind: 'acronym' | 'term'; expansion?: string; definition: { text: string } };
      return { id: e.id, term: d.term, kind: d.kind, expansion: d.expansion, definition: excerpt(d.definition.text, 200) };
    });
  return cachedTerms;
}

export function glossaryNodes(term: GlossaryTerm, text: string, href: string): PhrasingContent {
  return {
    type: 'emphasis', // a phrasing container; hName below makes it a <span>
    data: { hName: 'span', hProperties: { className: ['cite-wrap', 'gloss-wrap'] } },
    children: [
      {
        type: 'link',
        url: href,
        data: { hProperties: { className: ['gloss'] } },
        children: [{ type: 'text', value: text }],
      },
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['cite-tip'], role: 'tooltip', 'data-pagefind-ignore': '' } },
        children: [{ type: 'text', value: inlineDefinition(term) }],
      },
    ],
  } as PhrasingContent;
}

export function remarkGlossary(options: { terms?: GlossaryTerm[]; base?: string } = {}) {
  const at = addresses(options.base);
  return (tree: Root, file: { path?: string }) => {
    if (file.path && /[\\/]sources[\\/][^\\/]+\.md$/.test(file.path)) return;
    const compiled = compileTerms(options.terms ?? projectTerms());
    const used = new Set<string>();
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode') return SKIP;
      if ((node as { type: string }).type.startsWith('mdx')) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = (node as Text).value;
      const matches = firstUses(text, compiled, used);
      if (!matches.length) return;
      const parts = splitByTerms(text, matches).map((p) =>
        typeof p === 'string' ? ({ type: 'text', value: p } as Text) : glossaryNodes(p.match.term, p.text, at.entry('glossary', p.match.term.id)),
      );
      parent.children.splice(index, 1, ...(parts as never[]));
      return index + parts.length;
    });
  };
}
