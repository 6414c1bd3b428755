/** The glossary: each term, expansion-free alias and acronym defined once, whatever its case. */
import type { Problem } from './problem.ts';

interface GlossaryEntry {
  file: string;
  id: string;
  data: unknown;
}

export function glossaryProblems(entries: GlossaryEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { file: string; as: string }>();
  for (const entry of entries) {
    const d = entry.data as { term?: unknown; aliases?: unknown };
    const names: [string, string][] = [];
    if (typeof d.term === 'string') names.push(['term', d.term]);
    if (Array.isArray(d.aliases)) for (const [i, a] of d.aliases.entries()) if (typeof a === 'string') names.push([`aliases.${i}`, a]);
    for (const [field, name] of names) {
      const key = name.trim().toLowerCase();
      const clash = seen.get(key);
      if (clash && clash.file !== entry.file) {
        problems.push({
          file: entry.file,
          field,
          message: `"${name}" is already defined as the ${clash.as} of ${clash.file}`,
          fix: 'define each term once: merge the two entries, or remove the duplicate alias',
        });
      } else if (!clash) seen.set(key, { file: entry.file, as: field === 'term' ? 'term' : 'alias' });
    }
  }
  return problems;
}
