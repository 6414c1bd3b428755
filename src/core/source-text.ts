/**
 * Reads the structure of a cleaned source document (Markdown) so that citations can
 * be checked and shown: its numbered paragraphs (`34. text` at the start of a line,
 * anchor `#p34`) and its sections (headings, anchor = GitHub-style slug, the same
 * slug Astro gives the rendered heading).
 */
import GithubSlugger from 'github-slugger';
import type { FootnoteDefinition, Heading, List, ListItem, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString as mdastText } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

export interface SourceParagraph {
  /** The paragraph number as printed (¶N). */
  n: number;
  /** Plain text of the paragraph, its sub-items and the footnotes it refers to. */
  text: string;
  /** Slug of the section the paragraph sits in, if any. */
  section?: string;
}

export interface SourceSection {
  slug: string;
  title: string;
  depth: number;
  /** Plain text of everything under the heading up to the next heading of the same or higher level. */
  text: string;
}

export interface SourceStructure {
  paragraphs: Map<number, SourceParagraph>;
  sections: Map<string, SourceSection>;
  /** Paragraph numbers that occur more than once (a content error). */
  duplicateParagraphs: number[];
}

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The number written before an ordered-list item, read from the source text itself. */
export function itemNumber(markdown: string, item: ListItem): number | undefined {
  const start = item.position?.start.offset;
  if (start === undefined) return undefined;
  const match = /^\s*(\d+)[.)]/.exec(markdown.slice(start, start + 12));
  return match ? Number(match[1]) : undefined;
}

/** Top-level ordered lists are the document's numbered paragraphs. */
export function isNumberedParagraphList(node: RootContent): node is List {
  return node.type === 'list' && node.ordered === true;
}

function footnoteLabels(node: RootContent | ListItem): string[] {
  const labels: string[] = [];
  const walk = (n: { type: string; children?: unknown[]; identifier?: string }) => {
    if (n.type === 'footnoteReference' && n.identifier) labels.push(n.identifier);
    for (const child of (n.children ?? []) as (typeof n)[]) walk(child);
  };
  walk(node as never);
  return labels;
}

export function readSourceStructure(markdown: string): SourceStructure {
  const tree = parseMarkdown(markdown);
  const slugger = new GithubSlugger();
  const footnotes = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') footnotes.set((node as FootnoteDefinition).identifier, mdastText(node));
  }

  const paragraphs = new Map<number, SourceParagraph>();
  const duplicateParagraphs: number[] = [];
  const sections = new Map<string, SourceSection>();
  // Sections still collecting text, innermost last.
  const open: { section: SourceSection; depth: number }[] = [];
  let currentSlug: string | undefined;

  const addText = (text: string) => {
    for (const o of open) o.section.text += (o.section.text ? '\n' : '') + text;
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const title = mdastText(heading);
      const slug = slugger.slug(title);
      while (open.length && open[open.length - 1].depth >= heading.depth) open.pop();
      const section: SourceSection = { slug, title, depth: heading.depth, text: '' };
      sections.set(slug, section);
      open.push({ section, depth: heading.depth });
      currentSlug = slug;
      continue;
    }
    if (node.type === 'footnoteDefinition') continue;
    if (isNumberedParagraphList(node)) {
      for (const item of node.children) {
        const n = itemNumber(markdown, item);
        if (n === undefined) continue;
        const notes = footnoteLabels(item)
          .map((label) => footnotes.get(label))
          .filter((t): t is string => Boolean(t));
        const text = [mdastText(item), ...notes].join('\n');
        if (paragraphs.has(n)) duplicateParagraphs.push(n);
        paragraphs.set(n, { n, text, section: currentSlug });
        addText(text);
      }
      continue;
    }
    const notes = footnoteLabels(node)
      .map((label) => footnotes.get(label))
      .filter((t): t is string => Boolean(t));
    addText([mdastText(node), ...notes].join('\n'));
  }
  return { paragraphs, sections, duplicateParagraphs };
}
