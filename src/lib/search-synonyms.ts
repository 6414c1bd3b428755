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

export interface SynonymGroup {
  /** Members as written; acronyms match case-sensitively. */
  members: { text: string; caseSensitive: boolean }[];
}

export function synonymGroups(entries: SynonymSource[]): SynonymGroup[] {
  return entries
    .map((e) => ({
      members: [
        { text: e.term, caseSensitive: e.kind === 'acronym' },
        ...(e.expansion ? [{ text: e.expansion, caseSensitive: false }] : []),
        ...e.aliases.map((a) => ({ text: a, caseSensitive: /^[A-Z0-9/&-]{2,}$/.test(a) })),
      ].filter((m) => m.text.trim().length >= 2),
    }))
    .filter((g) => g.members.length > 1);
}

function mentions(text: string, member: { text: string; caseSensitive: boolean }): boolean {
  // Punctuation inside a phrase ("water, sanitation and hygiene") may vary; match on words.
  const words = member.text.split(/[\s,]+/).filter(Boolean).map(escapeRegExp).join('[\\s,]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, member.caseSensitive ? 'u' : 'iu').test(text);
}

/** The synonym words to add to a page whose text is `text`: members of mentioned groups that the page lacks. */
export function synonymsFor(text: string, groups: SynonymGroup[]): string[] {
  const additions = new Set<string>();
  for (const group of groups) {
    const present = group.members.filter((m) => mentions(text, m));
    if (!present.length) continue;
    for (const m of group.members) if (!present.includes(m)) additions.add(m.text);
  }
  return [...additions];
}
