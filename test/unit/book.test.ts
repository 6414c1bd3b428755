/** The book the EPUB and the PDF are made from: what it holds, and that every citation lands on its paragraph. */
import { describe, expect, it } from 'vitest';
import { bookAddresses, bookAnchor } from '../../src/core/addresses.ts';
import { type Block, bookLinks, bookTargets, buildBook, type Chapter, inlineText, resolveBookLinks } from '../../src/core/book.ts';
import { epubFiles, epubName } from '../../src/core/epub.ts';
import { modelOf } from '../../src/project/plain-model.ts';
import { realContent, withChange } from '../helpers/content.ts';

const edition = { version: '0.1.0', contentDate: '2026-12-01', commit: 'abcdef0' };
const model = modelOf(realContent(), { at: bookAddresses() });
const book = resolveBookLinks(buildBook(model, edition));

const blocksOf = (c: Chapter): Block[] => c.blocks.flatMap((b) => (b.kind === 'numbered' ? [b, ...b.content] : [b]));

describe('book addresses', () => {
  it('turn site paths into anchors, one rule for citations and entries', () => {
    expect(bookAnchor('/sources/mcof-2021-addendum/#p34')).toBe('sources-mcof-2021-addendum-p34');
    expect(bookAnchor('/sectors/health/')).toBe('sectors-health');
    expect(bookAnchor('/glossary/#wash')).toBe('glossary-wash');
    const at = bookAddresses();
    expect(at.cite({ source: 'mcof-2012', paragraph: 8 })).toBe('#sources-mcof-2012-p8');
    expect(at.entry('sectors', 'health', { edition: 2021 })).toBe('#sectors-health');
    expect(at.entry('sectors', 'health', { edition: 2012 })).toBe('#sectors-2012-health');
  });
});

describe('the book', () => {
  it('has the framework, every current sector as a chapter, the matrix, crosswalk, glossary and every source', () => {
    const ids = book.chapters.map((c) => c.id);
    expect(ids.slice(0, 4)).toEqual(['about', 'phases', 'approaches', 'cross-cutting']);
    expect(ids).toEqual(expect.arrayContaining(['matrix', 'sectors-crosswalk', 'glossary']));
    const sectors = book.chapters.filter((c) => c.part === 'sectors');
    expect(sectors.map((c) => c.id)).toEqual(model.sectors2021.map((s) => `sectors-${s.id}`));
    expect(sectors).toHaveLength(15);
    expect(book.chapters.filter((c) => c.part === 'appendix').map((c) => c.id)).toEqual(model.sources.map((s) => `sources-${s.id}`));
    expect(book.chapters.find((c) => c.id === 'matrix')?.landscape).toBe(true);
  });

  it('quotes each sector objective verbatim and cites it to its paragraph, then gives each phase', () => {
    for (const s of model.sectors2021) {
      const chapter = book.chapters.find((c) => c.id === `sectors-${s.id}`)!;
      const objective = chapter.blocks.find((b) => b.kind === 'quote' && b.label === 'Objective');
      expect(objective, s.id).toMatchObject({
        text: s.data.objective.text,
        cite: { target: `sources-${s.data.objective.cite.source}-p${s.data.objective.cite.paragraph}` },
      });
      const headings = chapter.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b as { text: string }).text);
      expect(headings, s.id).toEqual(['Before a crisis', 'During a crisis', 'After a crisis']);
    }
  });

  it('makes every numbered paragraph of a source an anchor, with its text', () => {
    const addendum = book.chapters.find((c) => c.id === 'sources-mcof-2021-addendum')!;
    const p40 = blocksOf(addendum).find((b) => b.kind === 'numbered' && b.n === 40) as Extract<Block, { kind: 'numbered' }>;
    expect(p40.id).toBe('sources-mcof-2021-addendum-p40');
    const text = p40.content.map((b) => (b.kind === 'para' ? inlineText(b.content) : '')).join(' ');
    expect(text).toContain(model.sectorById.get('water-sanitation-and-hygiene')!.data.objective.text.slice(0, 60));
    const numbered = model.sources.reduce((n, s) => n + s.structure.paragraphs.size, 0);
    const anchors = [...bookTargets(book).keys()].filter((a) => /^sources-.+-p\d+$/.test(a));
    expect(anchors).toHaveLength(numbered);
  });

  it('links every citation and cross-reference to an anchor the book holds', () => {
    const targets = bookTargets(book);
    const links = bookLinks(book);
    expect(links.length).toBeGreaterThan(500);
    expect(links.filter((l) => !targets.has(l))).toEqual([]);
  });

  it('refuses a citation whose paragraph no chapter holds, naming it', () => {
    // A citation the content check would refuse, to see what the book does if one slips through.
    const broken = modelOf(
      withChange('sectors', 'health', (d) => {
        d.description.cite = [{ source: 'mcof-2021-addendum', paragraph: 999 }];
      }),
      { at: bookAddresses() },
    );
    expect(() => resolveBookLinks(buildBook(broken, edition))).toThrow(
      'the book cites MCOF 2021 Addendum ¶999, but no chapter holds the anchor "sources-mcof-2021-addendum-p999"',
    );
  });
});

describe('EPUB files', () => {
  const files = epubFiles(book);
  const file = (path: string) => files.find((f) => f.path === path)?.content ?? '';

  it('starts with the mimetype and is named by language and content date', () => {
    expect(files[0]).toEqual({ path: 'mimetype', content: 'application/epub+zip' });
    expect(epubName('en', '2026-12-01')).toBe('mcof-atlas-en-2026-12-01.epub');
  });

  it('lists every sector in the navigation document and every chapter in the spine', () => {
    const nav = file('EPUB/nav.xhtml');
    for (const s of model.sectors2021) expect(nav).toContain(`<a href="sectors-${s.id}.xhtml">${s.data.title.replace(/&/g, '&amp;')}</a>`);
    const opf = file('EPUB/package.opf');
    for (const c of book.chapters) expect(opf).toContain(`<itemref idref="c-${c.id}"/>`);
    expect(opf).toContain('<dc:language>en</dc:language>');
    expect(opf).toContain('properties="cover-image"');
  });

  it('makes a citation a link into the source chapter', () => {
    const health = file('EPUB/sectors-health.xhtml');
    expect(health).toContain('<a href="sources-mcof-2021-addendum.xhtml#sources-mcof-2021-addendum-p42">MCOF 2021 Addendum ¶42</a>');
    expect(file('EPUB/sources-mcof-2021-addendum.xhtml')).toContain('<div class="para" id="sources-mcof-2021-addendum-p42">');
  });
});
