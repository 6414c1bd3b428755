/**
 * The interface in the reader's language: a key of `interfaceStrings` (the English, in
 * interface-strings.ts) looked up in that language's dictionary, with its `{name}`
 * placeholders filled in; and the content check's view of those dictionaries, so a
 * translator learns from the check, not from a page, that a key is missing or misspelt.
 * Pure: the dictionaries are read from content/translations/<locale>/interface.yaml by
 * src/project/interface-files.ts.
 */
import type { Problem } from './check/problem.ts';
import { type InterfaceKey, interfaceStrings } from './interface-strings.ts';
import { type LocaleCode, localeOf, sourceLocale, translationLocales } from './locales.ts';
import { fillPlaceholders, type InterfaceValues, placeholders } from './placeholders.ts';
import { suggestion } from './suggest.ts';

export { fillPlaceholders, type InterfaceValues, placeholders } from './placeholders.ts';

/** One language's translations, key by key. */
export type InterfaceDictionary = Partial<Record<InterfaceKey, string>>;
export type InterfaceDictionaries = Partial<Record<LocaleCode, InterfaceDictionary>>;
/** The interface strings of one language, as pages and views receive them (`t('common.referencedBy')`). */
export type Translate = (key: InterfaceKey, values?: InterfaceValues) => string;

/** A language's interface.yaml as read, before it is checked. */
export interface RawInterface {
  locale: LocaleCode;
  file: string;
  data: unknown;
}

const englishKeys = Object.keys(interfaceStrings) as InterfaceKey[];
const isKey = (key: string): key is InterfaceKey => Object.hasOwn(interfaceStrings, key);

/**
 * The interface string `key` in `locale`, placeholders filled. English comes from
 * interface-strings.ts; another language from its dictionary, falling back to the
 * English for a key the dictionary lacks (the content check reports that key).
 */
export function interfaceText(locale: LocaleCode, key: InterfaceKey, values?: InterfaceValues, dictionaries: InterfaceDictionaries = {}): string {
  const translated = locale === sourceLocale ? undefined : dictionaries[locale]?.[key];
  return fillPlaceholders(translated || interfaceStrings[key], values);
}

/** The dictionaries of the checked files, keeping only string values under known keys. */
export function interfaceDictionaries(files: readonly RawInterface[]): InterfaceDictionaries {
  const dictionaries: InterfaceDictionaries = {};
  for (const f of files) {
    const dictionary: InterfaceDictionary = {};
    if (isRecord(f.data)) for (const [key, value] of Object.entries(f.data)) if (isKey(key) && typeof value === 'string') dictionary[key] = value;
    dictionaries[f.locale] = dictionary;
  }
  return dictionaries;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listed = (names: string[]) => names.map((n) => `{${n}}`).join(', ');

/**
 * What is wrong with the interface dictionaries, as content-check problems: a language
 * without its file, a key the English does not have (with the closest English key), a
 * key left out, an empty text, a placeholder left out or added. Every translation
 * language is expected to have every key: the issue asks for the whole interface.
 */
export function interfaceProblems(files: readonly RawInterface[], locales: readonly LocaleCode[] = translationLocales.map((l) => l.code)): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales) {
    if (files.some((f) => f.locale === locale)) continue;
    problems.push({
      file: `content/translations/${locale}/interface.yaml`,
      field: '(file)',
      message: `${localeOf(locale).label} has no interface strings: its pages would show English headings and labels`,
      fix: `create the file with every key of src/core/interface-strings.ts, translated (\`key: "translation"\`, one a line)`,
    });
  }
  for (const f of files) {
    const at = (field: string, message: string, fix: string) => problems.push({ file: f.file, field, message, fix });
    if (!isRecord(f.data)) {
      at(
        '(file)',
        'expected one `key: "translation"` a line',
        'write each interface string as `site.description: "…"`, keys as in src/core/interface-strings.ts',
      );
      continue;
    }
    for (const [key, value] of Object.entries(f.data)) {
      if (!isKey(key)) {
        at(
          key,
          `"${key}" is not an interface string of the English`,
          suggestion(key, englishKeys, 'remove it; the English keys are in src/core/interface-strings.ts'),
        );
        continue;
      }
      const english = interfaceStrings[key];
      if (typeof value !== 'string') {
        at(key, 'expected one text in quotes', `write \`${key}: "…"\`, translating "${english}"`);
        continue;
      }
      if (!value.trim()) {
        at(key, 'the translation is empty', `translate "${english}"`);
        continue;
      }
      const expected = placeholders(english);
      const found = placeholders(value);
      const missing = expected.filter((p) => !found.includes(p));
      const added = found.filter((p) => !expected.includes(p));
      if (missing.length) {
        at(
          key,
          `the translation leaves out ${listed(missing)}: the page puts a value there (the English: "${english}")`,
          `write ${listed(missing)} where the value goes in this language`,
        );
      }
      if (added.length) {
        at(
          key,
          `${listed(added)} is not a placeholder of the English: no value goes there, the page would show it as written`,
          expected.length ? `use only ${listed(expected)}, spelt as in the English` : 'remove it: this text takes no value',
        );
      }
    }
    for (const key of englishKeys) {
      if (!Object.hasOwn(f.data, key)) at(key, `no translation of "${interfaceStrings[key]}"`, `add \`${key}: "…"\` with the ${localeOf(f.locale).label} text`);
    }
  }
  return problems;
}
