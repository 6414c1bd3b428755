/**
 * How a verbatim quote is shown: a whole sentence (or more) as a block quotation; a part of a
 * sentence inline, with an ellipsis where the sentence goes on, so no fragment reads as a
 * complete statement of the source.
 */
import type { Citation, Quote } from './schemas/shared.ts';

export interface QuoteShape {
  /** True when the wording is part of a sentence: shown inline, never as a block quotation. */
  fragment: boolean;
  /** The wording as shown: unchanged for a sentence; with "…" where a fragment's sentence starts or goes on. */
  shown: string;
  /** What the quote was picked from, when it is one item of a list. */
  picked?: string;
}

/** A sentence starts with a capital, a digit or an opening quotation mark or bracket… */
const sentenceStart = /^[\p{Lu}\p{N}“"‘'(]/u;
/** …and ends with a full stop, question or exclamation mark, perhaps inside a closing mark. */
const sentenceEnd = /[.!?…][”"’')\]]*$/u;

export function quoteShape(quote: Pick<Quote, 'text' | 'fragment' | 'picked'>): QuoteShape {
  const text = quote.text.trim().replace(/\s+/g, ' ');
  const opensMidSentence = !sentenceStart.test(text);
  const stopsMidSentence = !sentenceEnd.test(text);
  const fragment = quote.fragment ?? (opensMidSentence || stopsMidSentence);
  const shown = fragment ? `${opensMidSentence ? '… ' : ''}${text}${stopsMidSentence ? ' …' : ''}` : text;
  return { fragment, shown, picked: quote.picked };
}

/** The wording a page shows for a quote, where it is quoted from, and whose language it is in. */
export interface ShownWording {
  text: string;
  cite: Citation;
  /** True for IOM's official translation (in the page's language); false for IOM's English. */
  translated: boolean;
}

/**
 * IOM's official translation when the model gave the quote one (only a page in that
 * language has it), IOM's English otherwise. The editors never translate official wording.
 */
export function shownWording(quote: Quote): ShownWording {
  const official = quote.officialTranslation;
  return official ? { text: official.text, cite: official.cite, translated: true } : { text: quote.text, cite: quote.cite, translated: false };
}
