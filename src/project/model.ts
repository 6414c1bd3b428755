/**
 * Feeds the pure model from Astro's content collections. References arrive from Astro
 * as `{ collection, id }`; the model wants plain ids, so they are flattened here.
 * Built once per build (and per change in `astro dev`) and shared by every page.
 */
import { getCollection } from 'astro:content';
import { checkedCollections } from '../core/collections.ts';
import { normalizeBase } from '../core/deploy.ts';
import { buildModel, type Entry, type Model, type ModelInput } from '../core/model.ts';

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

let model: Promise<Model> | undefined;

export function getModel(): Promise<Model> {
  model ??= (async () => {
    const input: ModelInput = {};
    for (const name of checkedCollections) {
      const entries = await getCollection(name as never);
      input[name] = (entries as { id: string; data: unknown; body?: string }[]).map(
        (e): Entry<unknown> => ({ id: e.id, data: flattenReferences(e.data), body: e.body }),
      );
    }
    return buildModel(input, { base: normalizeBase(import.meta.env.BASE_URL) });
  })();
  return model;
}
