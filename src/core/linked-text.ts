/**
 * An interface sentence that holds links (`"The {edition2012Link} had its own list; the
 * {crosswalkLink} maps one to the other."`), cut where its links go so a page can put an
 * `<a>` at each, in whatever order the language places them.
 */

import type { InterfaceValues, Translate } from './interface.ts';
import type { InterfaceKey } from './interface-strings.ts';

/** A run of text, or the place of the named link. */
export type TextPart = { text: string } | { link: string };

/**
 * A text cut at its `{name}` placeholders: runs of text, and the places of the names in
 * `names` (every placeholder when `names` is left out). The one splitter behind
 * `linkedText()` and the Phrase component.
 */
export function placeholderParts(text: string, names?: readonly string[]): TextPart[] {
  return text
    .split(/\{(\w+)\}/)
    .map((piece, i): TextPart => (i % 2 === 0 ? { text: piece } : !names || names.includes(piece) ? { link: piece } : { text: `{${piece}}` }))
    .filter((part) => !('text' in part) || part.text !== '');
}

/** `key` in the page's language, cut at the placeholders named in `links`; other placeholders take `values`. */
export function linkedText(t: Translate, key: InterfaceKey, links: readonly string[], values: InterfaceValues = {}): TextPart[] {
  // A placeholder without a value stays as written (`{crosswalkLink}`), so the links are still there to cut at.
  const withoutLinks = Object.fromEntries(Object.entries(values).filter(([name]) => !links.includes(name)));
  return placeholderParts(t(key, withoutLinks), links);
}
