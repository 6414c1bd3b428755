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

export const registeredLocales = [
  { code: 'en', lang: 'en', label: 'English', dir: 'ltr', iso639_3: 'eng' },
  { code: 'fr', lang: 'fr', label: 'Français', dir: 'ltr', iso639_3: 'fra' },
  { code: 'es', lang: 'es', label: 'Español', dir: 'ltr', iso639_3: 'spa' },
  { code: 'ar', lang: 'ar', label: 'العربية', dir: 'rtl', iso639_3: 'ara' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof registeredLocales)[number]['code'];

/**
 * The languages a build makes: every registered one, or only those `MCOF_LOCALES` lists
 * (`MCOF_LOCALES=en`: a quicker build for editing English, and the bench's one-language
 * figure). English is always built: it is what every translation translates.
 */
export function builtLocales(selection: string | undefined): (typeof registeredLocales)[number][] {
  const wanted = (selection ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  if (!wanted.length) return [...registeredLocales];
  const unknown = wanted.filter((code) => !registeredLocales.some((l) => l.code === code));
  if (unknown.length) {
    throw new Error(
      `MCOF_LOCALES: unknown language ${unknown.join(', ')}; use codes of src/core/locales.ts (${registeredLocales.map((l) => l.code).join(', ')}), comma-separated`,
    );
  }
  return registeredLocales.filter((l) => l.code === 'en' || wanted.includes(l.code));
}

/** The languages of this build (browser code, which has no environment, sees every one). */
export const locales = builtLocales(typeof process === 'undefined' ? undefined : process.env.MCOF_LOCALES);

/** English is the source language: it stays at the root of the site and is what translations translate. */
export const sourceLocale: LocaleCode = 'en';

/** The languages that are translations of the English (every locale but the source). */
export const translationLocales = locales.filter((l) => l.code !== sourceLocale);

/** Whether a code is a registered language (built or not: translation files of a language left out of a build are still read and checked). */
export function isLocaleCode(code: string): code is LocaleCode {
  return registeredLocales.some((l) => l.code === code);
}

export function localeOf(code: LocaleCode): Locale {
  const found = registeredLocales.find((l) => l.code === code);
  if (!found) throw new Error(`unknown locale "${code}"`);
  return found;
}

/** The registry as Starlight's `locales` option: English is the root locale (no prefix). */
export function starlightLocales(): Record<string, { label: string; lang: string; dir: 'ltr' | 'rtl' }> {
  return Object.fromEntries(locales.map((l) => [l.code === sourceLocale ? 'root' : l.code, { label: l.label, lang: l.lang, dir: l.dir }]));
}
