import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkGlossary } from '../../config/markdown/remark-glossary.ts';
import { compileTerms, firstUses, type GlossaryTerm, splitByTerms } from '../../src/core/glossary-terms.ts';

const terms: GlossaryTerm[] = [
  { id: 'wash', term: 'WASH', kind: 'acronym', expansion: 'water, sanitation and hygiene', definition: 'Water supply and hygiene work.' },
  { id: 'dtm', term: 'DTM', kind: 'acronym', expansion: 'Displacement Tracking Matrix', definition: 'IOM’s tool for tracking displacement.' },
  { id: 'durable-solutions', term: 'durable solutions', kind: 'term', definition: 'Ways to end displacement.' },
  { id: 'displacement', term: 'displacement', kind: 'term', definition: 'Being forced to leave home.' },
];
const compiled = compileTerms(terms);

describe('glossary term matching', () => {
  it('matches acronyms case-sensitively as whole words', () => {
    expect(firstUses('We wash hands; WASH teams help.', compiled, new Set()).map((m) => m.term.id)).toEqual(['wash']);
    expect(firstUses('WASHING and DTMs', compiled, new Set())).toEqual([]);
  });
  it('matches terms case-insensitively and prefers the longer overlapping term', () => {
    const used = new Set<string>();
    const m = firstUses('Durable solutions end displacement.', compiled, used);
    expect(m.map((x) => [x.term.id, x.start])).toEqual([
      ['durable-solutions', 0],
      ['displacement', 22],
    ]);
  });
  it('finds a term written in capitals, and accented terms in any case', () => {
    const accented = compileTerms([{ id: 'deplaces', term: 'personnes déplacées', kind: 'term', definition: 'x' }]);
    expect(firstUses('DURABLE SOLUTIONS first', compiled, new Set()).map((m) => m.term.id)).toEqual(['durable-solutions']);
    expect(firstUses('Les PERSONNES DÉPLACÉES rentrent.', accented, new Set()).map((m) => [m.start, m.end])).toEqual([[4, 23]]);
  });
  it('compiles a list of terms once, however many documents use it', () => {
    expect(compileTerms(terms)).toBe(compiled);
  });
  it('links only the first use on a page', () => {
    const used = new Set<string>();
    expect(firstUses('DTM data', compiled, used)).toHaveLength(1);
    expect(firstUses('more DTM data', compiled, used)).toHaveLength(0);
  });
  it('splits text around matches', () => {
    const text = 'Use DTM here';
    expect(splitByTerms(text, firstUses(text, compiled, new Set()))).toEqual(['Use ', { match: expect.anything(), text: 'DTM' }, ' here']);
  });
});

describe('remark-glossary', () => {
  const render = async (md: string, path = '/x/content/guidance/n.mdx', options: Parameters<typeof remarkGlossary>[0] = { terms }) =>
    String(await unified().use(remarkParse).use(remarkGlossary, options).use(remarkRehype).use(rehypeStringify).process({ value: md, path }));

  it('links the first use to the glossary with an inline definition, and leaves headings alone', async () => {
    const html = await render('## WASH\n\nIOM WASH teams. More WASH.\n');
    expect(html).toContain('<h2>WASH</h2>');
    expect(html).toContain(
      '<span class="cite-wrap gloss-wrap"><a href="/glossary/#wash" class="gloss">WASH</a><span class="cite-tip" role="tooltip" data-pagefind-ignore="">water, sanitation and hygiene: Water supply and hygiene work.</span></span>',
    );
    expect(html.match(/class="gloss"/g)).toHaveLength(1);
  });
  it('on a translated page, links that language’s terms to that language’s glossary, with its definitions', async () => {
    // No `terms` given: the project's glossary in Arabic (the editors' translation).
    const html = await render('تعمل المنظمة الدولية للهجرة مع الدول.', '/x/content/docs/ar/about.mdx', {});
    expect(html).toMatch(/<a href="\/ar\/glossary\/#iom" class="gloss">المنظمة الدولية للهجرة<\/a><span class="cite-tip"[^>]*>[^<]*[\u0600-\u06FF]/);
    expect(html).not.toMatch(/International Organization for Migration/);
  });
  it('does not touch text inside links or code', async () => {
    const html = await render('[DTM page](/x/) and `DTM`.');
    expect(html).not.toContain('class="gloss"');
  });
});
