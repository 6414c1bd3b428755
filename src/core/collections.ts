/**
 * The collection registry: every kind of content the atlas knows, in one table. Astro's
 * collections (src/content.config.ts), the plain-Node schemas, the file reader, the model,
 * the sidebar and the content check's messages are all derived from it, so adding a
 * collection means one entry here and one schema file in schemas/.
 */
import type { z } from 'zod';
import { approachSchema } from './schemas/approaches.ts';
import { crossCuttingSchema } from './schemas/cross-cutting.ts';
import { makeCrosswalkSchema } from './schemas/crosswalk.ts';
import { makeGlossarySchema } from './schemas/glossary.ts';
import { makeGuidanceSchema } from './schemas/guidance.ts';
import { makeOrganizationSchema } from './schemas/organization.ts';
import { phaseSchema } from './schemas/phases.ts';
import { makePolicySchema } from './schemas/policies.ts';
import { regionSchema } from './schemas/regions.ts';
import { makeSectorSchema } from './schemas/sectors.ts';
import { plainRef, type RefFactory } from './schemas/shared.ts';
import { sourceSchema } from './schemas/sources.ts';
import { systemSchema } from './schemas/systems.ts';

/**
 * How a collection's files are shaped: `data` is one YAML file per entry, `document` is
 * Markdown/MDX with front matter, `list` is one YAML file holding a list of entries.
 */
export type FileKind = 'data' | 'document' | 'list';

export interface CollectionSpec {
  /** Folder under content/ (or, for a `list`, the folder of its single file). */
  dir: string;
  /** For a `list`: its file name inside `dir`. */
  file?: string;
  /** File extensions that are entries; any other file in the folder is reported, not ignored. */
  ext: readonly string[];
  kind: FileKind;
  /** Where an editor finds entries, for messages ("use an id from …"). */
  folderHint: string;
  /** The zod schema, given how references are made (Astro's `reference()` or plain ids). */
  schema: (ref: RefFactory) => z.ZodType;
  /** The entry's address inside the site, without the base path (see addresses.ts). */
  path: (id: string, data: unknown) => string;
  /** Name shown in lists, the sidebar and "Referenced by". */
  title: (data: unknown, id: string) => string;
  /** Reading order of the collection's entries: by their `number`/`order`, by title, or as written in the file(s). */
  order: 'number' | 'title' | 'file';
  /** The collection's overview page, if it has one. */
  index?: string;
  /** Label of the collection's sidebar group. */
  label?: string;
  /** Kind of page, as "Referenced by" names it. */
  noun: string;
  /**
   * The editors' own words that a translation may carry (dotted paths, `*` for any key; a
   * trailing `[]` marks a list that each language writes for itself, like search aliases;
   * see translations.ts). Official wording and citations are never among them. A collection
   * without the list is shown in English on translated pages, with a notice.
   */
  translatable?: readonly string[];
}

const field = (data: unknown, name: string) => (data as Record<string, unknown> | undefined)?.[name];
const titleField = (name: string) => (data: unknown, id: string) => String(field(data, name) ?? id);
const yaml = ['.yaml', '.yml'] as const;
const markdown = ['.md', '.mdx'] as const;
const plain =
  <S extends z.ZodType>(schema: S) =>
  () =>
    schema;

export const collections = {
  sources: {
    dir: 'sources',
    ext: ['.md'],
    kind: 'document',
    folderHint: 'content/sources/',
    schema: plain(sourceSchema),
    path: (id) => `/sources/${id}/`,
    title: titleField('title'),
    order: 'title',
    index: '/sources/',
    label: 'Sources',
    noun: 'Source document',
  },
  sectors: {
    dir: 'sectors',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/sectors/<edition>/',
    schema: makeSectorSchema,
    path: (id, data) => (field(data, 'edition') === 2012 ? `/sectors/2012/${id}/` : `/sectors/${id}/`),
    title: titleField('title'),
    order: 'number',
    index: '/sectors/',
    label: 'Sectors (2021)',
    noun: 'Sector',
    translatable: ['title', 'description.text', 'phases.*.summary', 'phases.*.activities', 'phases.*.note'],
  },
  crosswalk: {
    dir: 'crosswalk',
    file: 'crosswalk.yaml',
    ext: yaml,
    kind: 'list',
    folderHint: 'content/crosswalk/crosswalk.yaml',
    schema: makeCrosswalkSchema,
    path: (id) => `/sectors/crosswalk/#${id}`,
    title: (data) => `Crosswalk: ${String(field(data, 'change'))}`,
    order: 'file',
    noun: 'Crosswalk',
  },
  phases: {
    dir: 'phases',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/phases/',
    schema: plain(phaseSchema),
    path: (id) => `/phases/${id}/`,
    title: titleField('title'),
    order: 'number',
    index: '/phases/',
    label: 'Phases',
    noun: 'Phase',
    translatable: ['title', 'summary.text', 'guidance.text'],
  },
  approaches: {
    dir: 'approaches',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/approaches/',
    schema: plain(approachSchema),
    path: (id) => `/approaches/${id}/`,
    title: titleField('title'),
    order: 'number',
    index: '/approaches/',
    label: 'Operating approaches',
    noun: 'Operating approach',
    translatable: ['title', 'summary.text'],
  },
  crossCutting: {
    dir: 'cross-cutting',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/cross-cutting/',
    schema: plain(crossCuttingSchema),
    path: (id) => `/cross-cutting/${id}/`,
    title: titleField('title'),
    order: 'number',
    index: '/cross-cutting/',
    label: 'Cross-cutting issues',
    noun: 'Cross-cutting issue',
    translatable: ['title', 'summary.text'],
  },
  systems: {
    dir: 'systems',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/systems/',
    schema: plain(systemSchema),
    path: (id) => `/systems/${id}/`,
    title: titleField('title'),
    order: 'number',
    index: '/systems/',
    label: 'Response systems',
    noun: 'Response system',
  },
  policies: {
    dir: 'policies',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/policies/',
    schema: makePolicySchema,
    path: (id) => `/policies/${id}/`,
    title: titleField('title'),
    order: 'title',
    index: '/policies/',
    label: 'Policies',
    noun: 'Policy',
  },
  guidance: {
    dir: 'guidance',
    ext: markdown,
    kind: 'document',
    folderHint: 'content/guidance/',
    schema: makeGuidanceSchema,
    path: (id) => `/guidance/${id}/`,
    title: titleField('title'),
    order: 'title',
    index: '/guidance/',
    label: 'Guidance',
    noun: 'Guidance note',
  },
  glossary: {
    dir: 'glossary',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/glossary/',
    schema: makeGlossarySchema,
    path: (id) => `/glossary/#${id}`,
    title: titleField('term'),
    order: 'title',
    index: '/glossary/',
    label: 'Glossary',
    noun: 'Glossary term',
    translatable: ['term', 'expansion', 'definition.text', 'aliases[]'],
  },
  organization: {
    dir: 'organization',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/organization/',
    schema: makeOrganizationSchema,
    path: (id) => `/organization/#${id}`,
    title: titleField('name'),
    order: 'number',
    index: '/organization/',
    noun: 'Part of IOM',
  },
  regions: {
    dir: 'regions',
    ext: yaml,
    kind: 'data',
    folderHint: 'content/regions/',
    schema: plain(regionSchema),
    path: (id) => `/regions/${id}/`,
    title: titleField('title'),
    order: 'number',
    noun: 'Region',
  },
  docs: {
    // Free-form pages; Starlight's own schema is added in content.config.ts, outside the pure core.
    dir: 'docs',
    ext: markdown,
    kind: 'document',
    folderHint: 'content/docs/',
    schema: () => undefined as unknown as z.ZodType,
    path: (id) => (id ? `/${id}/` : '/'),
    title: titleField('title'),
    order: 'title',
    noun: 'Page',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The collections whose entries are checked against a schema of their own (all but Starlight's docs). */
export const checkedCollections = collectionNames.filter((n) => n !== 'docs');

/** Each collection's schema with references as plain ids, for the content check and the tests. */
export const plainSchemas = Object.fromEntries(checkedCollections.map((n) => [n, collections[n].schema(plainRef)])) as unknown as Record<
  Exclude<CollectionName, 'docs'>,
  z.ZodType
>;

/** Sort key shared by the model and the sidebar: the entry's number or order, or its title. */
export function compareEntries(collection: CollectionName, a: { id: string; data: unknown }, b: { id: string; data: unknown }): number {
  const spec: CollectionSpec = collections[collection];
  const titleA = spec.title(a.data, a.id);
  const titleB = spec.title(b.data, b.id);
  if (spec.order === 'file') return 0;
  if (spec.order === 'title') return titleA.localeCompare(titleB, 'en', { sensitivity: 'base' });
  const n = (d: unknown) => Number(field(d, 'number') ?? field(d, 'order') ?? 0);
  return n(a.data) - n(b.data) || titleA.localeCompare(titleB);
}
