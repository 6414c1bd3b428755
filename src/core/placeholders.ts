/**
 * `{name}` placeholders in interface strings. Its own small module so browser code can fill
 * the strings a page hands it without bundling the English dictionary (interface-strings.ts).
 */

export type InterfaceValues = Record<string, string | number>;

/** The placeholder names of a text, in order of first use (`{sector}: {phase}` → sector, phase). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/** Fills `{name}` placeholders; one without a value stays as written, so the gap shows on the page and in tests. */
export function fillPlaceholders(text: string, values: InterfaceValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
