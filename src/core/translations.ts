/**
 * Translations of the editors' own words, and how current they are. A translation file
 * mirrors its English entry's shape but keeps only the translatable fields (the registry's
 * `translatable` paths): official wording (objectives, quotes, definitions) is never
 * translated by the editors, and citations always come from the English entry.
 *
 * Each translation records the version of the English text it translates (`translates:`).
 * When the English changes, the version no longer matches and the translation is stale:
 * its page says so, the build does not fail.
 */
import { type CollectionName, collections } from './collections.ts';
import { type LocaleCode, translationLocales } from './locales.ts';

/**
 * A translatable field: a dotted path, `*` for any key (`phases.*.summary`). A list of
 * strings is translated item by item, except a list marked `[]` (`aliases[]`), which each
 * language writes for itself and which does not make a translation stale.
 */
export type FieldPath = string;

/** Is this path one of the lists each language writes for itself? */
export const isOwnList = (path: string, patterns: readonly FieldPath[]) => patterns.some((p) => p.endsWith('[]') && matchesPath(path, p.slice(0, -2)));

/** A translation file as read from `content/translations/<locale>/<collection folder>/…`. */
export interface RawTranslation {
  locale: LocaleCode;
  collection: CollectionName;
  /** The id of the English entry it translates (from its file name). */
  id: string;
  file: string;
  data: unknown;
}

export type TranslationStatus = 'current' | 'stale' | 'missing';

export interface TranslationRow {
  locale: LocaleCode;
  collection: CollectionName;
  id: string;
  status: TranslationStatus;
}

type Text = string | string[];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is Text => typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));

/** Does a concrete path (`phases.before.summary`) match a pattern (`phases.*.summary`)? */
export function matchesPath(path: string, pattern: FieldPath): boolean {
  const a = path.split('.');
  const b = pattern.split('.');
  return a.length === b.length && b.every((part, i) => part === '*' || part === a[i]);
}

/**
 * The key, beside a quote's fields in a translation file, under which an editor gives IOM's
 * official translation of that quote: `objective: { officialTranslation: { text, cite } }`.
 */
export const officialTranslationKey = 'officialTranslation';

/** Every leaf of a value, as dotted paths (arrays of strings are one leaf); official translations are not leaves. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([k]) => !(k === officialTranslationKey && prefix))
      .flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return prefix ? [[prefix, value]] : [];
}

/**
 * The official translations a translation file gives, by the path of the English quote they
 * translate (`objective`, `phases.during.quote`). Their text is IOM's, not the editors':
 * it does not count in the translation's version and never turns stale.
 */
export function officialTranslationsOf(data: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (!isRecord(data)) return found;
  for (const [key, value] of Object.entries(data)) {
    if (key === officialTranslationKey && prefix) found.set(prefix, value);
    else for (const [path, v] of officialTranslationsOf(value, prefix ? `${prefix}.${key}` : key)) found.set(path, v);
  }
  return found;
}

/**
 * The translatable text of an English entry: its own-words fields, by path, in a stable
 * order (the lists each language writes for itself are left out: they are not translated).
 */
export function translatableText(data: unknown, patterns: readonly FieldPath[]): Map<string, Text> {
  const texts = new Map<string, Text>();
  for (const [path, value] of leaves(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (isText(value) && patterns.some((p) => !p.endsWith('[]') && matchesPath(path, p))) texts.set(path, value);
  }
  return texts;
}

/**
 * A short fingerprint of an entry's translatable English (cyrb53: fast, stable, not a
 * security hash: it only has to change when the words do).
 */
export function versionOf(texts: Map<string, Text>): string {
  const input = JSON.stringify([...texts]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The version a translation file says it translates. */
export function translatedVersion(data: unknown): string | undefined {
  const value = isRecord(data) ? data.translates : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The translated text of a translation file, by path (without its `translates:` line). */
export function translationText(data: unknown): Map<string, unknown> {
  const { translates: _version, ...rest } = isRecord(data) ? data : {};
  return new Map(leaves(rest));
}

/**
 * The translatable text of a free page of content/docs/ (the About page): its title,
 * description and whole body, spaced as one line so a re-wrapped paragraph is not a change.
 * A translated page (`content/docs/fr/about.mdx`) says in its front matter which version it
 * translates, as a translation file does.
 */
export function documentText(data: unknown, body: string | undefined): Map<string, Text> {
  const d = isRecord(data) ? data : {};
  const texts = new Map<string, Text>();
  for (const key of ['title', 'description']) if (typeof d[key] === 'string') texts.set(key, d[key]);
  texts.set('body', (body ?? '').replace(/\s+/g, ' ').trim());
  return texts;
}

/** A translated free page's language and the id of the English page it translates (`fr/about` → `about`). */
export function translatedDocument(id: string): { locale: LocaleCode; english: string } | undefined {
  const locale = translationLocales.find((l) => id === l.code || id.startsWith(`${l.code}/`));
  return locale ? { locale: locale.code, english: id.slice(locale.code.length + 1) } : undefined;
}

export function statusOf(english: Map<string, Text>, translation: unknown | undefined): TranslationStatus {
  if (translation === undefined) return 'missing';
  return translatedVersion(translation) === versionOf(english) ? 'current' : 'stale';
}

/**
 * The English entry with its translated fields put in place; fields the translation
 * lacks stay English. Pure: the English data is not changed.
 */
export function applyTranslation<T>(data: T, translation: unknown): T {
  if (!isRecord(translation)) return data;
  const copy = structuredClone(data) as unknown;
  for (const [path, value] of translationText(translation)) {
    const parts = path.split('.');
    let at: unknown = copy;
    for (const part of parts.slice(0, -1)) at = isRecord(at) ? at[part] : undefined;
    const last = parts[parts.length - 1];
    if (isRecord(at) && isText(value) && (isText(at[last]) || at[last] === undefined)) at[last] = value;
  }
  for (const [path, official] of officialTranslationsOf(translation)) {
    let at: unknown = copy;
    for (const part of path.split('.')) at = isRecord(at) ? at[part] : undefined;
    // Only onto a quote (the content check refuses it anywhere else).
    if (isRecord(at) && typeof at.text === 'string' && isRecord(at.cite) && isRecord(official)) at[officialTranslationKey] = structuredClone(official);
  }
  return copy as T;
}

/**
 * One row per language, translatable collection and English entry: whether a translation
 * exists and whether it is current. What /data/translation-status.json, the translators'
 * pages and `npm run translations` show.
 */
export function translationRows(
  english: readonly { collection: CollectionName; id: string; data: unknown }[],
  translations: readonly RawTranslation[],
  localeCodes: readonly LocaleCode[] = translationLocales.map((l) => l.code),
): TranslationRow[] {
  const found = new Map(translations.map((t) => [`${t.locale}/${t.collection}/${t.id}`, t.data]));
  const rows: TranslationRow[] = [];
  for (const locale of localeCodes) {
    for (const entry of english) {
      const patterns = (collections[entry.collection] as { translatable?: readonly FieldPath[] }).translatable;
      if (!patterns?.length) continue;
      const status = statusOf(translatableText(entry.data, patterns), found.get(`${locale}/${entry.collection}/${entry.id}`));
      rows.push({ locale, collection: entry.collection, id: entry.id, status });
    }
  }
  return rows;
}

/** An entry as the model reads it: its collection, id and data. */
export interface TranslatableEntry {
  collection: CollectionName;
  id: string;
  data: unknown;
}

/**
 * Entries as a language's pages show them: each entry with a translation gets its
 * translated fields (stale ones too: a stale page says so, and reads better than English),
 * every other field and every entry without a translation stays English.
 */
export function translateEntries<E extends TranslatableEntry>(entries: readonly E[], translations: readonly RawTranslation[], locale: LocaleCode): E[] {
  const found = new Map(translations.filter((t) => t.locale === locale).map((t) => [`${t.collection}/${t.id}`, t.data]));
  return entries.map((e) => {
    const translation = found.get(`${e.collection}/${e.id}`);
    return translation === undefined ? e : { ...e, data: applyTranslation(e.data, translation) };
  });
}

/** Looks up the status of one entry in one language; `undefined` for a collection that is not translated. */
export function statusLookup(rows: readonly TranslationRow[]): (locale: LocaleCode, collection: CollectionName, id: string) => TranslationStatus | undefined {
  const byKey = new Map(rows.map((r) => [`${r.locale}/${r.collection}/${r.id}`, r.status]));
  return (locale, collection, id) => byKey.get(`${locale}/${collection}/${id}`);
}
