/**
 * Astro's content collections, derived from the collection registry (src/core/collections.ts):
 * each collection's folder, file kinds and schema come from there, with Astro's `reference()`.
 * MCOF_CONTENT_DIR points the whole site at another content folder (test fixtures, benchmarks).
 */

import { defineCollection, reference } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { type CollectionName, type CollectionSpec, collectionNames, collections as registry } from './core/collections.ts';
import { locales, registeredLocales } from './core/locales.ts';

const dir = process.env.MCOF_CONTENT_DIR ?? './content';
// Astro checks that the target exists; the rest of each rule is the content check's.
const ref = (collection: string) => reference(collection as never);
/** Ids are file names (without extension), unique across sub-folders (checked). */
const byFileName = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
// A brace group of one (`{md}`) is literal in glob patterns, so a single extension goes bare.
const extensions = (spec: CollectionSpec) => (spec.ext.length === 1 ? spec.ext[0].slice(1) : `{${spec.ext.map((e) => e.slice(1)).join(',')}}`);

function loaderFor(name: CollectionName, spec: CollectionSpec) {
  if (spec.kind === 'list') return file(`${dir}/${spec.dir}/${spec.file}`);
  // Starlight's docs keep their folder path as id (content/docs/index.mdx is the home page).
  const generateId = name === 'docs' ? undefined : byFileName;
  const pattern = `**/[^_]*.${extensions(spec)}`;
  // A build of fewer languages (MCOF_LOCALES) leaves out the free pages of the others, which
  // Starlight would otherwise publish as pages of their own (/fr/about/ in an English build).
  const leftOut = name === 'docs' ? registeredLocales.filter((l) => !locales.some((b) => b.code === l.code)).map((l) => `!${l.code}/**`) : [];
  return glob({ base: `${dir}/${spec.dir}`, pattern: leftOut.length ? [pattern, ...leftOut] : pattern, generateId });
}

/** Each collection's schema type, as the registry builds it, so `getCollection()` stays typed. */
type SchemaOf<N extends CollectionName> = N extends 'docs' ? typeof docs : ReturnType<(typeof registry)[N]['schema']>;
type Collections = { [N in CollectionName]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: SchemaOf<N> } };

/**
 * A translated free page (`content/docs/fr/about.mdx`) says which version of the English it
 * translates, as a translation file does (src/core/translations.ts `documentText`).
 */
const docs = docsSchema({
  extend: z.object({ translates: z.string().optional().describe('the version of the English page this translation translates') }),
});

export const collections = Object.fromEntries(
  collectionNames.map((name) => {
    const spec: CollectionSpec = registry[name];
    return [name, defineCollection({ loader: loaderFor(name, spec), schema: name === 'docs' ? docs : spec.schema(ref) })];
  }),
) as Collections;
