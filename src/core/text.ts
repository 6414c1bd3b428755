/** Text helpers shared by the checks and the pages. */

/**
 * Normalises text for "is this quote verbatim?" comparisons: typographic quotes and
 * dashes become plain ones and runs of whitespace collapse, because extraction and
 * SmartyPants change those without changing the wording.
 */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` occurs word for word (after normalisation) inside `text`. */
export function containsVerbatim(text: string, quote: string): boolean {
  return normalizeForComparison(text).includes(normalizeForComparison(quote));
}

/** Shortens text to at most `max` characters at a word boundary, adding an ellipsis. */
export function excerpt(text: string, max = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > max * 0.6 ? lastSpace : max).replace(/[,;:.\s]+$/, '')}…`;
}

/** Escapes text for use inside a regular expression (terms, query words). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as prose writes it: words up to twelve ("six operating approaches"), digits above ("15 sectors"). */
export function countWord(n: number): string {
  return numberWords[n] ?? String(n);
}
