/**
 * The locale registry: every language the atlas is published in, in one table. The
 * Starlight locales, the address function's prefixes, `<html lang dir>`, the search
 * indexes, the translation status and the offline formats' language codes all come
 * from here, so adding a language is one entry here plus its dictionary and
 * translations under content/ (see the README's "Translating").
 */

export interface Locale {
  /** The URL prefix and the folder name under content/translations/ ("fr"); the root locale has no prefix. */
  code: string;
  /** BCP 47 tag for `<html lang>`, `hreflang` and Pagefind's stemming. */
  lang: string;
  /** The language's own name, as the language menu shows it. */
  label: string;
  dir: 'ltr' | 'rtl';
  /** ISO 639-3 code, as the ZIM metadata asks for. */
  iso639_3: string;
}

export const locales = [
  { code: 'en', lang: 'en', label: 'English', dir: 'ltr', iso639_3: 'eng' },
  { code: 'fr', lang: 'fr', label: 'Français', dir: 'ltr', iso639_3: 'fra' },
  { code: 'es', lang: 'es', label: 'Español', dir: 'ltr', iso639_3: 'spa' },
  { code: 'ar', lang: 'ar', label: 'العربية', dir: 'rtl', iso639_3: 'ara' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

/** English is the source language: it stays at the root of the site and is what translations translate. */
export const sourceLocale: LocaleCode = 'en';

/** The languages that are translations of the English (every locale but the source). */
export const translationLocales = locales.filter((l) => l.code !== sourceLocale);

export function isLocaleCode(code: string): code is LocaleCode {
  return locales.some((l) => l.code === code);
}

export function localeOf(code: LocaleCode): Locale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`unknown locale "${code}"`);
  return found;
}

/** The registry as Starlight's `locales` option: English is the root locale (no prefix). */
export function starlightLocales(): Record<string, { label: string; lang: string; dir: 'ltr' | 'rtl' }> {
  return Object.fromEntries(locales.map((l) => [l.code === sourceLocale ? 'root' : l.code, { label: l.label, lang: l.lang, dir: l.dir }]));
}
