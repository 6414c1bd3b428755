/**
 * The interface strings a browser script needs, in its page's language: the page renders
 * them into a `data-strings` attribute (`scriptStrings(t, keys)` at build time) and the
 * script reads them back (`scriptText(element)`), so no script carries English of its own
 * and a page ships only the few strings its script uses.
 */
import { fillPlaceholders, type Translate } from '../core/interface.ts';
import type { InterfaceKey } from '../core/interface-strings.ts';

/** The strings of `keys` in the page's language, placeholders left for the script to fill: the `data-strings` value. */
export function scriptStrings(t: Translate, keys: readonly InterfaceKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
}

/** The strings a page gave `element`; a key the page did not give shows as itself, so the gap is seen. */
export function scriptText(element: HTMLElement): Translate {
  let strings: Partial<Record<InterfaceKey, string>> = {};
  try {
    strings = JSON.parse(element.dataset.strings ?? '{}');
  } catch {}
  return (key, values) => fillPlaceholders(strings[key] ?? key, values);
}
