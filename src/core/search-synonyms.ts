/**
 * Search synonyms from the glossary: an acronym, its expansion and its aliases form one
 * group. A page that mentions any member gets the other members added to its search
 * text, so "WASH" finds pages that only say "water, sanitation and hygiene" and back.
 * No hand-kept list: adding a glossary entry adds its synonyms.
 */
import { escapeRegExp } from './text.ts';

export interface SynonymSource {
  term: string;
  kind: 'acronym' | 'term';
  expansion?: string;
  aliases: string[];
}

export interface SynonymMember {
  /** As written in the glossary. */
  text: string;
  /**
   * Finds the member as whole words; compiled once, since it is tried on every page.
   * Acronyms match case-sensitively ("IDP", not "idp").
   */
  pattern: RegExp;
  /**
   * A word the text must contain for the pattern to match (its longest, lower-cased unless
   * the match is case-sensitive): a substring test that rules out most members of most
   * pages before the Unicode-aware pattern runs; 5,000 pages × every member add up.
   */
  probe: string;
  caseSensitive: boolean;
}

export interface SynonymGroup {
  members: SynonymMember[];
}

function member(text: string, caseSensitive: boolean): SynonymMember {
  // Punctuation inside a phrase ("water, sanitation and hygiene") may vary; match on words.
  const plain = text.split(/[\s,]+/).filter(Boolean);
  const words = plain.map(escapeRegExp).join('[\\s,]+');
  const longest = plain.reduce((a, b) => (b.length > a.length ? b : a), '');
  return {
    text,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu'),
    probe: caseSensitive ? longest : longest.toLowerCase(),
    caseSensitive,
  };
}

/** Whether `text` (and `lower`, its lower-cased form) mentions the member as whole words. */
export function mentions(m: SynonymMember, text: string, lower: string): boolean {
  return (m.caseSensitive ? text : lower).includes(m.probe) && m.pattern.test(text);
}

export function synonymGroups(entries: SynonymSource[]): SynonymGroup[] {
  return entries
    .map((e) => ({
      members: [
        member(e.term, e.kind === 'acronym'),
        ...(e.expansion ? [member(e.expansion, false)] : []),
        ...e.aliases.map((a) => member(a, /^[A-Z0-9/&-]{2,}$/.test(a))),
      ].filter((m) => m.text.trim().length >= 2),
    }))
    .filter((g) => g.members.length > 1);
}

/** The synonym words to add to a page whose text is `text`: members of mentioned groups that the page lacks. */
export function synonymsFor(text: string, groups: SynonymGroup[]): string[] {
  const additions = new Set<string>();
  const lower = text.toLowerCase();
  for (const group of groups) {
    const present = group.members.filter((m) => mentions(m, text, lower));
    if (!present.length) continue;
    for (const m of group.members) if (!present.includes(m)) additions.add(m.text);
  }
  return [...additions];
}
