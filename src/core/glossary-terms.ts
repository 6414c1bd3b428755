/**
 * Finds glossary terms in running text so the first use on each page can link to its
 * definition. Acronyms match case-sensitively as whole words (so "WASH" but not "wash");
 * terms match case-insensitively as whole phrases. Longer terms win over shorter ones
 * that overlap them ("displacement tracking matrix" before "displacement").
 */
import { escapeRegExp } from './text.ts';

export interface GlossaryTerm {
  id: string;
  term: string;
  kind: 'acronym' | 'term';
  expansion?: string;
  definition: string;
}

export interface TermMatch {
  term: GlossaryTerm;
  start: number;
  end: number;
}

export interface CompiledTerm {
  term: GlossaryTerm;
  pattern: RegExp;
  /**
   * What the text must contain for the pattern to match (the term, lower-cased unless it is
   * an acronym): a substring test rules out most terms for most text nodes before the
   * Unicode-aware pattern runs; 5,000 notes × every text node × every term add up.
   */
  probe: string;
}

// Compiled once per list of terms: every document of a build gets the same list (remark-glossary).
const compiledLists = new WeakMap<GlossaryTerm[], CompiledTerm[]>();

export function compileTerms(terms: GlossaryTerm[]): CompiledTerm[] {
  const known = compiledLists.get(terms);
  if (known) return known;
  const compiled = [...terms]
    .filter((t) => t.term.length >= 3 || (t.kind === 'acronym' && t.term.length >= 2 && /^[A-Z0-9]+$/.test(t.term)))
    .sort((a, b) => b.term.length - a.term.length)
    .map((term) => ({
      term,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}/-])${escapeRegExp(term.term)}(?![\\p{L}\\p{N}/-])`, term.kind === 'acronym' ? 'gu' : 'giu'),
      probe: term.kind === 'acronym' ? term.term : term.term.toLowerCase(),
    }));
  compiledLists.set(terms, compiled);
  return compiled;
}

/**
 * The first match of each not-yet-used term in `text`, non-overlapping, in text order.
 * `used` holds ids already linked earlier on the page and is updated.
 */
export function firstUses(text: string, compiled: CompiledTerm[], used: Set<string>): TermMatch[] {
  const matches: TermMatch[] = [];
  const lower = text.toLowerCase();
  for (const { term, pattern, probe } of compiled) {
    if (used.has(term.id)) continue;
    if (!(term.kind === 'acronym' ? text : lower).includes(probe)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (matches.some((x) => start < x.end && end > x.start)) continue;
      matches.push({ term, start, end });
      used.add(term.id);
      break;
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Splits text into plain strings and matched terms, for renderers. */
export function splitByTerms(text: string, matches: TermMatch[]): (string | { match: TermMatch; text: string })[] {
  const parts: (string | { match: TermMatch; text: string })[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push({ match, text: text.slice(match.start, match.end) });
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** The one-line definition shown inline: expansion first for acronyms. */
export function inlineDefinition(term: GlossaryTerm): string {
  return term.expansion ? `${term.expansion}: ${term.definition}` : term.definition;
}
