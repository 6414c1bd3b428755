/**
 * An interface sentence that holds links (`"The {edition2012Link} had its own list; the
 * {crosswalkLink} maps one to the other."`), cut where its links go so a page can put an
 * `<a>` at each, in whatever order the language places them.
 */

import type { InterfaceValues, Translate } from './interface.ts';
import type { InterfaceKey } from './interface-strings.ts';

/** A run of text, or the place of the named link. */
export type TextPart = { text: string } | { link: string };

const mark = '\u0000';

/** `key` in the page's language, cut at the placeholders named in `links`; other placeholders take `values`. */
export function linkedText(t: Translate, key: InterfaceKey, links: readonly string[], values: InterfaceValues = {}): TextPart[] {
  const marked = Object.fromEntries(links.map((name) => [name, `${mark}${name}${mark}`]));
  return t(key, { ...values, ...marked })
    .split(mark)
    .map((piece, i): TextPart => (i % 2 === 0 ? { text: piece } : { link: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
