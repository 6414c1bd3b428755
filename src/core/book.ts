/**
 * The atlas as one book: the framework, the 15 current sectors, the matrix, the crosswalk,
 * the glossary and the source documents as appendices, as plain data (chapters of typed
 * blocks). The EPUB writer turns it into XHTML, the PDF template into Typst pages, so both
 * books hold the same text in the same order. Built from a model made with
 * `bookAddresses()`, so every citation and cross-reference is an anchor inside the book
 * (`sources-mcof-2021-addendum-p40`), never a web address.
 */
import type { PhrasingContent, RootContent, Table } from 'mdast';
import { bookAnchor, citationPath, entryPath } from './addresses.ts';
import { presentCitation } from './citations.ts';
import { crosswalkDiagram } from './crosswalk-diagram.ts';
import { changeStyle, crosswalkSvg } from './crosswalk-svg.ts';
import type { AtlasEdition } from './edition.ts';
import type { Model, PhaseId, Sector } from './model.ts';
import type { Citation } from './schemas/shared.ts';
import { isNumberedParagraphList, itemNumber, parseMarkdown } from './source-text.ts';
import { sectorView } from './views.ts';

/** Running text: plain, emphasised, strong, a link to an anchor in the book, a web link, or a footnote. */
export type Inline =
  | { text: string }
  | { em: Inline[] }
  | { strong: Inline[] }
  | { ref: string; content: Inline[] }
  | { url: string; content: Inline[] }
  | { note: Inline[] };

/** A citation as a book shows it: its label and the anchor of the cited paragraph or section. */
export interface BookCite {
  label: string;
  target: string;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id: string; outline: boolean }
  | { kind: 'para'; content: Inline[]; cites?: BookCite[]; label?: string }
  | { kind: 'quote'; text: string; cite: BookCite; label?: string }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'numbered'; n: number; id: string; content: Block[] }
  | { kind: 'table'; head: string[]; rows: Inline[][][] }
  /** A picture as a standalone SVG document, with a caption that says in words what it shows. */
  | { kind: 'figure'; svg: string; caption: string };

export interface Chapter {
  /** The chapter's anchor (and, in the EPUB, its file name without `.xhtml`). */
  id: string;
  title: string;
  part: 'front' | 'framework' | 'sectors' | 'reference' | 'appendix';
  /** Printed on a landscape page (the matrix). */
  landscape?: boolean;
  blocks: Block[];
}

export interface Book {
  /** BCP 47 language of the text (`en`). */
  lang: string;
  title: string;
  subtitle: string;
  edition: AtlasEdition;
  /** Book parts in order, each with a heading the navigation shows. */
  parts: { id: Chapter['part']; title: string }[];
  chapters: Chapter[];
}

const t = (text: string): Inline[] => [{ text }];

/** The book's anchor of a site path, without the `#` the book addresses carry. */
const anchorOf = (url: string) => url.replace(/^#/, '');

export function bookCite(model: Model, cite: Citation): BookCite {
  const c = presentCitation(model.catalogue, cite, model.at);
  return { label: c.label, target: anchorOf(c.href) };
}

function heading(level: 1 | 2 | 3 | 4, text: string, id: string, outline = level <= 2): Block {
  return { kind: 'heading', level, text, id, outline };
}

/** Markdown phrasing (a source paragraph's text) as book inlines; footnote references carry the footnote's text. */
function inlines(nodes: PhrasingContent[], notes: Map<string, Inline[]>): Inline[] {
  return nodes.flatMap((n): Inline[] => {
    switch (n.type) {
      case 'text':
        return [{ text: n.value }];
      case 'emphasis':
        return [{ em: inlines(n.children, notes) }];
      case 'strong':
        return [{ strong: inlines(n.children, notes) }];
      case 'inlineCode':
        return [{ text: n.value }];
      case 'break':
        return [{ text: ' ' }];
      case 'link':
        return /^https?:/.test(n.url) ? [{ url: n.url, content: inlines(n.children, notes) }] : inlines(n.children, notes);
      case 'footnoteReference': {
        const note = notes.get(n.identifier);
        return note ? [{ note }] : [];
      }
      case 'delete':
        return inlines(n.children, notes);
      default:
        return 'value' in n && typeof n.value === 'string' ? [{ text: n.value }] : [];
    }
  });
}

/** Blocks of a Markdown subtree (the inside of a numbered paragraph, or the document's top level). */
function markdownBlocks(
  nodes: RootContent[],
  ctx: { markdown: string; notes: Map<string, Inline[]>; doc: string; slugs: Map<number, string> },
  top = false,
): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'heading': {
        const slug = ctx.slugs.get(node.position?.start.offset ?? -1);
        const text = node.children.map((c) => ('value' in c ? c.value : '')).join('') || inlineText(inlines(node.children, ctx.notes));
        const level = Math.min(4, node.depth + 1) as 2 | 3 | 4;
        return [heading(level, text, bookAnchor(`${entryPath('sources', ctx.doc)}#${slug}`), false)];
      }
      case 'paragraph':
        return [{ kind: 'para', content: inlines(node.children, ctx.notes) }];
      case 'list':
        if (top && isNumberedParagraphList(node)) {
          return node.children.flatMap((item): Block[] => {
            const n = itemNumber(ctx.markdown, item);
            const content = markdownBlocks(item.children as RootContent[], ctx);
            if (n === undefined) return content;
            return [{ kind: 'numbered', n, id: bookAnchor(citationPath({ source: ctx.doc, paragraph: n })), content }];
          });
        }
        return [
          {
            kind: 'list',
            items: node.children.map((item) =>
              item.children.flatMap((c, i) => [...(i ? t(' ') : []), ...(c.type === 'paragraph' ? inlines(c.children, ctx.notes) : t(blockText(c)))]),
            ),
          },
        ];
      case 'blockquote':
        return markdownBlocks(node.children as RootContent[], ctx);
      case 'table':
        return [tableBlock(node, ctx.notes)];
      case 'footnoteDefinition':
      case 'thematicBreak':
      case 'html':
      case 'definition':
        return [];
      default:
        return 'children' in node ? markdownBlocks(node.children as RootContent[], ctx) : [];
    }
  });
}

function tableBlock(node: Table, notes: Map<string, Inline[]>): Block {
  const [head, ...rows] = node.children;
  return {
    kind: 'table',
    head: head.children.map((cell) => inlineText(inlines(cell.children, notes))),
    rows: rows.map((row) => row.children.map((cell) => inlines(cell.children, notes))),
  };
}

/** The plain text of inlines (headings and table heads are plain text). */
export function inlineText(content: Inline[]): string {
  return content
    .map((i) => {
      if ('text' in i) return i.text;
      if ('note' in i) return '';
      return inlineText('em' in i ? i.em : 'strong' in i ? i.strong : i.content);
    })
    .join('');
}

function blockText(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(blockText).join(' ') : '';
}

/** A source document as a chapter: every numbered paragraph and every section heading is an anchor citations point at. */
export function sourceChapter(doc: Model['sources'][number]): Chapter {
  const markdown = doc.body ?? '';
  const tree = parseMarkdown(markdown);
  const notes = new Map<string, Inline[]>();
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') {
      notes.set(
        node.identifier,
        node.children.flatMap((c) => (c.type === 'paragraph' ? inlines(c.children, new Map()) : t(blockText(c)))),
      );
    }
  }
  // Heading slugs as the site makes them (the same slugger, in document order), keyed by position.
  const slugs = new Map<number, string>();
  const sections = [...doc.structure.sections.values()];
  let next = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') slugs.set(node.position?.start.offset ?? -1, sections[next++]?.slug ?? '');
  }
  const d = doc.data as { title: string; shortTitle: string; symbol?: string; body: string; date: string; summary: string; cleaning: string };
  const facts = [d.symbol && `Symbol ${d.symbol}`, d.body, d.date].filter(Boolean).join(' · ');
  return {
    id: bookAnchor(entryPath('sources', doc.id)),
    title: d.title,
    part: 'appendix',
    blocks: [
      heading(1, d.shortTitle, bookAnchor(entryPath('sources', doc.id))),
      { kind: 'para', content: [{ strong: t(d.title) }] },
      { kind: 'para', content: t(facts) },
      { kind: 'para', content: t(d.summary), label: 'About this document' },
      { kind: 'para', content: t(d.cleaning), label: 'How the text was cleaned' },
      ...markdownBlocks(tree.children, { markdown, notes, doc: doc.id, slugs }, true),
    ],
  };
}

const phaseAnchor = (sector: Sector, phase: PhaseId) => bookAnchor(`${entryPath('sectors', sector.id, sector.data)}${phase}/`);

/** One current sector: objective (verbatim, cited), description, each phase, and what it links to. */
export function sectorChapter(model: Model, sector: Sector): Chapter {
  const d = sector.data;
  const id = anchorOf(sector.url);
  const view = sectorView(model, sector);
  const blocks: Block[] = [
    heading(1, d.acronym ? `${d.title} (${d.acronym})` : d.title, id),
    { kind: 'quote', text: d.objective.text, cite: bookCite(model, d.objective.cite), label: 'Objective' },
    { kind: 'para', content: t(d.description.text), cites: d.description.cite.map((c) => bookCite(model, c)), label: 'Description' },
  ];
  for (const phase of model.phases) {
    const role = d.phases[phase.id];
    blocks.push(heading(2, phase.data.title, phaseAnchor(sector, phase.id), false));
    if ('notInSource' in role) {
      blocks.push({ kind: 'para', content: t(`The sources say nothing specific about this sector ${phase.data.title.toLowerCase()}.`) });
      if (role.note) blocks.push({ kind: 'para', content: t(role.note) });
      blocks.push({ kind: 'para', content: t(phase.data.guidance.text), cites: phase.data.guidance.cite.map((c) => bookCite(model, c)), label: 'In general' });
    } else {
      blocks.push({ kind: 'para', content: t(role.summary) });
      blocks.push({ kind: 'list', items: role.activities.map(t) });
      blocks.push({ kind: 'para', content: [], cites: role.cite.map((c) => bookCite(model, c)), label: 'Sources' });
    }
  }
  for (const section of view.sections) {
    if (!section.items.length) continue;
    blocks.push(heading(3, section.title, `${id}-${bookAnchor(section.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'))}`, false));
    blocks.push({ kind: 'list', items: section.items.map((i) => [{ ref: anchorOf(i.url), content: t(i.title) }]) });
    if (section.basis) blocks.push({ kind: 'para', content: t(section.basis.text), cites: section.basis.cites?.map((c) => bookCite(model, c)) });
  }
  return { id, title: d.title, part: 'sectors', blocks };
}

function phasesChapter(model: Model): Chapter {
  const blocks: Block[] = [heading(1, 'The three phases of a crisis', 'phases')];
  for (const p of model.phases) {
    const d = p.data;
    blocks.push(heading(2, d.title, anchorOf(p.url)));
    blocks.push({ kind: 'para', content: t(d.summary.text), cites: d.summary.cite.map((c) => bookCite(model, c)) });
    blocks.push({ kind: 'quote', text: d.framing2012.text, cite: bookCite(model, d.framing2012.cite), label: 'MCOF 2012' });
    blocks.push({
      kind: 'quote',
      text: d.framing2021.quote.text,
      cite: bookCite(model, d.framing2021.quote.cite),
      label: `MCOF 2021: ${d.framing2021.heading}`,
    });
    blocks.push({ kind: 'para', content: t(d.guidance.text), cites: d.guidance.cite.map((c) => bookCite(model, c)), label: 'What sectors generally do' });
  }
  return { id: 'phases', title: 'The three phases of a crisis', part: 'framework', blocks };
}

function elementsChapter(model: Model, collection: 'approaches' | 'crossCutting'): Chapter {
  const title = collection === 'approaches' ? 'Operating approaches' : 'Cross-cutting issues';
  const id = bookAnchor(collection === 'approaches' ? '/approaches/' : '/cross-cutting/');
  const blocks: Block[] = [heading(1, title, id)];
  for (const e of model[collection]) {
    blocks.push(heading(2, e.data.title, anchorOf(e.url)));
    blocks.push({ kind: 'quote', text: e.data.quote.text, cite: bookCite(model, e.data.quote.cite) });
    blocks.push({ kind: 'para', content: t(e.data.summary.text), cites: e.data.summary.cite.map((c) => bookCite(model, c)) });
    const sectors = model.sectors2021.filter((s) => s.data[collection].includes(e.id));
    if (sectors.length)
      blocks.push({
        kind: 'para',
        content: sectors.flatMap((s, i) => [...(i ? t(', ') : []), { ref: anchorOf(s.url), content: t(s.data.title) }]),
        label: 'Sectors that apply it',
      });
  }
  return { id, title, part: 'framework', blocks };
}

function matrixChapter(model: Model): Chapter {
  return {
    id: 'matrix',
    title: 'The sector × phase matrix',
    part: 'reference',
    landscape: true,
    blocks: [
      heading(1, 'The sector × phase matrix', 'matrix'),
      {
        kind: 'table',
        head: ['Sector', ...model.phases.map((p) => p.data.title)],
        rows: model.sectors2021.map((s) => [
          [{ ref: anchorOf(s.url), content: t(s.data.title) }],
          ...model.phases.map((p) => {
            const cell = model.cellOf(s.id, p.id);
            return [{ ref: phaseAnchor(s, p.id), content: t(cell?.oneLine ?? '') }];
          }),
        ]),
      },
    ],
  };
}

function crosswalkChapter(model: Model): Chapter {
  const title = (id: string) => model.sectorById.get(id)?.data.title ?? id;
  const blocks: Block[] = [heading(1, 'From 2012 to 2021: the crosswalk', 'sectors-crosswalk'), crosswalkFigure(model)];
  for (const m of model.crosswalk) {
    const from = m.data.from.map(title).join(', ') || 'new in 2021';
    const to = m.data.to.map(title).join(', ') || 'no sector successor';
    blocks.push(heading(3, `${from} → ${to}`, anchorOf(model.at.entry('crosswalk', m.id)), false));
    blocks.push({
      kind: 'para',
      content: t(`${m.data.change[0].toUpperCase()}${m.data.change.slice(1)}. ${m.data.note}`),
      cites: m.data.cite.map((c) => bookCite(model, c)),
      label: m.data.basis === 'editors' ? "Editors' reading" : 'Stated in the sources',
    });
  }
  return { id: 'sectors-crosswalk', title: 'From 2012 to 2021: the crosswalk', part: 'reference', blocks };
}

/** The crosswalk diagram of /sectors/crosswalk/ as the chapter's first figure, its key in the caption. */
function crosswalkFigure(model: Model): Block {
  const diagram = crosswalkDiagram(model);
  const kinds = diagram.kinds.filter((k) => k.count > 0).map((k) => `${k.kind} (${k.count}): ${changeStyle[k.kind].look}`);
  const title = `Crosswalk diagram: how the ${model.sectors2012.length} sectors of 2012 became the ${model.sectors2021.length} sectors of 2021`;
  return {
    kind: 'figure',
    svg: crosswalkSvg(diagram, title, 'Libertinus Serif'),
    caption: `${title}: 2012 on the left, 2021 on the right, one line per pair of sectors. Lines by kind of change: ${kinds.join('; ')}. A filled line end: the sources state the mapping; a hollow one: the editors' reading. Each mapping is listed below.`,
  };
}

function glossaryChapter(model: Model): Chapter {
  const blocks: Block[] = [heading(1, 'Glossary', 'glossary')];
  const terms = [...model.glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
  for (const g of terms) {
    blocks.push(heading(4, g.data.expansion ? `${g.data.term}: ${g.data.expansion}` : g.data.term, anchorOf(g.url), false));
    blocks.push({ kind: 'para', content: t(g.data.definition.text), cites: g.data.definition.cite.map((c) => bookCite(model, c)) });
    if (g.data.official) blocks.push({ kind: 'quote', text: g.data.official.text, cite: bookCite(model, g.data.official.cite), label: 'Official definition' });
  }
  return { id: 'glossary', title: 'Glossary', part: 'reference', blocks };
}

function aboutChapter(model: Model, edition: AtlasEdition): Chapter {
  return {
    id: 'about',
    title: 'About this book',
    part: 'front',
    blocks: [
      heading(1, 'About this book', 'about'),
      {
        kind: 'para',
        content: t(
          `This book holds IOM's Migration Crisis Operational Framework (MCOF) as MCOF Atlas presents it: the three phases of a crisis, the ${model.sectors2021.length} current sectors of assistance, the operating approaches and cross-cutting issues, the sector × phase matrix, the crosswalk from the 2012 sectors, a glossary, and the ${model.sources.length} source documents themselves.`,
        ),
      },
      {
        kind: 'para',
        content: t(
          'Official wording (objectives, definitions) is quoted word for word. Everything else is written in the atlas editors’ own words and cites the paragraphs it rests on; each citation links to that paragraph in the appendices. Where a link between parts of the framework is the editors’ reading, not a statement of the sources, the book says so.',
        ),
      },
      {
        kind: 'para',
        content: t(
          `Edition: version ${edition.version}, content of ${edition.contentDate}, commit ${edition.commit}. The source documents are IOM's; MCOF Atlas is an independent reading aid, not an official IOM publication.`,
        ),
      },
    ],
  };
}

/** The whole book, in reading order. `lang` is the language of the text (only English exists today). */
export function buildBook(model: Model, edition: AtlasEdition, lang = 'en'): Book {
  return {
    lang,
    title: 'MCOF Atlas',
    subtitle: "IOM's Migration Crisis Operational Framework: sectors, phases and sources, cited to the paragraph",
    edition,
    parts: [
      { id: 'front', title: 'Front matter' },
      { id: 'framework', title: 'The framework' },
      { id: 'sectors', title: 'The sectors of assistance (2021)' },
      { id: 'reference', title: 'Matrix, crosswalk and glossary' },
      { id: 'appendix', title: 'Appendices: the source documents' },
    ],
    chapters: [
      aboutChapter(model, edition),
      phasesChapter(model),
      elementsChapter(model, 'approaches'),
      elementsChapter(model, 'crossCutting'),
      ...model.sectors2021.map((s) => sectorChapter(model, s)),
      matrixChapter(model),
      crosswalkChapter(model),
      glossaryChapter(model),
      ...model.sources.map((s) => sourceChapter(s)),
    ],
  };
}

/** Every anchor the book defines, with the chapter that holds it. */
export function bookTargets(book: Book): Map<string, string> {
  const targets = new Map<string, string>();
  const add = (id: string, chapter: string) => {
    if (targets.has(id)) throw new Error(`the book defines the anchor "${id}" twice (chapters ${targets.get(id)} and ${chapter})`);
    targets.set(id, chapter);
  };
  const walk = (blocks: Block[], chapter: string) => {
    for (const b of blocks) {
      if (b.kind === 'heading' && b.id !== chapter) add(b.id, chapter);
      if (b.kind === 'numbered') {
        add(b.id, chapter);
        walk(b.content, chapter);
      }
    }
  };
  for (const c of book.chapters) {
    add(c.id, c.id);
    walk(c.blocks, c.id);
  }
  return targets;
}

/** Every anchor the book links to (citations and cross-references), for checking that each has a target. */
export function bookLinks(book: Book): string[] {
  const links: string[] = [];
  const inl = (content: Inline[]) => {
    for (const i of content) {
      if ('ref' in i) links.push(i.ref);
      if ('em' in i) inl(i.em);
      if ('strong' in i) inl(i.strong);
      if ('note' in i) inl(i.note);
      if ('url' in i) inl(i.content);
    }
  };
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'para') {
        inl(b.content);
        for (const c of b.cites ?? []) links.push(c.target);
      }
      if (b.kind === 'quote') links.push(b.cite.target);
      if (b.kind === 'list') for (const item of b.items) inl(item);
      if (b.kind === 'table') for (const row of b.rows) for (const cell of row) inl(cell);
      if (b.kind === 'numbered') walk(b.content);
    }
  };
  for (const c of book.chapters) walk(c.blocks);
  return links;
}

/**
 * Links whose target the book does not hold are made plain text (a policy or guidance note
 * has no chapter), and the book is returned with them resolved; a citation without its
 * paragraph is an error, since the content check guarantees every citation resolves.
 */
export function resolveBookLinks(book: Book): Book {
  const targets = bookTargets(book);
  const inl = (content: Inline[]): Inline[] =>
    content.flatMap((i): Inline[] => {
      if ('ref' in i) return targets.has(i.ref) ? [{ ref: i.ref, content: inl(i.content) }] : inl(i.content);
      if ('em' in i) return [{ em: inl(i.em) }];
      if ('strong' in i) return [{ strong: inl(i.strong) }];
      if ('note' in i) return [{ note: inl(i.note) }];
      if ('url' in i) return [{ url: i.url, content: inl(i.content) }];
      return [i];
    });
  const cite = (c: BookCite) => {
    if (!targets.has(c.target)) throw new Error(`the book cites ${c.label}, but no chapter holds the anchor "${c.target}"`);
    return c;
  };
  const walk = (blocks: Block[]): Block[] =>
    blocks.map((b): Block => {
      switch (b.kind) {
        case 'para':
          return { ...b, content: inl(b.content), cites: b.cites?.map(cite) };
        case 'quote':
          return { ...b, cite: cite(b.cite) };
        case 'list':
          return { ...b, items: b.items.map(inl) };
        case 'table':
          return { ...b, rows: b.rows.map((r) => r.map(inl)) };
        case 'numbered':
          return { ...b, content: walk(b.content) };
        default:
          return b;
      }
    });
  return { ...book, chapters: book.chapters.map((c) => ({ ...c, blocks: walk(c.blocks) })) };
}
