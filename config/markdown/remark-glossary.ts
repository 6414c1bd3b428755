/**
 * Links the first use of each glossary term on a page (guidance notes and free pages) to
 * its definition at /glossary/#<id>, with the definition as an accessible inline tooltip.
 * Skips headings, links, code and the source documents (official text stays untouched).
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { addresses } from '../../src/core/addresses.ts';
import { compileTerms, firstUses, type GlossaryTerm, inlineDefinition, splitByTerms } from '../../src/core/glossary-terms.ts';
import { type LocaleCode, sourceLocale } from '../../src/core/locales.ts';
import { excerpt } from '../../src/core/text.ts';
import { translateEntries } from '../../src/core/translations.ts';
import { projectContent } from '../../src/project/content.ts';
import { documentLocale } from './document-locale.ts';

// Terms are derived from the memoised content; a new read (an edit in `astro dev`) derives them again.
let cachedFor: unknown;
let cachedTerms = new Map<LocaleCode, GlossaryTerm[]>();
/** The glossary in a page's language: the editors' translated terms and definitions, English where there is none. */
function projectTerms(locale: LocaleCode): GlossaryTerm[] {
  const { raw } = projectContent();
  if (cachedFor !== raw) {
    cachedFor = raw;
    cachedTerms = new Map();
  }
  const cached = cachedTerms.get(locale);
  if (cached) return cached;
  const glossary = raw.entries.filter((e) => e.collection === 'glossary');
  const terms = (locale === sourceLocale ? glossary : translateEntries(glossary, raw.translations ?? [], locale)).map((e) => {
    const d = e.data as { term: string; kind: 'acronym' | 'term'; expansion?: string; definition: { text: string } };
    return { id: e.id, term: d.term, kind: d.kind, expansion: d.expansion, definition: excerpt(d.definition.text, 200) };
  });
  cachedTerms.set(locale, terms);
  return terms;
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
  return (tree: Root, file: { path?: string }) => {
    if (file.path && /[\\/]sources[\\/][^\\/]+\.md$/.test(file.path)) return;
    const locale = documentLocale(file.path);
    const at = addresses(options.base, locale);
    const compiled = compileTerms(options.terms ?? projectTerms(locale));
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
