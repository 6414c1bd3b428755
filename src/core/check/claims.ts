/**
 * Claims an editor may not make in the atlas's own words: ratings the sources never give
 * (Critical / Important / Recommended per phase, the 2012 template's legend, which is the
 * user's to apply in the planner), and figures the cited passage does not print.
 */
import type { CitationLike } from '../citations.ts';
import type { Problem } from './problem.ts';

type Data = Record<string, unknown>;

/** A rating word used as a label or a verdict: "Critical: …", "(Important)", "priority: recommended", "rated critical". */
const ratingPattern =
  /(^|[.;]\s+)(critical|important|recommended)\s*[:–—-]\s|\((critical|important|recommended)\)|\b(rated|rating|priority|relevance)\s*(?:is|:)?\s*(critical|important|recommended)\b/i;

/** Own-words text fields: where the atlas speaks, as opposed to quotes (official wording) and ids. */
const ownWordsFields = new Set(['summary', 'note', 'activities', 'text', 'oneLine', 'description', 'label']);

function* ownWords(value: unknown, path: string[] = [], quoted = false): Generator<{ field: string; text: string }> {
  if (typeof value === 'string') {
    const key = [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? '';
    if (!quoted && ownWordsFields.has(key)) yield { field: path.join('.'), text: value };
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* ownWords(v, [...path, String(i)], quoted);
    return;
  }
  if (value && typeof value === 'object') {
    const v = value as Data;
    // `{ text, cite: <one citation> }` is a verbatim quote: the source's words, not ours.
    const isQuote = typeof v.text === 'string' && v.cite && !Array.isArray(v.cite);
    for (const [k, child] of Object.entries(v)) yield* ownWords(child, [...path, k], quoted || Boolean(isQuote && k === 'text'));
  }
}

export function ratingProblems(file: string, data: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const { field, text } of ownWords(data)) {
    const match = ratingPattern.exec(text);
    if (!match) continue;
    problems.push({
      file,
      field,
      message: `"${match[0].trim()}" presents a rating as IOM's; the sources rate no sector as critical, important or recommended`,
      fix: 'say what the sources say the sector does in this phase, in plain words; ratings for a context belong in the context planner (/matrix/planner/)',
    });
  }
  return problems;
}

/** Numbers as written (`1,200`, `5.4`, `30`), normalised for comparison; paragraph signs (¶33) are references, not figures. */
export function figuresIn(text: string): string[] {
  return [...text.matchAll(/(¶\s?)?(\d[\d,]*(?:\.\d+)?)/g)].filter((m) => !m[1]).map((m) => m[2].replace(/,/g, '').replace(/\.0+$/, ''));
}

/** Fields whose numbers are positions, references or years of the editions, not figures taken from a source. */
const notFigures = new Set(['number', 'order', 'paragraph', 'edition', 'editions', 'section', 'source', 'id', 'year']);

/**
 * Each figure in an entry's cited statements (a prose text with its citations, a regional
 * figure, a budget line) must be printed in the passages it cites.
 */
export function figureProblems(file: string, data: unknown, citedText: (cite: CitationLike) => string | undefined): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, [...path, String(i)]);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const v = value as Data;
    const cites = (Array.isArray(v.cite) ? v.cite : v.cite ? [v.cite] : []) as CitationLike[];
    if (cites.length) {
      const passages = cites.map((c) => citedText(c)).filter((t): t is string => t !== undefined);
      if (passages.length === cites.length) {
        // 2012 and 2021 name the framework's two editions in our own words; they are not figures.
        const printed = new Set([...passages.flatMap(figuresIn), '2012', '2021']);
        for (const [key, field] of Object.entries(v)) {
          if (key === 'cite' || notFigures.has(key)) continue;
          const texts =
            typeof field === 'number'
              ? [String(field)]
              : typeof field === 'string'
                ? [field]
                : Array.isArray(field) && field.every((f) => typeof f === 'string')
                  ? field
                  : [];
          for (const figure of texts.flatMap((t) => (typeof t === 'number' ? [String(t)] : figuresIn(t)))) {
            if (printed.has(figure)) continue;
            problems.push({
              file,
              field: [...path, key].join('.'),
              message: `the figure ${figure} is not printed in the passage${cites.length > 1 ? 's' : ''} it cites (${cites.map((c) => `${c.source} ${c.paragraph !== undefined ? `¶${c.paragraph}` : `“${c.section}”`}`).join(', ')})`,
              fix: 'copy the figure exactly as the source prints it, or cite the paragraph that gives it',
            });
          }
        }
      }
    }
    for (const [k, child] of Object.entries(v)) if (k !== 'cite') visit(child, [...path, k]);
  };
  visit(data, []);
  return problems;
}
