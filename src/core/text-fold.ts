/**
 * Text folded for matching what a reader types against what a page says: lower case,
 * accents and other combining marks dropped (é → e, ñ → n; Arabic short vowels, and the
 * hamza and madda that NFD splits off alef), Arabic tatweel dropped, œ/æ spelt out. So
 * "reintegration" finds "réintégration" and "اداره" finds "إدارة"-like spellings with marks.
 * Pure: the glossary filter runs it in the browser, its tests in Node.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, folded; empty when it holds none. */
export const queryWords = (query: string): string[] => foldText(query).split(' ').filter(Boolean);

/** Whether every word of the query occurs in the (already folded) text. */
export function matchesWords(foldedText: string, words: readonly string[]): boolean {
  return words.every((w) => foldedText.includes(w));
}
