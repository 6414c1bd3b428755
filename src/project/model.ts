/**
 * Feeds the pure model from Astro's content collections. References arrive from Astro
 * as `{ collection, id }`; the model wants plain ids, so they are flattened here.
 * Built once per build (and per change in `astro dev`) and shared by every page.
 */
import { getCollection } from 'astro:content';
import { rows, translations } from 'virtual:mcof/translations';
import { addresses } from '../core/addresses.ts';
import { type CollectionName, checkedCollections } from '../core/collections.ts';
import { normalizeBase } from '../core/deploy.ts';
import { type LocaleCode, sourceLocale } from '../core/locales.ts';
import { buildModel, type Entry, type Model, type ModelInput } from '../core/model.ts';
import { statusLookup, type TranslationStatus, translateEntries } from '../core/translations.ts';
import { textIn } from './interface-text.ts';

/**
 * Replaces every `{ collection, id }` reference by its id, recursively. `movedTo` in the
 * crosswalk is plain data of the same shape (not a reference), so it is kept as it is.
 */
export function flattenReferences(value: unknown, key = ''): unknown {
  if (key === 'movedTo') return value;
  if (Array.isArray(value)) return value.map((v) => flattenReferences(v, key));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && keys.includes('collection') && keys.includes('id')) return (value as { id: string }).id;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flattenReferences(v, k)]));
  }
  return value;
}

const models = new Map<LocaleCode, Promise<Model>>();
let english: Promise<ModelInput> | undefined;

function readInput(): Promise<ModelInput> {
  english ??= (async () => {
    const input: ModelInput = {};
    for (const name of checkedCollections) {
      const entries = await getCollection(name as never);
      input[name] = (entries as { id: string; data: unknown; body?: string }[]).map(
        (e): Entry<unknown> => ({ id: e.id, data: flattenReferences(e.data), body: e.body }),
      );
    }
    return input;
  })();
  return english;
}

/**
 * The model as one language's pages see it: translated fields in place (the editors'
 * translations under content/translations/), addresses in that language. English by default.
 */
export function getModel(locale: LocaleCode = sourceLocale): Promise<Model> {
  let model = models.get(locale);
  if (!model) {
    model = (async () => {
      const input = await readInput();
      const localized: ModelInput =
        locale === sourceLocale
          ? input
          : Object.fromEntries(
              Object.entries(input).map(([name, entries]) => [
                name,
                translateEntries(
                  (entries ?? []).map((e) => ({ ...e, collection: name as CollectionName })),
                  translations,
                  locale,
                ),
              ]),
            );
      const base = normalizeBase(import.meta.env.BASE_URL);
      return buildModel(localized, { base, at: addresses(base, locale), text: textIn(locale) });
    })();
    models.set(locale, model);
  }
  return model;
}

let lookup: ReturnType<typeof statusLookup> | undefined;

/**
 * Whether an entry has a translation in a language and whether it is current (the same
 * rows as /data/translation-status.json); undefined for collections that are not translated.
 */
export function translationStatus(locale: LocaleCode, collection: CollectionName, id: string): TranslationStatus | undefined {
  lookup ??= statusLookup(rows);
  return lookup(locale, collection, id);
}
