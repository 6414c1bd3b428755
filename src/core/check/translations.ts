/**
 * Translation files are content like any other: each is checked against the English
 * entry it translates, and every mistake is reported with the file, the field and the fix.
 * A stale translation (the English changed since) is not a mistake: the page says so.
 */
import { resolveCitation, type SourceCatalogue, sourceCatalogue } from '../citations.ts';
import { collections } from '../collections.ts';
import type { RawEntry } from '../entries.ts';
import { localeOf } from '../locales.ts';
import { officialTranslation } from '../schemas/shared.ts';
import { suggestion } from '../suggest.ts';
import { containsVerbatim } from '../text.ts';
import {
  documentText,
  isOwnList,
  officialTranslationKey,
  officialTranslationsOf,
  type RawTranslation,
  translatableText,
  translatedDocument,
  translatedVersion,
  translationText,
  versionOf,
} from '../translations.ts';
import type { Problem } from './problem.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a dotted path of an English entry, and the object holding it. */
function lookup(data: unknown, path: string): { parent: unknown; value: unknown; found: boolean } {
  const parts = path.split('.');
  let parent: unknown;
  let at: unknown = data;
  for (const part of parts) {
    if (!isRecord(at) || !(part in at)) return { parent, value: undefined, found: false };
    parent = at;
    at = at[part];
  }
  return { parent, value: at, found: true };
}

/** Official wording is a quote: `{ text, cite: { source, … } }` with one citation (own words cite a list). */
const isOfficialWording = (parent: unknown) => isRecord(parent) && isRecord(parent.cite) && typeof parent.text === 'string';

/** How an official translation is written, for the fixes. */
const officialShape = '`officialTranslation: { text: "<the wording as the translated document prints it>", cite: { source: <its id>, paragraph: <N> } }`';

/**
 * `catalogue`: the sources already parsed by the caller, if it has them (official
 * translations cite them).
 */
export function translationProblems(translations: RawTranslation[], english: RawEntry[], catalogue?: SourceCatalogue): Problem[] {
  const problems: Problem[] = [];
  const sources = english.filter((e) => e.collection === 'sources');
  let index = catalogue;
  const languageOf = new Map(sources.map((s) => [s.id, String((s.data as { language?: string } | undefined)?.language ?? 'en')]));
  const byKey = new Map(english.map((e) => [`${e.collection}/${e.id}`, e]));
  for (const t of translations) {
    const spec = collections[t.collection] as { translatable?: readonly string[]; folderHint: string; noun: string };
    const patterns = spec.translatable ?? [];
    const at = (field: string, message: string, fix: string) => problems.push({ file: t.file, field, message, fix });
    if (!patterns.length) {
      at('(file)', `${spec.noun} entries are not translated: the page shows the English with a notice`, 'delete this file');
      continue;
    }
    const entry = byKey.get(`${t.collection}/${t.id}`);
    if (!entry) {
      const ids = english.filter((e) => e.collection === t.collection).map((e) => e.id);
      at('(file name)', `no English entry "${t.id}" in ${spec.folderHint} to translate`, suggestion(t.id, ids, 'name the file after the English entry’s file'));
      continue;
    }
    const texts = translatableText(entry.data, patterns);
    const version = versionOf(texts);
    const stated = translatedVersion(t.data);
    if (!isRecord(t.data) || stated === undefined) {
      at(
        'translates',
        'a translation must say which version of the English it translates',
        `add \`translates: ${version}\` (the current English; \`npm run translations\` prints it)`,
      );
    }
    for (const [path, value] of translationText(t.data)) {
      if (path.split('.').includes('cite')) {
        at(path, 'citations are not translated: the translated page cites what the English entry cites', `remove \`${path}\``);
        continue;
      }
      const english = lookup(entry.data, path);
      if (isOwnList(path, patterns)) {
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
          at(path, 'expected a list of words in this language', `write \`${path}: [first, second]\``);
        }
      } else if (texts.has(path)) {
        const expected = texts.get(path);
        if (Array.isArray(expected) !== Array.isArray(value) || (typeof value !== 'string' && !Array.isArray(value))) {
          at(
            path,
            `expected ${Array.isArray(expected) ? `a list of ${expected.length} items, like the English` : 'one text'}`,
            'translate the English field as it is shaped',
          );
        } else if (Array.isArray(expected) && Array.isArray(value) && value.length !== expected.length) {
          at(
            path,
            `the English has ${expected.length} items, the translation ${value.length}`,
            'translate each item once, in the same order: a translation adds nothing and leaves nothing out',
          );
        } else if (Array.isArray(value) ? value.some((v) => typeof v !== 'string' || !v.trim()) : !String(value).trim()) {
          at(path, 'the translation is empty', 'translate the English text, or remove the field (the page then shows the English)');
        }
      } else if (english.found && isOfficialWording(english.parent)) {
        at(
          path,
          'official wording is never translated by the editors: the page shows IOM’s English with a note in the reader’s language',
          `remove this field; IOM’s own translation, from a translated IOM document in content/sources/, goes in \`${path.split('.').slice(0, -1).join('.')}.${officialTranslationKey}: { text, cite }\``,
        );
      } else if (english.found) {
        at(path, 'this field is not translated (it is an id, a number or a name used as a reference)', `remove \`${path}\``);
      } else {
        at(
          path,
          `the English entry has no field \`${path}\``,
          suggestion(path, [...texts.keys()], `translatable fields of this entry: ${[...texts.keys()].join(', ')}`),
        );
      }
    }
    for (const [path, official] of officialTranslationsOf(t.data)) {
      const field = `${path}.${officialTranslationKey}`;
      const quote = lookup(entry.data, path);
      if (!quote.found || !isOfficialWording(quote.value)) {
        at(
          field,
          quote.found
            ? `\`${path}\` is not official wording: only a quote (an objective, a definition, a \`quote\`) has an official translation`
            : `the English entry has no field \`${path}\``,
          quote.found
            ? 'remove it: the editors translate their own words in the field itself (e.g. `description.text`)'
            : `put it beside the quote it translates, e.g. \`objective: { ${officialTranslationKey}: … }\``,
        );
        continue;
      }
      const parsed = officialTranslation.safeParse(official);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) at([field, ...issue.path].join('.'), issue.message, `write ${officialShape}`);
        continue;
      }
      const { text, cite } = parsed.data;
      index ??= sourceCatalogue(sources);
      const resolved = resolveCitation(index, cite);
      const language = languageOf.get(cite.source);
      const expected = localeOf(t.locale).lang;
      if ('message' in resolved) {
        at(`${field}.cite`, resolved.message, resolved.fix);
      } else if (language !== expected) {
        at(
          `${field}.cite`,
          `"${cite.source}" is in "${language}", not "${expected}": an official translation quotes IOM’s own document in the language of the translation`,
          `cite the ${expected} version of the document (a file in content/sources/ with \`language: ${expected}\`), or remove the official translation`,
        );
      } else if (!containsVerbatim(resolved.text, text)) {
        const where = cite.paragraph !== undefined ? `¶${cite.paragraph}` : `section "${cite.section}"`;
        at(
          `${field}.text`,
          `the official translation is not found word for word in ${cite.source} ${where}`,
          'copy the wording exactly as the translated document prints it, or cite the paragraph that contains it',
        );
      }
    }
  }
  return problems;
}

/**
 * Translated free pages (`content/docs/fr/about.mdx`): each translates an English page of
 * content/docs/ and says which version of it, like a translation file.
 */
export function documentTranslationProblems(entries: RawEntry[]): Problem[] {
  const docs = entries.filter((e) => e.collection === 'docs');
  const english = new Map(docs.filter((e) => !translatedDocument(e.id)).map((e) => [e.id, e]));
  const problems: Problem[] = [];
  for (const doc of docs) {
    const translated = translatedDocument(doc.id);
    if (!translated) continue;
    const original = english.get(translated.english);
    if (!original) {
      problems.push({
        file: doc.file,
        field: '(file name)',
        message: `no English page "${translated.english}" in content/docs/ to translate`,
        fix: suggestion(translated.english, [...english.keys()], 'name the file after the English page’s file'),
      });
      continue;
    }
    if (translatedVersion(doc.data) === undefined) {
      problems.push({
        file: doc.file,
        field: 'translates',
        message: 'a translated page must say which version of the English it translates',
        fix: `add \`translates: "${versionOf(documentText(original.data, original.body))}"\` to its front matter (the current English of ${original.file})`,
      });
    }
  }
  return problems;
}
