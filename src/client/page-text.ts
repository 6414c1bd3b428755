/**
 * The interface strings a browser script needs, in its page's language, so no script
 * carries English of its own. Two ways in: strings every page's scripts share are rendered
 * once as `<script type="application/json" id="atlas-page-text">` (see
 * starlight/MarkdownContent.astro; `readPageText`); a tool's own strings go in a
 * `data-strings` attribute on its element (`scriptStrings(t, keys)` at build time,
 * `scriptText(element)` in the browser). Nothing here imports the dictionary itself, so a
 * page downloads only the strings it uses.
 */
import type { Translate } from '../core/interface.ts';
import type { InterfaceKey } from '../core/interface-strings.ts';
import { fillPlaceholders } from '../core/placeholders.ts';

export const pageTextId = 'atlas-page-text';

export type PageText = (key: string, values?: Record<string, string | number>) => string;

function parsed(json: string | null | undefined): Record<string, string> {
  try {
    return JSON.parse(json ?? '{}');
  } catch {
    // A broken block leaves every string as its key: visible, never a crash.
    return {};
  }
}

/** The strings the page rendered; a key it did not render reads as the key, so the gap shows. */
export function readPageText(doc: Document): PageText {
  const strings = parsed(doc.getElementById(pageTextId)?.textContent);
  return (key, values) => fillPlaceholders(strings[key] ?? key, values);
}

/** The strings of `keys` in the page's language, placeholders left for the script to fill: the `data-strings` value. */
export function scriptStrings(t: Translate, keys: readonly InterfaceKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
}

/** The strings a page gave `element`; a key the page did not give shows as itself, so the gap is seen. */
export function scriptText(element: HTMLElement): Translate {
  const strings = parsed(element.dataset.strings);
  return (key, values) => fillPlaceholders(strings[key] ?? key, values);
}
