/**
 * The interface strings a browser script needs, in the page's language: the page renders them
 * (`<script type="application/json" id="atlas-page-text">`, see starlight/MarkdownContent.astro)
 * and scripts read them here, so no script carries English of its own. Kept apart from
 * core/interface.ts so the page does not download every string of the interface.
 */
export const pageTextId = 'atlas-page-text';

export type PageText = (key: string, values?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; one without a value stays as written. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The strings the page rendered; a key it did not render reads as the key, so the gap shows. */
export function readPageText(doc: Document): PageText {
  let strings: Record<string, string> = {};
  try {
    strings = JSON.parse(doc.getElementById(pageTextId)?.textContent ?? '{}');
  } catch {
    // A broken block leaves every string as its key: visible, never a crash.
  }
  return (key, values) => fill(strings[key] ?? key, values);
}
